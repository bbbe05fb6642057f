using ProfileMiner.Extract.Rules;
using ProfileMiner.Output;

namespace ProfileMiner.Pipeline;

/// <summary>Registers the rule extractors and their outputs on a <see cref="PipelineBuilder"/>.</summary>
public static class RuleExtractorsExtensions
{
    /// <summary>Adds the metric and claim rule extractors and the <c>metrics.jsonl</c> and <c>claims.jsonl</c> writers.</summary>
    public static PipelineBuilder UseRuleExtractors(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Extractors.AddOnce(new MetricRuleExtractor());
        builder.Extractors.AddOnce(new ClaimRuleExtractor());
        builder.Writers.AddOnce(new MetricsJsonlWriter());
        builder.Writers.AddOnce(new ClaimsJsonlWriter());
        return builder;
    }
}
