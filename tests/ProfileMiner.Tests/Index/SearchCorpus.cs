using ProfileMiner.Index;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Index;

/// <summary>A few small council documents run through the real pipeline, and an index of them on disk.</summary>
internal sealed class SearchCorpus : IDisposable
{
    public const string Bury = """
        # Bury adult social care self-assessment 2016/17

        Name of Local Authority: Bury

        ## Hospital discharge

        Delayed transfers of care fell by 12% in 2016/17 after the discharge team moved into the hospital.

        ## Carers

        We completed 1,200 carers' assessments and refreshed the carer strategy with our partners.

        ## Learning disability

        The proportion of adults with LD in paid employment rose to 6.1%.
        """;

    public const string Wigan = """
        # Wigan improvement profile 2016/17

        Name of Local Authority: Wigan

        ## Integration

        DToC remained in the top quartile nationally, helped by the Better Care Fund.

        The Shared Lives scheme grew to 60 carers offering short breaks.

        ## Reablement

        Re-ablement helped 85% of people to stay at home 91 days after leaving hospital.

        Direct payments are taken up by 31% of people using services.
        """;

    public SearchCorpus(bool withCopy = true, SearchIndexOptions? options = null)
    {
        Temp = new TempDirectory();
        Temp.Write("in/bury.md", Bury);
        Temp.Write("in/wigan.md", Wigan);
        if (withCopy)
        {
            // The same self-assessment filed again under another name: its passages are one hit each.
            Temp.Write("in/bury-copy.md", Bury);
        }

        Options = options ?? SearchIndexOptions.Default;
    }

    public TempDirectory Temp { get; }

    public SearchIndexOptions Options { get; }

    public string Input => Temp.File("in");

    public string Output => Temp.File("out");

    /// <summary>Runs ingest and extraction (no publishers) and returns what the run found.</summary>
    public async Task<CorpusContent> ContentAsync()
    {
        var pipeline = new PipelineBuilder().UseRuleExtractors().Build();
        var result = await pipeline.RunAsync([Input], Output);
        return new CorpusContent(result.Documents, result.Extractions);
    }

    /// <summary>Builds the index of the corpus (plus <paramref name="extra"/> extractions) and opens it.</summary>
    public Task<SearchIndex> IndexAsync(params Extraction[] extra) => IndexAsync(SearchRanking.Default, extra);

    /// <summary>Builds the index of the corpus (plus <paramref name="extra"/> extractions) and opens it with <paramref name="ranking"/>.</summary>
    public async Task<SearchIndex> IndexAsync(SearchRanking ranking, params Extraction[] extra)
    {
        var content = await ContentAsync();
        content = content with { Extractions = [.. content.Extractions, .. extra] };
        PassageIndexer.Build(RunTables.Create(content), SearchIndexOptions.IndexFolder(Output), Options);
        return SearchIndex.OpenFolder(SearchIndexOptions.IndexFolder(Output), ranking);
    }

    public void Dispose() => Temp.Dispose();
}
