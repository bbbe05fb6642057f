using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>
/// The themes of one passage (paragraph, list item or table row), as GUIDE.md's <c>themes.jsonl</c>
/// defines them: one to three ids from THEMES.md, most confident first. <see cref="Extraction.Source"/>
/// spans the whole block and <see cref="Extraction.Sentence"/> is the passage's text;
/// <see cref="Extraction.Confidence"/> is the score of the first theme.
/// </summary>
public sealed record ThemeAssignment : Extraction
{
    /// <summary>Theme ids, most confident first (one to three).</summary>
    public required ImmutableArray<string> Themes { get; init; }

    /// <summary>The score of each theme in <see cref="Themes"/>, in the same order, 0 to 1.</summary>
    public required ImmutableArray<double> Scores { get; init; }
}
