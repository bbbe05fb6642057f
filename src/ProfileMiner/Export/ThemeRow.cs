namespace ProfileMiner.Export;

/// <summary>One row of the <c>themes</c> table: one theme of one passage (long form: a passage with three themes is three rows).</summary>
public sealed record ThemeRow
{
    /// <summary>Row number, 1-based.</summary>
    public required int Id { get; init; }

    /// <summary>The council, or null.</summary>
    public string? Council { get; init; }

    /// <summary>The council's ONS GSS code, or null.</summary>
    public string? GssCode { get; init; }

    /// <summary>The council's region, or null.</summary>
    public string? Region { get; init; }

    /// <summary>The document's file name.</summary>
    public required string Document { get; init; }

    /// <summary>The document id (<c>documents.id</c>).</summary>
    public required string DocId { get; init; }

    /// <summary>The document kind.</summary>
    public required string Kind { get; init; }

    /// <summary>The passage's block index, or null when it names no block of the document.</summary>
    public int? Block { get; init; }

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

    /// <summary>1-based page (PDF), or null.</summary>
    public int? Page { get; init; }

    /// <summary>1-based line (text), or null.</summary>
    public int? Line { get; init; }

    /// <summary>Offset of the passage in the document's normalised text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the passage.</summary>
    public required int End { get; init; }

    /// <summary>The passage's text.</summary>
    public required string Text { get; init; }

    /// <summary>The extractor's id.</summary>
    public required string Extractor { get; init; }

    /// <summary>When the passage's text is shown elsewhere, that section's id.</summary>
    public string? DuplicateOf { get; init; }
}
