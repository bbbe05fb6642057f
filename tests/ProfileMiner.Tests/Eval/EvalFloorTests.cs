using ProfileMiner.Eval;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Eval;

/// <summary>Runs the rule extractors over the seeds and their PDFs and holds every score at or above its recorded floor.</summary>
public sealed class EvalFloorTests : IClassFixture<EvalFloorTests.Scored>
{
    private const double Slack = 0.0005;

    private readonly Scored _scored;

    public EvalFloorTests(Scored scored) => _scored = scored;

    public static TheoryData<string, string> Floors() => EvalFloorFile.Pairs();

    [Theory]
    [MemberData(nameof(Floors))]
    public void Score_stays_at_or_above_its_floor(string variant, string figure)
    {
        var floor = EvalFloorFile.Floor(null, variant, figure);
        var actual = EvalFloorFile.Actual(Assert.Single(_scored.Report.Groups, g => g.Variant == variant), figure);

        Assert.True(actual + Slack >= floor, $"{variant} {figure} is {actual:0.000}, below its floor {floor:0.000}");
    }

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Root, "corpus", "gold", "metrics.jsonl"), temp.File("metrics.jsonl"));
        File.Copy(Path.Combine(RepoPaths.Root, "corpus", "gold", "claims.jsonl"), temp.File("claims.jsonl"));

        // Gold rows have no line; PDF-style coverage by sentence places them in their sections.
        var report = new ExtractionScorer(Path.Combine(RepoPaths.Root, "corpus", "gold"), RepoPaths.Seeds).Score(temp.Path);

        Assert.All(report.Groups, g =>
        {
            Assert.Equal(1.0, g.Metrics.F1, 3);
            Assert.Equal(1.0, g.Claims.F1, 3);
            Assert.Equal(1.0, g.MetricAttributes["role"], 3);
        });
    }

    public sealed class Scored : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Scored()
        {
            var pipeline = new PipelineBuilder().UseRuleExtractors().Build();
            pipeline.RunAsync([RepoPaths.Seeds, RepoPaths.CorpusPdf], _temp.Path).GetAwaiter().GetResult();
            Report = new ExtractionScorer(Path.Combine(RepoPaths.Root, "corpus", "gold"), RepoPaths.Seeds).Score(_temp.Path);
        }

        public EvalReport Report { get; }

        public void Dispose() => _temp.Dispose();
    }
}
