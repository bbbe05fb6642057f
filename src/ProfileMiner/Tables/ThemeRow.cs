namespace ProfileMiner.Tables;

/// <summary>One row of the <c>themes</c> table: one theme of one passage (long form: a passage with three themes is three rows).</summary>
public sealed record ThemeRow
{
    /// <summary>Row number, 1-based.</summary>
    public required int Id { get; init; }

    /// <summary>Council, document, provenance and extractor.</summary>
    public required ExtractionPlace Place { get; init; }

    /// <summary>The section id.</summary>
    public required string SectionId { get; init; }

    /// <summary>The theme id from THEMES.md (<c>carers</c>).</summary>
    public required string Theme { get; init; }

    /// <summary>The theme's name (<c>Carers</c>), or the id when THEMES.md does not list it.</summary>
    public required string ThemeName { get; init; }

    /// <summary>1 for the passage's most confident theme, then 2 and 3.</summary>
    public required int Rank { get; init; }

    /// <summary>The theme's score, 0 to 1.</summary>
    public required double Score { get; init; }

    /// <summary>The passage's text.</summary>
    public required string Text { get; init; }
}
