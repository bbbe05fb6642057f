namespace ProfileMiner.Export;

/// <summary>One row of the <c>claims</c> table: a statement of performance with its council, document and provenance.</summary>
public sealed record ClaimRow
{
    /// <summary>Row number, 1-based, in document and text order.</summary>
    public required int Id { get; init; }

    /// <summary>Council, document, provenance and extractor.</summary>
    public required ExtractionPlace Place { get; init; }

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

    /// <summary>The section id, or null with <see cref="ExtractionPlace.Block"/>.</summary>
    public string? SectionId { get; init; }

    /// <summary>The sentence.</summary>
    public required string Sentence { get; init; }

    /// <summary>The extractor's confidence, 0 to 1.</summary>
    public required double Confidence { get; init; }
}
