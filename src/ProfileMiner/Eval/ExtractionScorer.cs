using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProfileMiner.Extract.Ascof;

namespace ProfileMiner.Eval;

/// <summary>
/// Scores <c>metrics.jsonl</c> and <c>claims.jsonl</c> against gold files in GUIDE.md's format.
/// Only predictions inside the gold's coverage count (<c>coverage.jsonl</c>: a document, a council,
/// and for text a range of lines). Predictions from a PDF made from a seed (<c>001_x.pdf</c>,
/// <c>001_x.twocol.pdf</c> for <c>001_x.txt</c>) are scored against that seed's gold, as their own group.
/// Matching is one-to-one within a document and council: a metric on its value (relative tolerance
/// 0.001) and a claim on its type, each with a similar sentence (equal after folding whitespace, or
/// sharing 80% of its words, so small PDF differences still match). A document whose coverage names
/// one council only is covered whole: its predictions count whatever council the run gave them (or
/// none), so a run that does not know a real document's council is still scored on it, by document.
/// </summary>
public sealed partial class ExtractionScorer
{
    private readonly IReadOnlyList<GoldItem> _goldMetrics;
    private readonly IReadOnlyList<GoldItem> _goldClaims;
    private readonly List<(string Doc, string Council, int From, int To)> _coverage = [];
    private readonly Dictionary<string, string[]> _seedLines = new(StringComparer.Ordinal);
    private readonly HashSet<string> _wholeDocuments;

    /// <summary>Loads the gold folder and, for PDF coverage by lines, the seed texts.</summary>
    /// <param name="goldFolder">A folder in GUIDE.md's format.</param>
    /// <param name="seedFolder">The texts the gold annotates, to place PDF predictions in covered lines; null when none.</param>
    /// <param name="councils">Score only the gold (and coverage) of these councils, such as one half of a
    /// <see cref="GoldHalves"/> split; null for all.</param>
    /// <exception cref="DirectoryNotFoundException">The gold folder does not exist.</exception>
    public ExtractionScorer(string goldFolder, string? seedFolder, IReadOnlySet<string>? councils = null)
    {
        ArgumentNullException.ThrowIfNull(goldFolder);
        if (!Directory.Exists(goldFolder))
        {
            throw new DirectoryNotFoundException($"no gold folder '{goldFolder}'");
        }

        _goldMetrics = [.. GoldItem.Load(Path.Combine(goldFolder, "metrics.jsonl")).Where(g => g.Of(councils))];
        _goldClaims = [.. GoldItem.Load(Path.Combine(goldFolder, "claims.jsonl")).Where(g => g.Of(councils))];
        var coverage = GoldItem.Load(Path.Combine(goldFolder, "coverage.jsonl"));
        _wholeDocuments = GoldItem.WholeDocuments(coverage);
        foreach (var row in coverage.Where(g => g.Of(councils)))
        {
            var lines = row.Row.GetProperty("lines");
            _coverage.Add((row.Doc, row.Council ?? string.Empty, lines[0].GetInt32(), lines[1].GetInt32()));
            var seed = seedFolder is null ? null : Path.Combine(seedFolder, row.Doc);
            if (seed is not null && File.Exists(seed) && !_seedLines.ContainsKey(row.Doc))
            {
                _seedLines[row.Doc] = File.ReadAllText(seed).ReplaceLineEndings("\n").Split('\n');
            }
        }
    }

    /// <summary>Scores the outputs in <paramref name="outputFolder"/>, optionally only those of one extractor.</summary>
    public EvalReport Score(string outputFolder, string? extractor = null)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var metrics = Predictions(GoldItem.Load(Path.Combine(outputFolder, "metrics.jsonl")), extractor);
        var claims = Predictions(GoldItem.Load(Path.Combine(outputFolder, "claims.jsonl")), extractor);
        return ScoreAll(extractor, metrics, claims, RunDocuments(outputFolder));
    }

    /// <summary>
    /// The file names of the documents a run read (its <c>documents.jsonl</c>), so that a gold
    /// document the run read but found nothing in is scored, its gold all missed; empty when the
    /// run wrote no <c>documents.jsonl</c> (then only documents with a prediction are scored).
    /// </summary>
    public static IReadOnlyList<string> RunDocuments(string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        return [.. GoldItem.Rows(Path.Combine(outputFolder, "documents.jsonl"), "file").Select(r => r.GetProperty("file").GetString()!)];
    }

    /// <summary>
    /// Scores claims given as JSON objects with the fields of <c>claims.jsonl</c> (<c>doc</c>,
    /// <c>council</c>, <c>line</c>, <c>sentence</c>, <c>type</c>), such as a classifier's own claims,
    /// the way <see cref="Score(string, string?)"/> scores a run's; the report has no metrics.
    /// <paramref name="extractor"/> only names the report.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="extractor">Names the report.</param>
    /// <param name="runDocuments">The documents the claims were looked for in (<see cref="RunDocuments"/>); null for those with a claim.</param>
    public EvalReport ScoreClaims(IEnumerable<JsonElement> claims, string? extractor = null, IReadOnlyList<string>? runDocuments = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return ScoreAll(extractor, [], Predictions(claims.Select(GoldItem.FromRow), null), runDocuments ?? []);
    }

    private EvalReport ScoreAll(string? extractor, List<Prediction> metrics, List<Prediction> claims, IReadOnlyList<string> runDocuments)
    {
        // Gold for the documents of each group: those the run read (a group of PDFs of one seed is scored
        // on that seed), and any with a prediction.
        var goldDocs = _coverage.Select(c => c.Doc).Distinct(StringComparer.Ordinal).ToList();
        var read = runDocuments.Select(d => GoldDocuments.Map(goldDocs, d)).Where(m => m.GoldDoc is not null)
            .Select(m => (GoldDoc: m.GoldDoc!, m.Variant))
            .Concat(metrics.Concat(claims).Select(p => (p.GoldDoc, p.Variant)))
            .ToHashSet();
        var variants = read.Select(r => r.Variant).Distinct(StringComparer.Ordinal)
            .OrderBy(v => v.EndsWith(".pdf", StringComparison.Ordinal) ? 1 : 0).ThenBy(v => v, StringComparer.Ordinal);
        var groups = variants.Select(v => ScoreGroup(v, read.Where(r => r.Variant == v).Select(r => r.GoldDoc).ToHashSet(StringComparer.Ordinal),
            [.. metrics.Where(p => p.Variant == v)], [.. claims.Where(p => p.Variant == v)]));
        return new EvalReport(extractor, [.. groups]);
    }

    private EvalGroup ScoreGroup(string variant, HashSet<string> docs, List<Prediction> metrics, List<Prediction> claims)
    {
        var goldMetrics = _goldMetrics.Where(g => docs.Contains(g.Doc)).ToList();
        var goldClaims = _goldClaims.Where(g => docs.Contains(g.Doc)).ToList();

        var metricPairs = Match(goldMetrics, metrics, (g, p) => SameValue(g.Number("value"), p.Item.Number("value")));
        var valueUnitPairs = Match(goldMetrics, metrics, (g, p) => SameValue(g.Number("value"), p.Item.Number("value")) && g.Get("unit") == p.Item.Get("unit"));
        var claimPairs = Match(goldClaims, claims, (g, p) => g.Get("type") == p.Item.Get("type"));

        var types = goldClaims.Select(g => g.Get("type")).Concat(claims.Select(p => p.Item.Get("type"))).OfType<string>().Distinct(StringComparer.Ordinal);
        var byType = types.ToImmutableSortedDictionary(t => t, t => new PrfScore(
            claims.Count(p => p.Item.Get("type") == t), goldClaims.Count(g => g.Get("type") == t), claimPairs.Count(m => m.Gold.Get("type") == t)), StringComparer.Ordinal);

        return new EvalGroup
        {
            Variant = variant,
            Metrics = new PrfScore(metrics.Count, goldMetrics.Count, metricPairs.Count),
            MetricsValueUnit = new PrfScore(metrics.Count, goldMetrics.Count, valueUnitPairs.Count),
            MetricAttributes = Attributes(metricPairs, new Dictionary<string, Func<GoldItem, GoldItem, bool>>
            {
                ["role"] = (g, p) => g.Get("role") == p.Get("role"),
                ["scope"] = (g, p) => string.Equals(g.Get("scope"), p.Get("scope"), StringComparison.OrdinalIgnoreCase),
                ["indicator"] = (g, p) => Indicator(g.Get("indicator")) == Indicator(p.Get("indicator")),
                ["period"] = (g, p) => g.Get("period") == p.Get("period"),
                ["measure"] = (g, p) => WordOverlap(g.Get("measure") ?? string.Empty, p.Get("measure") ?? string.Empty) >= 0.5,
            }),
            Claims = new PrfScore(claims.Count, goldClaims.Count, claimPairs.Count),
            ClaimsByType = byType,
            ClaimAttributes = Attributes(claimPairs, new Dictionary<string, Func<GoldItem, GoldItem, bool>>
            {
                ["polarity"] = (g, p) => g.Get("polarity") == p.Get("polarity"),
                ["count"] = (g, p) => g.Get("count") == p.Get("count"),
                ["total"] = (g, p) => g.Get("total") == p.Get("total"),
                ["comparator"] = (g, p) => string.Equals(g.Get("comparator"), p.Get("comparator"), StringComparison.OrdinalIgnoreCase),
                ["framework"] = (g, p) => string.Equals(g.Get("framework"), p.Get("framework"), StringComparison.OrdinalIgnoreCase),
                ["period"] = (g, p) => g.Get("period") == p.Get("period"),
            }),
            BenchmarkCounts = BenchmarkCountScore(claimPairs),
            Misses = [.. Unmatched(goldMetrics, metricPairs.Select(m => m.Gold), "metric", "text").Concat(Unmatched(goldClaims, claimPairs.Select(m => m.Gold), "claim", "type"))],
            FalsePositives = [.. metrics.Select(p => p.Item).Except(metricPairs.Select(m => m.Predicted)).Select(p => Item("metric", p, "text"))
                .Concat(claims.Select(p => p.Item).Except(claimPairs.Select(m => m.Predicted)).Select(p => Item("claim", p, "type")))],
        };
    }

    private List<(GoldItem Gold, GoldItem Predicted)> Match(List<GoldItem> gold, List<Prediction> predictions, Func<GoldItem, Prediction, bool> same)
    {
        var used = new bool[predictions.Count];
        var pairs = new List<(GoldItem, GoldItem)>();
        foreach (var g in gold)
        {
            var best = -1;
            var bestSimilarity = 0.0;
            for (var i = 0; i < predictions.Count; i++)
            {
                var p = predictions[i];
                if (used[i] || p.GoldDoc != g.Doc || !SameSection(g.Doc, g.Council, p.Item.Council) || !same(g, p))
                {
                    continue;
                }

                var similarity = Similarity(g.Sentence, p.Item.Sentence);
                if (similarity >= MatchSimilarity && similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (i, similarity);
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                pairs.Add((g, predictions[best].Item));
            }
        }

        return pairs;
    }

    /// <summary>Of the matched <c>benchmark_count</c> claims, how many have both count and total right.</summary>
    private static PrfScore BenchmarkCountScore(List<(GoldItem Gold, GoldItem Predicted)> pairs)
    {
        var counts = pairs.Where(p => p.Gold.Get("type") == "benchmark_count").ToList();
        var exact = counts.Count(p => p.Gold.Get("count") == p.Predicted.Get("count") && p.Gold.Get("total") == p.Predicted.Get("total"));
        return new PrfScore(counts.Count, counts.Count, exact);
    }

    private static ImmutableSortedDictionary<string, double> Attributes(List<(GoldItem Gold, GoldItem Predicted)> pairs, Dictionary<string, Func<GoldItem, GoldItem, bool>> checks) =>
        checks.ToImmutableSortedDictionary(c => c.Key, c => pairs.Count == 0 ? 0 : (double)pairs.Count(p => c.Value(p.Gold, p.Predicted)) / pairs.Count, StringComparer.Ordinal);

    private static IEnumerable<EvalItem> Unmatched(List<GoldItem> gold, IEnumerable<GoldItem> matched, string kind, string key)
    {
        var hit = matched.ToHashSet(ReferenceEqualityComparer.Instance);
        return gold.Where(g => !hit.Contains(g)).Select(g => Item(kind, g, key));
    }

    private static EvalItem Item(string kind, GoldItem item, string key) => new(kind, item.Doc, item.Council, item.Get(key) ?? string.Empty, item.Sentence);

    private List<Prediction> Predictions(IEnumerable<GoldItem> items, string? extractor)
    {
        var result = new List<Prediction>();
        var goldDocs = _coverage.Select(c => c.Doc).Distinct(StringComparer.Ordinal).ToList();
        foreach (var item in items)
        {
            if (extractor is not null && item.Get("extractor") != extractor)
            {
                continue;
            }

            var (goldDoc, variant) = GoldDocuments.Map(goldDocs, item.Doc);
            if (goldDoc is not null && Covered(goldDoc, item))
            {
                result.Add(new Prediction(item, goldDoc, variant));
            }
        }

        return result;
    }

    private bool Covered(string goldDoc, GoldItem item)
    {
        foreach (var (doc, council, from, to) in _coverage)
        {
            if (doc != goldDoc || !SameSection(doc, council, item.Council))
            {
                continue;
            }

            if (item.Doc == goldDoc && item.Line is { } line)
            {
                if (line >= from && line <= to)
                {
                    return true;
                }

                continue;
            }

            // A PDF has pages, not the seed's lines: find the sentence's opening words in the covered lines.
            if (!_seedLines.TryGetValue(goldDoc, out var lines))
            {
                return true;
            }

            var covered = Fold(Markup().Replace(string.Join(' ', lines[Math.Max(0, from - 1)..Math.Min(lines.Length, to)]), " ")).ToLowerInvariant();
            var words = Words(item.Sentence).Take(6).ToList();
            if (words.Count == 0 || Fold(string.Join(' ', Words(covered))).Contains(string.Join(' ', words), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a prediction's council stands in the gold's section: always in a document covered whole.</summary>
    private bool SameSection(string doc, string? goldCouncil, string? predictedCouncil) =>
        _wholeDocuments.Contains(doc) || string.Equals(goldCouncil ?? string.Empty, predictedCouncil ?? string.Empty, StringComparison.Ordinal);

    private static bool SameValue(decimal? a, decimal? b) =>
        a is { } x && b is { } y && Math.Abs(x - y) <= Math.Max(0.0005m, Math.Abs(x) * 0.001m);

    private static string? Indicator(string? code) =>
        code is null ? null : AscofCode.TryParse(code, out var parsed) ? parsed.ToString() : code.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    internal static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The least <see cref="Similarity"/> at which a predicted text stands for a gold one.</summary>
    internal const double MatchSimilarity = 0.8;

    /// <summary>
    /// How alike a gold text and a predicted one are, as scoring matches them: 1 for the same text
    /// (spacing folded), else <see cref="WordOverlap"/> (0.81 to 0.9 for a text of five words or more
    /// standing almost whole inside the other).
    /// </summary>
    internal static double Similarity(string gold, string predicted) => Fold(gold) == Fold(predicted) ? 1.0 : WordOverlap(gold, predicted);

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    internal static double WordOverlap(string a, string b)
    {
        var wa = Words(a).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var wb = Words(b).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = wa.Sum(p => Math.Min(p.Value, wb.GetValueOrDefault(p.Key)));
        var size = Math.Max(wa.Values.Sum(), wb.Values.Sum());
        var shorter = Math.Min(wa.Values.Sum(), wb.Values.Sum());

        // Sentence boundaries differ (a gold sentence cut at a semicolon): a sentence of five words or
        // more standing almost whole inside the other counts as similar, the more so the more of it is
        // inside (0.81 to 0.9), so that of two near-identical candidates the one holding it whole wins.
        if (shorter >= 5 && common >= 0.9 * shorter)
        {
            return 0.9 * common / shorter;
        }

        return size == 0 ? 0 : (double)common / size;
    }

    private sealed record Prediction(GoldItem Item, string GoldDoc, string Variant);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"<[^>]+>|\*\*|\t|#+ ")]
    private static partial Regex Markup();
}
