namespace ProfileMiner.Training;

/// <summary>One labelled sentence for the claim model.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Label">A claim type of GUIDE.md, or <c>none</c>.</param>
/// <param name="Group">The section it stands in (<c>doc|council</c>), or null for sentences only ever trained on.</param>
/// <param name="Source">Where the label came from.</param>
public sealed record ClaimExample(string Text, string Label, string? Group, string Source);
