using ProfileMiner.Extract;
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
    public static PipelineBuilder UseModelExtractors(this PipelineBuilder builder, ModelStore? models = null) =>
        builder.UseModelExtractors(models, loadWhileReading: false);

    /// <summary>
    /// As <see cref="UseModelExtractors(PipelineBuilder, ModelStore?)"/>; with <paramref name="loadWhileReading"/>,
    /// the claim model loads on the thread pool while the run reads its files (<see cref="DeferredExtractor"/>),
    /// and a model that cannot be loaded is reported when the first document is extracted, not here.
    /// </summary>
    public static PipelineBuilder UseModelExtractors(this PipelineBuilder builder, ModelStore? models, bool loadWhileReading)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = models ?? ModelStore.Default;
        builder.Writers.AddOnce(new ClaimsJsonlWriter());
        var extractor = loadWhileReading ? DeferredExtractor.Of(() => ClaimExtractor(store)).Start() : ClaimExtractor(store);
        if (!builder.Extractors.Replace<ClaimRuleExtractor>(extractor))
        {
            builder.Extractors.AddOnce(extractor);
        }

        return builder;
    }

    private static IExtractor ClaimExtractor(ModelStore store) =>
        store.Claims is { } claims
            ? new ModelClaimExtractor(claims) { ModelSha256 = store.Sha256Of(ModelStore.ClaimsFile) }
            : new ClaimRuleExtractor();
}
