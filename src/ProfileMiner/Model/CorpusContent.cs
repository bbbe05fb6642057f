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

    /// <summary>The content without what was extracted from passages about other council business (<see cref="Topic.Other"/>).</summary>
    public CorpusContent OnTopic() =>
        Extractions.Any(e => e.Topic == Topic.Other)
            ? this with { Extractions = [.. Extractions.Where(e => e.Topic != Topic.Other)] }
            : this;

    /// <summary>
    /// The content of the councils named in <paramref name="councils"/> (canonical names, any case): the
    /// documents holding a section of one of them, and only those councils' extractions. A document of
    /// several councils is kept whole, so its passages still include the other councils' sections.
    /// An empty list keeps everything.
    /// </summary>
    public CorpusContent ForCouncils(IReadOnlyCollection<string> councils)
    {
        ArgumentNullException.ThrowIfNull(councils);
        if (councils.Count == 0)
        {
            return this;
        }

        bool Selected(Council? c) => c is not null && councils.Any(n => n.Equals(c.Name, StringComparison.OrdinalIgnoreCase) || n.Equals(c.GssCode, StringComparison.OrdinalIgnoreCase));
        return new CorpusContent(
            [.. Documents.Where(d => d.Sections.Any(s => Selected(s.Council)))],
            [.. Extractions.Where(e => Selected(e.Council))]);
    }
}
