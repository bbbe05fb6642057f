using ProfileMiner.Model;

namespace ProfileMiner.Tables;

/// <summary>One row of the <c>claims</c> table: a statement of performance with its council, document and provenance.</summary>
public sealed record ClaimRow
{
    /// <summary>Row number, 1-based, in document and text order.</summary>
    public required int Id { get; init; }

    /// <summary>Council, document, provenance and extractor.</summary>
    public required ExtractionPlace Place { get; init; }

    /// <summary>The claim as the extractor made it (type, polarity, counts, framework, comparator, indicator, period, sentence, confidence).</summary>
    public required Claim Claim { get; init; }
}
