using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>
/// <c>run</c> in a working folder whose <c>models/</c> holds files that cannot be loaded: the built
/// CLI is started as its own process there, as a user would start it, since the models folder is the
/// working folder's.
/// </summary>
public sealed partial class RunModelsFolderTests
{
    [Fact]
    public async Task Unloadable_model_files_are_one_warning_each_and_the_run_uses_the_built_in_models()
    {
        using var temp = new TempDirectory();
        var shipped = Path.Combine(RepoPaths.Root, "models");
        var bad = temp.File("bad");
        var themes = File.ReadAllBytes(Path.Combine(shipped, "themes.zip"));
        temp.Write(Path.Combine("bad", "models", "themes.zip"), themes[..(themes.Length / 2)]);
        File.Copy(Path.Combine(shipped, "themes.zip"), Path.Combine(bad, "models", "claims.zip"));
        var clean = temp.File("clean");
        Directory.CreateDirectory(clean);
        var seed = RepoPaths.Seed("002");

        var run = await ChildCli.RunAsync(bad, "run", seed, "--out", "out");
        var strict = await ChildCli.RunAsync(bad, "run", seed, "--out", "out", "--strict");
        var builtIn = await ChildCli.RunAsync(clean, "run", seed, "--out", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.ErrorLines.Count);
        var themesLine = Assert.Single(run.ErrorLines, l => l.StartsWith("models/themes.zip: warning PM3003: cannot load the theme model: not a readable zip file", StringComparison.Ordinal));
        Assert.Contains("; using the built-in theme model instead", themesLine, StringComparison.Ordinal);
        var claimsLine = Assert.Single(run.ErrorLines, l => l.StartsWith("models/claims.zip: warning PM3003: cannot load the claim model: not a claim model", StringComparison.Ordinal));
        Assert.Contains("; using the built-in claim model instead", claimsLine, StringComparison.Ordinal);
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("   at ", StringComparison.Ordinal));
        using (var summary = JsonDocument.Parse(Assert.Single(run.OutputLines)))
        {
            Assert.Equal(2, summary.RootElement.GetProperty("warnings").GetInt32());
            Assert.Equal(0, summary.RootElement.GetProperty("errors").GetInt32());
        }

        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Equal(run.ErrorLines, strict.ErrorLines);

        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());
        Assert.Empty(builtIn.ErrorLines);
        var themesJsonl = File.ReadAllText(Path.Combine(bad, "out", "themes.jsonl"));
        var claimsJsonl = File.ReadAllText(Path.Combine(bad, "out", "claims.jsonl"));
        Assert.Contains("\"extractor\":\"themes.combined\"", themesJsonl, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(clean, "out", "themes.jsonl")), themesJsonl);
        Assert.Equal(File.ReadAllText(Path.Combine(clean, "out", "claims.jsonl")), claimsJsonl);
    }

    [Fact]
    public async Task Run_with_train_retrains_in_the_working_folder_skipping_a_bad_label_line_then_runs_with_the_new_models()
    {
        using var temp = new TempDirectory();
        foreach (var folder in new[] { Path.Combine("corpus", "gold"), Path.Combine("corpus", "labels"), Path.Combine("corpus", "real"), "seeds" })
        {
            CopyFolder(Path.Combine(RepoPaths.Root, folder), temp.File(folder));
        }

        // A user's label file with one line that is not a label: skipped, and the rest trained on.
        temp.Write(Path.Combine("corpus", "labels", "mine.themes.jsonl"), "{\"text\": \"no themes here\"}\n");

        var run = await ChildCli.RunAsync(temp.Path, "run", "--train", RepoPaths.Seed("002"), "--out", "out");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("mine.themes.jsonl(1): error PM3001: label line needs \"text\" and a \"themes\" array; skipped", Assert.Single(run.ErrorLines, l => l.Contains("error PM", StringComparison.Ordinal)));
        var summary = Assert.Single(run.ErrorLines, l => l.StartsWith("trained models/themes.zip, models/claims.zip in ", StringComparison.Ordinal));
        Assert.Contains("themes micro-F1 0.", summary, StringComparison.Ordinal);
        Assert.EndsWith("; the inputs with errors above were skipped", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("warning", StringComparison.Ordinal));

        // The shipped models were trained on these very labels (the bad line adds none), so the new ones
        // find what they find: the same themes and claims, scores within 0.002. (Not the same bytes:
        // the floating-point sums of training differ in their last bits from one processor's vector
        // width to another's.)
        var shipped = temp.File("shipped");
        Directory.CreateDirectory(shipped);
        var builtIn = await ChildCli.RunAsync(shipped, "run", RepoPaths.Seed("002"), "--out", "out");
        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());
        foreach (var file in new[] { "themes.jsonl", "claims.jsonl" })
        {
            var expected = File.ReadAllLines(Path.Combine(shipped, "out", file));
            var actual = File.ReadAllLines(temp.File(Path.Combine("out", file)));
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Length, actual.Length);
            Assert.All(expected.Zip(actual), pair =>
            {
                var (want, got) = (Split(pair.First), Split(pair.Second));
                Assert.Equal(want.Text, got.Text);
                Assert.Equal(want.Scores, got.Scores, (a, b) => Math.Abs(a - b) <= 0.002);
            });
        }

        Assert.Contains("\"extractor\":\"themes.combined\"", File.ReadAllText(temp.File(Path.Combine("out", "themes.jsonl"))), StringComparison.Ordinal);
        using var runSummary = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal(0, runSummary.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Run_with_train_where_there_is_nothing_to_train_on_is_one_line_and_runs_nothing()
    {
        using var temp = new TempDirectory();

        var run = await ChildCli.RunAsync(temp.Path, "run", "--train", RepoPaths.Seed("002"), "--out", "out");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("profileminer: error PM1001: no documents folder 'seeds' to train on", Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(temp.File("models")));
        Assert.False(Directory.Exists(temp.File("out")));
    }

    // A JSON Lines row's scores (probabilities, printed to three places) as numbers, and the rest of it.
    private static (string Text, double[] Scores) Split(string line)
    {
        var scores = new List<double>();
        var rest = ScoreValues().Replace(line, m =>
        {
            scores.AddRange(m.Value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
            return "#";
        });
        return (rest, [.. scores]);
    }

    [GeneratedRegex(@"(?<=""(?:scores|confidence)"":\[?)-?[0-9.]+(?:,-?[0-9.]+)*")]
    private static partial Regex ScoreValues();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
