using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>What a run found: the segmented documents and every extraction, in document order.</summary>
/// <param name="Documents">The documents, in input order.</param>
/// <param name="Extractions">Metrics, claims and other facts, in document and text order.</param>
public sealed record CorpusContent(ImmutableArray<SegmentedDocument> Documents, ImmutableArray<Extraction> Extractions);
