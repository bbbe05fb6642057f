namespace ProfileMiner.Tables;

/// <summary>One row of the <c>passages</c> table: a block with its council and provenance, keyed by (<see cref="DocId"/>, <see cref="Block"/>).</summary>
public sealed record PassageRow
{
    /// <summary>The document id.</summary>
    public required string DocId { get; init; }

    /// <summary>The document's file name.</summary>
    public required string Document { get; init; }

    /// <summary>Index of the block in its document (0-based).</summary>
    public required int Block { get; init; }

    /// <summary>The section's council, or null for front matter.</summary>
    public string? Council { get; init; }

    /// <summary>The council's ONS GSS code, or null.</summary>
    public string? GssCode { get; init; }

    /// <summary>The council's region, or null.</summary>
    public string? Region { get; init; }

    /// <summary>The headings above the block, outermost first, joined by <c>" &gt; "</c>.</summary>
    public string? Section { get; init; }

    /// <summary>The section id (<c>file#index</c>).</summary>
    public required string SectionId { get; init; }

    /// <summary><c>heading</c>, <c>paragraph</c>, <c>list_item</c> or <c>table_row</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The block's normalised text.</summary>
    public required string Text { get; init; }

    /// <summary>1-based page (PDF), or null.</summary>
    public int? Page { get; init; }

    /// <summary>1-based line (text), or null.</summary>
    public int? Line { get; init; }

    /// <summary>Offset of the block's first character in the document's normalised text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the block's last character.</summary>
    public required int End { get; init; }

    /// <summary>True when the block was read by OCR from a scanned page (1 in CSV and SQLite).</summary>
    public bool Ocr { get; init; }

    /// <summary><c>adult_social_care</c>, or <c>other</c> for a passage about the council's other business.</summary>
    public required string Topic { get; init; }

    /// <summary>When the section's text is shown elsewhere, that section's id.</summary>
    public string? DuplicateOf { get; init; }
}
