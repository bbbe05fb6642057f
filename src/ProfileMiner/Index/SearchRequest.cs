namespace ProfileMiner.Index;

/// <summary>
/// One search: a query in Lucene syntax (or a passage to find more like), filters on keyword fields
/// (several values of one filter are alternatives; different filters must all hold) and the number of hits.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>The query: words, <c>"phrases"</c>, <c>AND</c>/<c>OR</c>/<c>NOT</c>, <c>field:value</c>, wildcards, <c>fuzzy~</c>. Empty with filters: every passage they allow.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>A passage (<c>DOC:LINE</c>, <c>DOC:pPAGE</c> or <c>file#block</c>) to find passages like; replaces <see cref="Query"/>.</summary>
    public string? Like { get; init; }

    /// <summary>Council names (canonical, any case).</summary>
    public IReadOnlyList<string> Councils { get; init; } = [];

    /// <summary>Regions (<c>North West</c>).</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Theme ids (<c>carers</c>).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Document kinds (<c>self_assessment</c>).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Document file names.</summary>
    public IReadOnlyList<string> Docs { get; init; } = [];

    /// <summary>Years (<c>2016</c>), or ranges <c>2015-2017</c>, <c>2015-</c> (from), <c>-2016</c> (up to).</summary>
    public IReadOnlyList<string> Years { get; init; } = [];

    /// <summary>Number of hits to return (1 to 1000).</summary>
    public int Top { get; init; } = 10;

    /// <summary>The most hits one search returns (<see cref="Top"/> from 1 to this).</summary>
    public const int MaxTop = 1000;

    /// <summary>
    /// Every word required, never relaxed: a plain query (words and phrases) otherwise relaxes one word
    /// at a time while too few passages have them all (<see cref="SearchRanking.RelaxBelow"/>); a query in
    /// Lucene syntax joins words without an operator with <c>AND</c> instead of <c>OR</c>.
    /// </summary>
    public bool RequireAllWords { get; init; }

    /// <summary>True when no filter is set.</summary>
    public bool Unfiltered => Councils.Count + Regions.Count + Themes.Count + Kinds.Count + Docs.Count + Years.Count == 0;
}
