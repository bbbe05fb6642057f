using System.Collections.Immutable;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// One labelled passage for the theme model.
/// </summary>
/// <param name="Text">The passage text.</param>
/// <param name="Themes">Its theme ids, most important first.</param>
/// <param name="Group">The section it stands in (<c>doc|council</c>), so cross-validation holds whole sections out; null for text written for training, which is only ever trained on.</param>
/// <param name="Source">Where the label came from (a file name).</param>
public sealed record ThemeExample(string Text, ImmutableArray<string> Themes, string? Group, string Source);
