namespace ProfileMiner.Index;

/// <summary>
/// How a plain query (words and quoted phrases, no operators or field names) is ranked. The
/// defaults were tuned on the first judged query set (<c>corpus/queries/queries.jsonl</c>) only.
/// Change through <c>with</c>.
/// </summary>
public sealed record SearchRanking
{
    /// <summary>The settings searches use.</summary>
    public static SearchRanking Default { get; } = new();

    /// <summary>
    /// The fewest hits a search should have before it stops relaxing: while fewer passages match
    /// every word, one word fewer is required, and the result says how many were relaxed.
    /// </summary>
    public int RelaxBelow { get; init; } = 10;

    /// <summary>The share of a query's words a hit must have however far the search relaxes (at least one word).</summary>
    public double RelaxFloor { get; init; }

    /// <summary>
    /// A word found in more than this share of the passages ("care", "services") counts towards the
    /// score but is not required, unless every word of the query is that common.
    /// </summary>
    public double CommonWordShare { get; init; } = 0.2;

    /// <summary>Weight of a match in the heading path above a passage, relative to one in its text.</summary>
    public float HeadingWeight { get; init; } = 0.1f;

    /// <summary>Weight of the query's words standing close together, in the order typed.</summary>
    public float ProximityWeight { get; init; } = 1.0f;

    /// <summary>How many other words may stand between (or around) the query's words for <see cref="ProximityWeight"/>.</summary>
    public int ProximitySlop { get; init; } = 4;

    /// <summary>Weight of each pair of adjacent query words standing next to each other.</summary>
    public float PairWeight { get; init; } = 0.5f;

    /// <summary>The thesaurus applied to plain queries (<see cref="Thesaurus.Shipped"/>); null for none.</summary>
    public Thesaurus? Thesaurus { get; init; } = Thesaurus.Shipped;

    /// <summary>A factor on every thesaurus section's weight (1: the weights the file gives).</summary>
    public float ThesaurusScale { get; init; } = 1f;

    /// <summary>
    /// How many of the best groups, by the score of what a passage must match, are scored again with
    /// the whole query (the words' proximity, the common words, every form): the passage shown for
    /// each. 0 scores every match with the whole query (slower on a large index, same matches).
    /// </summary>
    public int RescoreGroups { get; init; } = 100;

    /// <summary>BM25's term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>
    /// BM25's length normalisation (0: none, 1: full). Lower than BM25's usual 0.75: passages run
    /// from a two-word list item to a page-long paragraph, and full normalisation lets the shortest win.
    /// </summary>
    public float B { get; init; } = 0.3f;
}
