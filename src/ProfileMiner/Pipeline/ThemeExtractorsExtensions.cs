using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Output;

namespace ProfileMiner.Pipeline;

/// <summary>Registers the theme extractor and its output on a <see cref="PipelineBuilder"/>.</summary>
public static class ThemeExtractorsExtensions
{
    /// <summary>
    /// Adds the theme extractor and the <c>themes.jsonl</c> writer. The shipped default is the
    /// combination (<see cref="BlendedThemeScorer"/>: lexicon and model), which scored highest in
    /// cross-validation; without a theme model, or with <see cref="ThemeScorerKind.Lexicon"/>, the lexicon alone runs.
    /// </summary>
    public static PipelineBuilder UseThemeExtractors(this PipelineBuilder builder, ModelStore? models = null, ThemeScorerKind kind = ThemeScorerKind.Default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = models ?? ModelStore.Default;
        var model = kind == ThemeScorerKind.Lexicon ? null : store.Themes;
        IThemeScorer scorer = model is null
            ? new LexiconThemeScorer()
            : new BlendedThemeScorer(new LexiconThemeScorer { Context = ThemeContextWeights.Default }, new ModelThemeScorer(model), model.BlendWeight);
        builder.Extractors.AddOnce(new ThemeExtractor(scorer) { ModelSha256 = model is null ? null : store.Sha256Of(ModelStore.ThemesFile) });
        builder.Writers.AddOnce(new ThemesJsonlWriter());
        return builder;
    }
}
