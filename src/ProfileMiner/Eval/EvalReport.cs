using System.Collections.Immutable;

namespace ProfileMiner.Eval;

/// <summary>Precision, recall and F1 of one comparison, with the counts behind them.</summary>
/// <param name="Predicted">Predictions inside the gold's coverage.</param>
/// <param name="Gold">Gold items.</param>
/// <param name="Matched">One-to-one matches.</param>
public sealed record PrfScore(int Predicted, int Gold, int Matched)
{
    /// <summary>Matched / predicted (1 when nothing was predicted and nothing was expected).</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;

    /// <summary>Matched / gold.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A gold item with no match, or a prediction with no match, for the misses and false-positive lists.</summary>
/// <param name="Kind"><c>metric</c> or <c>claim</c>.</param>
/// <param name="Doc">The document (as the gold names it).</param>
/// <param name="Council">The council.</param>
/// <param name="Key">The value (metrics) or type (claims).</param>
/// <param name="Sentence">The sentence.</param>
public sealed record EvalItem(string Kind, string Doc, string? Council, string Key, string Sentence);

/// <summary>Scores of one group of predictions (one source format, e.g. <c>.txt</c> or <c>.twocol.pdf</c>).</summary>
public sealed record EvalGroup
{
    /// <summary>The file-name ending the group's documents share after the seed's name, e.g. <c>.txt</c>, <c>.pdf</c>.</summary>
    public required string Variant { get; init; }

    /// <summary>Metrics matched on value (and sentence).</summary>
    public required PrfScore Metrics { get; init; }

    /// <summary>Metrics matched on value and unit.</summary>
    public required PrfScore MetricsValueUnit { get; init; }

    /// <summary>Accuracy of each metric attribute on matched metrics: role, scope, indicator, period, measure.</summary>
    public required ImmutableSortedDictionary<string, double> MetricAttributes { get; init; }

    /// <summary>Claims matched on type (and sentence).</summary>
    public required PrfScore Claims { get; init; }

    /// <summary>Claims per type.</summary>
    public required ImmutableSortedDictionary<string, PrfScore> ClaimsByType { get; init; }

    /// <summary>Accuracy of each claim attribute on matched claims: polarity, count, total, comparator, framework, period.</summary>
    public required ImmutableSortedDictionary<string, double> ClaimAttributes { get; init; }

    /// <summary>
    /// The matched <c>benchmark_count</c> claims: <see cref="PrfScore.Matched"/> of them have count and
    /// total exactly right (<see cref="PrfScore.Precision"/> is that share).
    /// </summary>
    public PrfScore BenchmarkCounts { get; init; } = new(0, 0, 0);

    /// <summary>The gold folder scored, as given to <c>eval</c>, when it scores several or splits one; else null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Gold { get; init; }

    /// <summary>The half of a <see cref="GoldHalves"/> split scored (<c>tune</c>, <c>check</c>), or null for all councils.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Half { get; init; }

    /// <summary>Gold items not found.</summary>
    public required ImmutableArray<EvalItem> Misses { get; init; }

    /// <summary>Predictions not in the gold.</summary>
    public required ImmutableArray<EvalItem> FalsePositives { get; init; }
}

/// <summary>What <c>profileminer eval</c> reports: one group per source format.</summary>
/// <param name="Extractor">The extractor scored, or null for all.</param>
/// <param name="Groups">One group per variant (text first).</param>
public sealed record EvalReport(string? Extractor, ImmutableArray<EvalGroup> Groups);
