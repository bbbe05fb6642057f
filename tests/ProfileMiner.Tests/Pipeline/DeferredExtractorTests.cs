using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Pipeline;

/// <summary>Extractors made while a run reads its files: the models load beside ingest, and a run finds the same.</summary>
public sealed class DeferredExtractorTests
{
    private const string Bury = "# Bury self-assessment 2016/17\n\nName of Local Authority: Bury\n\n## Carers\n\nWe completed 1,200 carers' assessments in 2016/17, up from 950.\n";

    [Fact]
    public async Task A_run_with_extractors_made_while_it_reads_finds_what_it_finds_with_them_made_first()
    {
        using var temp = new TempDirectory();
        temp.Write("in/bury.md", Bury);
        var made = 0;
        var deferred = DeferredExtractor.Of(() =>
        {
            Interlocked.Increment(ref made);
            Thread.Sleep(200);
            return new ClaimRuleExtractor();
        });
        var first = new PipelineBuilder().UseRuleExtractors();
        var later = new PipelineBuilder().UseRuleExtractors();
        Assert.True(later.Extractors.Replace<ClaimRuleExtractor>(deferred.Start()));

        var expected = await first.Build().RunAsync([temp.File("in")], temp.File("out-first"));
        var found = await later.Build().RunAsync([temp.File("in")], temp.File("out-later"));

        Assert.Equal(1, made);
        Assert.Equal(typeof(ClaimRuleExtractor), deferred.Makes);
        Assert.Equal(new ClaimRuleExtractor().Id, deferred.Id);
        Assert.NotEmpty(expected.Extractions);
        Assert.Equal(Describe(expected.Extractions), Describe(found.Extractions));
    }

    [Fact]
    public async Task An_extractor_that_cannot_be_made_stops_the_run_when_extraction_starts_with_its_reason()
    {
        using var temp = new TempDirectory();
        temp.Write("in/bury.md", Bury);
        var builder = new PipelineBuilder().UseRuleExtractors();
        builder.Extractors.Add(DeferredExtractor.Of<IExtractor>(() => throw new ProfileMinerException(DiagnosticCodes.ModelUnreadable, "cannot load the claim model: not a claim model")).Start());

        var e = await Assert.ThrowsAsync<ProfileMinerException>(() => builder.Build().RunAsync([temp.File("in")], temp.File("out")));

        Assert.Contains("not a claim model", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.File("out"), "claims.jsonl")));
    }

    private static List<string> Describe(ImmutableArray<Extraction> extractions) =>
        [.. extractions.Select(e => e.ToString())];
}
