namespace ProfileMiner.Model;

/// <summary>The roles GUIDE.md allows for <see cref="MetricMention.Role"/>.</summary>
public static class MetricRoles
{
    /// <summary>The council's own figure (or another body's figure, scoped to that body).</summary>
    public const string Value = "value";

    /// <summary>A benchmark: an average, another area, a peer group.</summary>
    public const string Comparator = "comparator";

    /// <summary>A target.</summary>
    public const string Target = "target";

    /// <summary>An earlier figure of the same measure.</summary>
    public const string Previous = "previous";

    /// <summary>A difference over time or against a benchmark.</summary>
    public const string Change = "change";
}
