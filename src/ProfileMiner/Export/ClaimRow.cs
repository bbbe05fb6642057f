namespace ProfileMiner.Export;

/// <summary>One row of the <c>claims</c> table: a statement of performance with its council, document and provenance.</summary>
public sealed record ClaimRow
{
    /// <summary>Row number, 1-based, in document and text order.</summary>
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

    /// <summary>The period, or null.</summary>
    public string? Period { get; init; }

    /// <summary><c>benchmark_count</c>, <c>comparison</c>, <c>rank</c>, <c>trend</c>, <c>rating</c> or <c>target</c>.</summary>
    public required string Type { get; init; }

    /// <summary><c>positive</c>, <c>negative</c> or <c>neutral</c>.</summary>
    public required string Polarity { get; init; }

    /// <summary>The N of "N of M", or null.</summary>
    public int? Count { get; init; }

    /// <summary>The M of "N of M", or null.</summary>
    public int? Total { get; init; }

    /// <summary>The framework named (<c>ASCOF</c>, <c>CQC</c>, ...), or null.</summary>
    public string? Framework { get; init; }

    /// <summary>The comparator (<c>England</c>, <c>previous year</c>, ...), or null.</summary>
    public string? Comparator { get; init; }

    /// <summary>ASCOF code, or null.</summary>
    public string? Indicator { get; init; }

    /// <summary>1-based page (PDF), or null.</summary>
    public int? Page { get; init; }

    /// <summary>1-based line (text), or null.</summary>
    public int? Line { get; init; }

    /// <summary>Offset of the claim in the document's normalised text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the claim.</summary>
    public required int End { get; init; }

    /// <summary>The passage (block index) the claim starts in, or null.</summary>
    public int? Block { get; init; }

    /// <summary>The section id, or null with <see cref="Block"/>.</summary>
    public string? SectionId { get; init; }

    /// <summary>The sentence.</summary>
    public required string Sentence { get; init; }

    /// <summary>The extractor's id (<c>claims.rules</c>).</summary>
    public required string Extractor { get; init; }

    /// <summary>The extractor's confidence, 0 to 1.</summary>
    public required double Confidence { get; init; }

    /// <summary>When the passage's text is shown elsewhere, that section's id.</summary>
    public string? DuplicateOf { get; init; }
}
