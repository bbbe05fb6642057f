using ProfileMiner.Extract;
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
    public static PipelineBuilder UseThemeExtractors(this PipelineBuilder builder, ModelStore? models = null, ThemeScorerKind kind = ThemeScorerKind.Default) =>
        builder.UseThemeExtractors(models, kind, loadWhileReading: false);

    /// <summary>
    /// As <see cref="UseThemeExtractors(PipelineBuilder, ModelStore?, ThemeScorerKind)"/>; with
    /// <paramref name="loadWhileReading"/>, the theme model loads on the thread pool while the run reads
    /// its files (<see cref="DeferredExtractor"/>).
    /// </summary>
    public static PipelineBuilder UseThemeExtractors(this PipelineBuilder builder, ModelStore? models, ThemeScorerKind kind, bool loadWhileReading)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = models ?? ModelStore.Default;
        IExtractor extractor = loadWhileReading ? DeferredExtractor.Of(() => ThemeExtractor(store, kind)).Start() : ThemeExtractor(store, kind);
        if (!builder.Extractors.Any(e => e is ThemeExtractor || (e is DeferredExtractor deferred && deferred.Makes == typeof(ThemeExtractor))))
        {
            builder.Extractors.Add(extractor);
        }

        builder.Writers.AddOnce(new ThemesJsonlWriter());
        return builder;
    }

    private static ThemeExtractor ThemeExtractor(ModelStore store, ThemeScorerKind kind)
    {
        var model = kind == ThemeScorerKind.Lexicon ? null : store.Themes;
        IThemeScorer scorer = model is null
            ? new LexiconThemeScorer()
            : new BlendedThemeScorer(new LexiconThemeScorer { Context = ThemeContextWeights.Default }, new ModelThemeScorer(model), model.BlendWeight);
        return new ThemeExtractor(scorer) { ModelSha256 = model is null ? null : store.Sha256Of(ModelStore.ThemesFile) };
    }
}
