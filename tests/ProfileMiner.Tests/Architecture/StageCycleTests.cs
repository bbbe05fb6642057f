using System.Text;
using ProfileMiner.Tests.Architecture.Fixtures.A;

namespace ProfileMiner.Tests.Architecture;

/// <summary>The library's stage folders depend on one another one way only: no import cycle between them.</summary>
public sealed class StageCycleTests
{
    private static readonly Dictionary<string, Dictionary<string, string>> s_uses =
        StageDependencies.Read(typeof(ProfileMiner.Pipeline.Pipeline).Assembly, "ProfileMiner");

    // The fixture namespaces of this assembly (Fixtures.A, .B and .C), each a stage of its own.
    private static readonly string s_fixtureRoot = typeof(Holder).Namespace![..^".A".Length];

    private static readonly Dictionary<string, Dictionary<string, string>> s_fixtureUses =
        StageDependencies.Read(typeof(StageCycleTests).Assembly, s_fixtureRoot, ns => ns.StartsWith(s_fixtureRoot + ".", StringComparison.Ordinal) ? ns[(s_fixtureRoot.Length + 1)..] : null);

    [Fact]
    public void The_library_has_no_import_cycle_between_stage_folders()
    {
        var cycles = StageDependencies.Cycles(s_uses);

        Assert.True(cycles.Count == 0, Describe(cycles, s_uses));
    }

    [Theory]
    [InlineData("Extract", "Pipeline")]
    [InlineData("Extract", "Output")]
    [InlineData("Extract", "Eval")]
    [InlineData("Extract", "Ingest")]
    [InlineData("Extract", "Training")]
    [InlineData("Eval", "Training")]
    [InlineData("Pipeline", "Training")]
    public void A_stage_keeps_to_its_direction(string from, string to)
    {
        Assert.True(s_uses.ContainsKey(from), $"no stage {from} in the library");
        var example = s_uses[from].GetValueOrDefault(to);

        Assert.True(example is null, $"{from} uses {to}: {example}");
    }

    [Fact]
    public void Training_sits_beside_the_runtime_models_and_uses_them()
    {
        Assert.True(s_uses.TryGetValue("Training", out var targets) && targets.ContainsKey("Extract"), "Training does not use Extract");
    }

    [Fact]
    public void A_cycle_closed_only_inside_a_lambda_is_found()
    {
        Assert.Equal("ProfileMiner.Tests.Architecture.Fixtures.A.Holder -> ProfileMiner.Tests.Architecture.Fixtures.B.Callee", s_fixtureUses["A"]["B"]);
        Assert.Equal("ProfileMiner.Tests.Architecture.Fixtures.B.Callee -> ProfileMiner.Tests.Architecture.Fixtures.A.Holder", s_fixtureUses["B"]["A"]);
        var cycle = Assert.Single(StageDependencies.Cycles(s_fixtureUses));
        Assert.Equal(["A", "B"], cycle);
        Assert.Contains("A -> B: ProfileMiner.Tests.Architecture.Fixtures.A.Holder -> ProfileMiner.Tests.Architecture.Fixtures.B.Callee", Describe([cycle], s_fixtureUses), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_used_one_way_is_in_no_cycle()
    {
        Assert.Contains("C", s_fixtureUses["B"].Keys);
        Assert.False(s_fixtureUses.ContainsKey("C"));
        Assert.DoesNotContain(StageDependencies.Cycles(s_fixtureUses), c => c.Contains("C"));
    }

    // Each cycle, and for each use between two of its stages one example ("Type -> Type").
    private static string Describe(List<List<string>> cycles, Dictionary<string, Dictionary<string, string>> uses)
    {
        var text = new StringBuilder();
        foreach (var cycle in cycles)
        {
            text.Append("cycle between ").AppendJoin(", ", cycle).AppendLine(":");
            foreach (var from in cycle)
            {
                foreach (var to in cycle.Where(t => uses.TryGetValue(from, out var targets) && targets.ContainsKey(t)))
                {
                    text.Append("  ").Append(from).Append(" -> ").Append(to).Append(": ").AppendLine(uses[from][to]);
                }
            }
        }

        return text.ToString();
    }
}
