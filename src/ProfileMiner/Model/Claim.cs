namespace ProfileMiner.Model;

/// <summary>A sentence-level statement of performance (<c>claims.jsonl</c>), as GUIDE.md defines it.</summary>
public sealed record Claim : Extraction
{
    /// <summary><c>benchmark_count</c>, <c>comparison</c>, <c>rank</c>, <c>trend</c>, <c>rating</c> or <c>target</c>.</summary>
    public required string Type { get; init; }

    /// <summary><c>positive</c>, <c>negative</c> or <c>neutral</c> for the council's performance.</summary>
    public required string Polarity { get; init; }

    /// <summary>For <c>benchmark_count</c>: the N of "N of M".</summary>
    public int? Count { get; init; }

    /// <summary>For <c>benchmark_count</c>: the M of "N of M", when given.</summary>
    public int? Total { get; init; }

    /// <summary><c>ASCOF</c>, <c>CQC</c>, <c>survey</c>, <c>BCF</c>, ... when named.</summary>
    public string? Framework { get; init; }

    /// <summary><c>England</c>, <c>North West</c>, <c>region</c>, <c>peer group</c>, <c>previous year</c>, ... or null.</summary>
    public string? Comparator { get; init; }

    /// <summary>The period, normalised as for metrics, or null.</summary>
    public string? Period { get; init; }

    /// <summary>ASCOF code the claim is about (a table row's code), or null.</summary>
    public string? Indicator { get; init; }
}
