using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>What a run found: the segmented documents and every extraction, in document order.</summary>
/// <param name="Documents">The documents, in input order.</param>
/// <param name="Extractions">Metrics, claims and other facts, in document and text order.</param>
public sealed record CorpusContent(ImmutableArray<SegmentedDocument> Documents, ImmutableArray<Extraction> Extractions)
{
    /// <summary>
    /// The content with the metrics and claims below <paramref name="minConfidence"/> left out (themes
    /// and the documents as they are); the same content when nothing falls below it.
    /// </summary>
    public CorpusContent AtLeast(double minConfidence) =>
        minConfidence <= 0 || !Extractions.Any(e => e is MetricMention or Claim && e.Confidence < minConfidence)
            ? this
            : this with { Extractions = [.. Extractions.Where(e => e is not (MetricMention or Claim) || e.Confidence >= minConfidence)] };
}
