using ProfileMiner.Model;

namespace ProfileMiner.Tables;

/// <summary>One row of the <c>metrics</c> table: a metric mention with its council, document and provenance.</summary>
public sealed record MetricRow
{
    /// <summary>Row number, 1-based, in document and text order.</summary>
    public required int Id { get; init; }

    /// <summary>Council, document, provenance and extractor.</summary>
    public required ExtractionPlace Place { get; init; }

    /// <summary>The metric as the extractor made it (value, unit, role, scope, measure, indicator, period, sentence, confidence).</summary>
    public required MetricMention Metric { get; init; }
}
