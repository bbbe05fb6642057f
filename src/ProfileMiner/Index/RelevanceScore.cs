namespace ProfileMiner.Index;

/// <summary>nDCG@10 and recall@10 of one query, or their means over a query set.</summary>
/// <param name="Ndcg">Normalised discounted cumulative gain of the first 10 hits (binary gains).</param>
/// <param name="Recall">Relevant passages among the first 10 hits, over the number there could be (min(10, relevant)).</param>
public sealed record RelevanceScore(double Ndcg, double Recall)
{
    /// <summary>Scores one result against its judgments: a hit counts when it, or a copy in its <c>also_in</c>, is judged relevant.</summary>
    /// <remarks>
    /// Relevant passages with the same text (one paragraph in two documents) are one answer, as the
    /// search shows them as one hit: <paramref name="groupOf"/> maps a judged passage to its
    /// duplicate group (<see cref="SearchIndex.GroupOf(JudgedPassage)"/>), or null when the index
    /// does not hold it.
    /// </remarks>
    public static RelevanceScore Of(SearchResult result, RelevanceQuery query, Func<JudgedPassage, string?> groupOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(groupOf);
        var answers = query.Relevant.Select(p => groupOf(p) ?? p.Place + "|" + p.Starts).ToHashSet(StringComparer.Ordinal);
        if (answers.Count == 0)
        {
            return new RelevanceScore(1, 1);
        }

        var dcg = 0.0;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var rank = 0;
        foreach (var hit in result.Hits.Take(10))
        {
            rank++;
            var places = hit.AlsoIn.Select(a => RelevanceQuery.Place(a.Doc, a.Page, a.Line))
                .Prepend(RelevanceQuery.Place(hit.Doc, hit.Page, hit.Line));
            var judged = places.Any(place => query.Relevant.Any(r => r.Matches(place, hit.Text)));
            if (judged || (hit.Group is { } group && answers.Contains(group)))
            {
                dcg += 1 / Math.Log2(rank + 1);
                found.Add(hit.Group ?? hit.Key);
            }
        }

        var possible = Math.Min(10, answers.Count);
        var ideal = Enumerable.Range(1, possible).Sum(i => 1 / Math.Log2(i + 1));
        return new RelevanceScore(Math.Min(1, dcg / ideal), Math.Min(1, (double)found.Count / possible));
    }

    /// <summary>The mean of each figure.</summary>
    public static RelevanceScore Mean(IReadOnlyCollection<RelevanceScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.Count == 0 ? new RelevanceScore(0, 0) : new RelevanceScore(scores.Average(s => s.Ndcg), scores.Average(s => s.Recall));
    }
}
