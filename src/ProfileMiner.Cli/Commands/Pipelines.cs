using ProfileMiner.Export;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Index;
using ProfileMiner.Pipeline;
using ProfileMiner.Report;

namespace ProfileMiner.Cli.Commands;

/// <summary>The pipelines the commands run: one place that says which extractors and stages a run has.</summary>
internal static class Pipelines
{
    /// <summary>
    /// The trained models every command uses: <c>models/</c> in the working folder, else the built-in
    /// ones; a file there that cannot be loaded is a warning in its <see cref="ModelStore.Diagnostics"/>.
    /// </summary>
    public static ModelStore Models => ModelStore.Default;

    /// <summary>
    /// Ingest, segment and every shipped extractor with its JSON Lines output. The claim and theme
    /// models load on the thread pool while the files are read; extraction waits for them.
    /// </summary>
    public static PipelineBuilder Standard() =>
        new PipelineBuilder().UseRuleExtractors()
            .UseModelExtractors(Models, loadWhileReading: true)
            .UseThemeExtractors(Models, ThemeScorerKind.Default, loadWhileReading: true);

    /// <summary>Adds every whole-corpus stage that <c>run</c> performs after extraction, in order; <paramref name="report"/> replaces the default digest.</summary>
    public static void AddPublishers(PipelineBuilder builder, ReportPublisher? report)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Publishers.Add(new ModelsUsedPublisher(Models));
        builder.Publishers.Add(PassageIndexer.Default);
        builder.Publishers.Add(report ?? ReportPublisher.Default);
        builder.Publishers.Add(ExportPublisher.Default);
    }

    /// <summary>Adds every whole-corpus stage that <c>run</c> performs after extraction, in order.</summary>
    public static void AddPublishers(PipelineBuilder builder) => AddPublishers(builder, null);
}
