using System.Collections.Immutable;

namespace ProfileMiner.Eval;

/// <summary>
/// Scores a run's <c>themes.jsonl</c> against the gold <c>themes.jsonl</c>: each gold passage is
/// matched to the predicted passage of the same document (or a PDF made from it, as its own
/// variant), council and text (equal after folding whitespace, or sharing 80% of its words); a gold
/// passage with no match counts as predicted with no theme. One score per variant and extractor. In a
/// document the gold gives one council only, a passage matches whatever council the run gave it.
/// </summary>
public static class ThemeEvaluator
{
    /// <summary>Scores <paramref name="themesJsonl"/> against <paramref name="goldThemesJsonl"/>.</summary>
    /// <param name="goldThemesJsonl">The gold <c>themes.jsonl</c>.</param>
    /// <param name="themesJsonl">The run's <c>themes.jsonl</c>.</param>
    /// <param name="councils">Score only the gold passages of these councils (one half of a <see cref="GoldHalves"/> split); null for all.</param>
    public static ImmutableArray<ThemeEvalGroup> Score(string goldThemesJsonl, string themesJsonl, IReadOnlySet<string>? councils = null)
    {
        ArgumentNullException.ThrowIfNull(goldThemesJsonl);
        ArgumentNullException.ThrowIfNull(themesJsonl);
        var allGold = GoldItem.Load(goldThemesJsonl);
        var wholeDocuments = GoldItem.WholeDocuments(allGold);
        var gold = allGold.Where(g => g.Of(councils)).ToList();
        var predicted = GoldItem.Load(themesJsonl);
        var goldDocs = gold.Select(g => g.Doc).Distinct(StringComparer.Ordinal).ToList();
        var mapped = predicted
            .Select(p => (Item: p, Map: GoldDocuments.Map(goldDocs, p.Doc), Extractor: p.Get("extractor") ?? string.Empty))
            .Where(p => p.Map.GoldDoc is not null)
            .ToList();
        var groups = ImmutableArray.CreateBuilder<ThemeEvalGroup>();
        foreach (var key in mapped.Select(p => (p.Map.Variant, p.Extractor)).Distinct()
            .OrderBy(k => k.Variant.EndsWith(".pdf", StringComparison.Ordinal) ? 1 : 0).ThenBy(k => k.Variant, StringComparer.Ordinal).ThenBy(k => k.Extractor, StringComparer.Ordinal))
        {
            var rows = mapped.Where(p => p.Map.Variant == key.Variant && p.Extractor == key.Extractor).ToList();
            var docs = rows.Select(r => r.Map.GoldDoc).ToHashSet(StringComparer.Ordinal);
            string? Section(string doc, string? council) => wholeDocuments.Contains(doc) ? null : council;
            var byDoc = rows.GroupBy(r => (r.Map.GoldDoc!, Section(r.Map.GoldDoc!, r.Item.Council))).ToDictionary(g => g.Key, g => g.Select(r => r.Item).ToList());
            var pairs = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>();
            var matched = 0;
            foreach (var g in gold.Where(g => docs.Contains(g.Doc)))
            {
                var best = byDoc.TryGetValue((g.Doc, Section(g.Doc, g.Council)), out var candidates) ? Best(g, candidates) : null;
                matched += best is null ? 0 : 1;
                pairs.Add((Themes(g), best is null ? [] : Themes(best)));
            }

            groups.Add(new ThemeEvalGroup(key.Variant, key.Extractor, matched, ThemeScores.Compute(pairs)));
        }

        return groups.ToImmutable();
    }

    private static GoldItem? Best(GoldItem gold, List<GoldItem> candidates)
    {
        GoldItem? best = null;
        var bestSimilarity = 0.0;
        foreach (var c in candidates)
        {
            var similarity = ExtractionScorer.Similarity(gold.Sentence, c.Sentence);
            if (similarity >= ExtractionScorer.MatchSimilarity && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (c, similarity);
            }
        }

        return best;
    }

    private static string[] Themes(GoldItem item) =>
        item.Row.TryGetProperty("themes", out var themes) && themes.ValueKind == System.Text.Json.JsonValueKind.Array
            ? [.. themes.EnumerateArray().Select(t => t.GetString() ?? string.Empty)]
            : [];
}
