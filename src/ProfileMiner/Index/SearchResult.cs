using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
public sealed record SearchResult
{
    /// <summary>Number of hits (distinct passages, duplicates collapsed) in the whole result set.</summary>
    public required int Total { get; init; }

    /// <summary>Number of matching passages before duplicates were collapsed.</summary>
    public required int Passages { get; init; }

    /// <summary>The best hits, best first.</summary>
    public required ImmutableArray<SearchHit> Hits { get; init; }

    /// <summary>Facet counts over the whole result set, per facet (council, theme, kind, year), most frequent first.</summary>
    public required IReadOnlyDictionary<string, ImmutableArray<FacetCount>> Facets { get; init; }

    /// <summary>The query as Lucene understood it (after analysis), for display.</summary>
    public required string ParsedQuery { get; init; }
}
