using ProfileMiner.Export;
using ProfileMiner.Extract;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Index;
using ProfileMiner.Pipeline;
using ProfileMiner.Report;

namespace ProfileMiner.Cli.Commands;

/// <summary>The pipelines the commands run: one place that says which extractors and stages a run has.</summary>
internal static class Pipelines
{
    /// <summary>Ingest, segment and every shipped extractor with its JSON Lines output.</summary>
    public static PipelineBuilder Standard() => new PipelineBuilder().UseRuleExtractors().UseModelExtractors().UseThemeExtractors();

    /// <summary>Adds every whole-corpus stage that <c>run</c> performs after extraction, in order.</summary>
    public static void AddPublishers(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Publishers.Add(PassageIndexer.Default);
        builder.Publishers.Add(ReportPublisher.Default);
        builder.Publishers.Add(ExportPublisher.Default);
    }
}
