using System.Collections.Immutable;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Training;

/// <summary>
/// One labelled passage for the theme model.
/// </summary>
/// <param name="Passage">The passage and its context.</param>
/// <param name="Themes">Its theme ids, most important first.</param>
/// <param name="Group">The section it stands in (<c>doc|council</c>), so cross-validation holds whole sections out; null for text written for training, which is only ever trained on.</param>
/// <param name="Source">Where the label came from (a file name).</param>
public sealed record ThemeExample(ThemePassage Passage, ImmutableArray<string> Themes, string? Group, string Source)
{
    /// <summary>A passage read without context.</summary>
    public ThemeExample(string text, ImmutableArray<string> themes, string? group, string source)
        : this(new ThemePassage(text), themes, group, source)
    {
    }

    /// <summary>The 1-based line of the label file the example was read from; null for examples made in code.</summary>
    public int? Line { get; init; }

    /// <summary>The passage's text.</summary>
    public string Text => Passage.Text;

    /// <summary>
    /// True for a weak label: an unlabelled passage of a training document with the lexicon's confident
    /// themes. Weak examples are trained on (unless their section is held out) but never scored.
    /// </summary>
    public bool Weak { get; init; }

    /// <summary>True when cross-validation scores this example on its held-out fold.</summary>
    public bool Scored => Group is not null && !Weak;
}
