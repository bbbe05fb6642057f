using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Output;

namespace ProfileMiner.Pipeline;

/// <summary>Registers the learned extractors on a <see cref="PipelineBuilder"/>.</summary>
public static class ModelExtractorsExtensions
{
    /// <summary>
    /// Puts the claim model beside the rule claims: the rule claim extractor (added when missing) is
    /// replaced by <see cref="ModelClaimExtractor"/>, which keeps every rule claim and adds the model's
    /// where the rules are silent. Without a claim model the rules run alone.
    /// </summary>
    public static PipelineBuilder UseModelExtractors(this PipelineBuilder builder, ModelStore? models = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = models ?? ModelStore.Default;
        var claims = store.Claims;
        builder.Writers.AddOnce(new ClaimsJsonlWriter());
        if (claims is null)
        {
            builder.Extractors.AddOnce(new ClaimRuleExtractor());
            return builder;
        }

        var combined = new ModelClaimExtractor(claims) { ModelSha256 = store.Sha256Of(ModelStore.ClaimsFile) };
        if (!builder.Extractors.Replace<ClaimRuleExtractor>(combined))
        {
            builder.Extractors.AddOnce(combined);
        }

        return builder;
    }
}
