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

    /// <summary>
    /// For a plain query (words and quoted phrases), the words and phrases a hit is expected to match
    /// (stop words and very common words aside); 0 for a query in Lucene syntax or with none.
    /// </summary>
    public int Words => ExpectedWords.Length;

    /// <summary>The words and phrases behind <see cref="Words"/>, as typed.</summary>
    public ImmutableArray<string> ExpectedWords { get; init; } = [];

    /// <summary>How many of <see cref="Words"/> each hit matches at least: all of them, or fewer when too few passages had them all.</summary>
    public int RequiredWords { get; init; }

    /// <summary>How many words the search relaxed (<see cref="Words"/> minus <see cref="RequiredWords"/>).</summary>
    public int Relaxed => Words - RequiredWords;
}
