using ProfileMiner.Fuzz;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>
/// The fuzz harness's short campaign (fixed seed, a few hundred inputs) and its regression files:
/// every input is read or skipped with an error naming it, none gives an internal error, none takes
/// long. The long campaign runs on demand (docs/development.md#fuzzing).
/// </summary>
public sealed class FuzzCampaignTests
{
    // Generous for a loaded CI machine; the long campaign's bar is 10 s on a quiet one.
    private static readonly TimeSpan s_slow = TimeSpan.FromSeconds(20);

    private static readonly Lazy<FuzzRunner> s_runner = new(() => new FuzzRunner());

    public static TheoryData<string> PathologicalNames() => [.. Pathological.All().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(PathologicalNames))]
    public void Each_pathological_file_is_read_or_named_quickly(string name)
    {
        var input = Pathological.All().Single(p => p.Name == name);

        var outcome = s_runner.Value.Check(input);

        Assert.True(outcome.Problem is null, $"{name}: {outcome.Problem}");
        Assert.True(outcome.Seconds < s_slow.TotalSeconds, $"{name}: {outcome.Seconds:0.0} s");
    }

    /// <summary>
    /// 300 inputs, seed 21, at a tenth of the long campaign's sizes and from the first 24 KB of each
    /// text (the same as <c>ProfileMiner.Fuzz --inputs 300 --seed 21 --scale 0.1 --max-text-kb 24</c>),
    /// each within a minute on a thread of its own, so a hang fails the test instead of stalling it.
    /// </summary>
    [Fact]
    public void A_short_fixed_seed_campaign_has_no_crash_no_bug_and_no_slow_file()
    {
        var seeds = FuzzSeeds.Load(RepoPaths.Root, shared: false, maxTextBytes: 24 * 1024, maxPdfBytes: 160 * 1024);
        var failures = new List<string>();
        foreach (var input in new Mutators(seed: 21, scale: 0.1).Generate(seeds, 300))
        {
            if (!ProfileMiner.Pipeline.TimeLimit.TryRun(_ => s_runner.Value.Check(input), TimeSpan.FromMinutes(1), CancellationToken.None, out var outcome))
            {
                failures.Add($"{input.Name} ({input.Mutation}): hang, over a minute");
                continue;
            }

            if (outcome.Problem is not null || outcome.Seconds > s_slow.TotalSeconds)
            {
                failures.Add($"{input.Name} ({input.Mutation}): {outcome.Problem ?? $"{outcome.Seconds:0.0} s"}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    public static TheoryData<string> RegressionFiles()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Fuzz", "regressions");
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal).ToList()
            : [];
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            data.Add(file!);
        }

        if (data.Count == 0)
        {
            data.Add("(none)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegressionFiles))]
    public void Each_regression_file_the_fuzzer_kept_now_behaves(string name)
    {
        if (name == "(none)")
        {
            return;
        }

        var path = Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Fuzz", "regressions", name);
        var outcome = s_runner.Value.Check(new FuzzInput(name, File.ReadAllBytes(path), "regression", name));

        Assert.True(outcome.Problem is null, $"{name}: {outcome.Problem}");
        Assert.True(outcome.Seconds < s_slow.TotalSeconds, $"{name}: {outcome.Seconds:0.0} s");
    }
}
