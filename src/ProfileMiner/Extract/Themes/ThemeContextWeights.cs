namespace ProfileMiner.Extract.Themes;

/// <summary>
/// How much a passage's context adds to its own lexicon scores: each theme's raw score is the
/// passage's plus <see cref="Heading"/> times its heading's, <see cref="Neighbours"/> times the
/// blocks before and after, and <see cref="LeadIn"/> times a list item's lead-in sentence.
/// </summary>
public sealed record ThemeContextWeights
{
    /// <summary>The passage alone: what the lexicon scorer uses by default.</summary>
    public static ThemeContextWeights None { get; } = new() { Heading = 0, Neighbours = 0, LeadIn = 0 };

    /// <summary>The weights of the shipped combination (chosen by cross-validation).</summary>
    public static ThemeContextWeights Default { get; } = new();

    /// <summary>The weight of the heading's scores.</summary>
    public double Heading { get; init; } = 0.3;

    /// <summary>The weight of each neighbouring block's scores.</summary>
    public double Neighbours { get; init; } = 0.1;

    /// <summary>The weight of a list item's lead-in scores.</summary>
    public double LeadIn { get; init; } = 0.3;

    /// <summary>True when no context counts.</summary>
    public bool IsNone => Heading == 0 && Neighbours == 0 && LeadIn == 0;
}
