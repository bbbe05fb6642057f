using ProfileMiner.Eval;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Eval;

/// <summary>
/// Runs the rule extractors over the real council excerpts (the project's own, in corpus/real, and the
/// development set beside the checkout when it is there) and holds each half's scores at or above the
/// floors recorded under <c>_real</c> in tests/eval-floors.json: the tuning half, and the check half
/// that no rule was tuned on.
/// </summary>
public sealed class RealEvalFloorTests : IClassFixture<RealEvalFloorTests.Scored>
{
    private const double Slack = 0.0005;

    private readonly Scored _scored;

    public RealEvalFloorTests(Scored scored) => _scored = scored;

    private static string Own => Path.Combine(RepoPaths.Root, "corpus", "real");

    private static string SharedReal => Path.Combine(RepoPaths.Shared, "real");

    public static TheoryData<string, string> Floors() => EvalFloorFile.Pairs("_real");

    [SkippableTheory]
    [MemberData(nameof(Floors))]
    public void Score_on_real_documents_stays_at_or_above_its_floor(string group, string figure)
    {
        // "corpus tune", "shared check": which gold folder and which half.
        var (folder, half) = (group.Split(' ')[0], group.Split(' ')[1]);
        if (folder == "shared")
        {
            SharedData.Require(Directory.Exists(Path.Combine(SharedReal, "gold")), "../shared/real/gold");
        }

        var floor = EvalFloorFile.Floor("_real", group, figure);
        var scores = Assert.Single(_scored.Score(folder == "shared" ? Path.Combine(SharedReal, "gold") : Path.Combine(Own, "gold"), half).Groups, g => g.Variant == ".txt");
        var actual = EvalFloorFile.Actual(scores, figure);

        Assert.True(actual + Slack >= floor, $"{group} {figure} is {actual:0.000}, below its floor {floor:0.000}");
    }

    public sealed class Scored : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Scored()
        {
            var inputs = new List<string> { Path.Combine(Own, "docs") };
            if (Directory.Exists(Path.Combine(SharedReal, "docs")))
            {
                inputs.Add(Path.Combine(SharedReal, "docs"));
            }

            var pipeline = new PipelineBuilder().UseRuleExtractors().Build();
            pipeline.RunAsync(inputs, _temp.Path).GetAwaiter().GetResult();
            Halves = GoldHalves.Load(Path.Combine(Own, "halves.tsv"));
        }

        public GoldHalves Halves { get; }

        public EvalReport Score(string gold, string half) => new ExtractionScorer(gold, null, Halves.Councils(half)).Score(_temp.Path);

        public void Dispose() => _temp.Dispose();
    }
}
