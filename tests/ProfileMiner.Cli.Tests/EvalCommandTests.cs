using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary><c>eval --json</c> against the tables of plain <c>eval</c>, on a real run's outputs.</summary>
public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_json_holds_the_theme_and_claim_extractor_tables_with_the_same_figures()
    {
        using var temp = new TempDirectory();
        var gold = Path.Combine(RepoPaths.Root, "corpus", "gold");
        var run = await CliRunner.RunAsync("run", RepoPaths.Seed("000"), RepoPaths.Seed("002"), "--out", temp.Path);
        Assert.True(run.ExitCode == 0, run.ToString());

        var models = Path.Combine(RepoPaths.Root, "models");
        var table = await CliRunner.RunAsync("eval", "--gold", gold, "--out", temp.Path, "--docs", RepoPaths.Seeds, "--models", models);
        var json = await CliRunner.RunAsync("eval", "--gold", gold, "--out", temp.Path, "--docs", RepoPaths.Seeds, "--models", models, "--json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.True(json.ExitCode == 0, json.ToString());
        using var report = JsonDocument.Parse(json.Stdout);
        var root = report.RootElement;

        // The fields eval --json had before are still there, unchanged in shape.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("extractor").ValueKind);
        var group = root.GetProperty("groups")[0];
        Assert.Equal(
            ["variant", "metrics", "metrics_value_unit", "metric_attributes", "claims", "claims_by_type", "claim_attributes", "benchmark_counts", "misses", "false_positives"],
            group.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(
            ["predicted", "gold", "matched", "precision", "recall", "f1"],
            group.GetProperty("claims").EnumerateObject().Select(p => p.Name).ToArray());

        // The theme table: one JSON row per table row, same figures.
        var themeRows = TableRows(table.Stdout, "Themes of this run");
        var themes = root.GetProperty("themes").EnumerateArray().ToList();
        Assert.NotEmpty(themeRows);
        Assert.Equal(themeRows.Count, themes.Count);
        for (var i = 0; i < themes.Count; i++)
        {
            var t = themes[i];
            string[] expected =
                [
                    t.GetProperty("variant").GetString()!, t.GetProperty("extractor").GetString()!,
                    I(t.GetProperty("gold_passages").GetInt32()), I(t.GetProperty("matched_passages").GetInt32()),
                    F(t, "micro_precision"), F(t, "micro_recall"), F(t, "micro_f1"), F(t, "macro_f1"),
                ];
            Assert.Equal(expected, themeRows[i]);
            Assert.Equal(t.GetProperty("micro_f1").GetDouble(), t.GetProperty("micro").GetProperty("f1").GetDouble());
            Assert.True(t.GetProperty("by_theme").EnumerateObject().Any());
        }

        Assert.Contains(themes, t => t.GetProperty("variant").GetString() == ".txt" && t.GetProperty("gold_passages").GetInt32() > 0);
        Assert.False(root.TryGetProperty("themes_missing", out _));

        // The claim comparison: rules, model and combined per source format, same figures.
        var claimRows = TableRows(table.Stdout, "Claims of this run by extractor");
        var claims = root.GetProperty("claims_by_extractor").EnumerateArray().ToList();
        Assert.NotEmpty(claimRows);
        Assert.Equal(claimRows.Count, claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            string[] expected = [c.GetProperty("variant").GetString()!, .. new[] { "rules", "model", "combined" }.SelectMany(e => new[] { F(c.GetProperty(e), "precision"), F(c.GetProperty(e), "recall"), F(c.GetProperty(e), "f1") })];
            Assert.Equal(expected, claimRows[i]);
        }

        // The combined claims are the run's claims, as the first table scores them.
        var txt = claims.Single(c => c.GetProperty("variant").GetString() == ".txt");
        Assert.Equal(group.GetProperty("claims").GetProperty("f1").GetDouble(), txt.GetProperty("combined").GetProperty("f1").GetDouble());
        Assert.True(txt.GetProperty("rules").GetProperty("matched").GetInt32() > 0);

        // The model alone: the classifier over the run's sentences, which finds some gold claims by itself.
        Assert.True(txt.GetProperty("model").GetProperty("matched").GetInt32() > 0);
        Assert.Contains("model from ", table.Stdout, StringComparison.Ordinal);

        // The model cards' cross-validated figures, as the cards hold them.
        var cv = root.GetProperty("cross_validated");
        using var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "models", "themes.json")));
        Assert.Equal(
            card.RootElement.GetProperty("cross_validation").GetProperty("combined").GetProperty("micro_f1").GetDouble(),
            cv.GetProperty("themes").GetProperty("combined").GetProperty("micro_f1").GetDouble());
        Assert.True(cv.GetProperty("claims").GetProperty("rules").GetProperty("f1").GetDouble() > 0);
    }

    [Fact]
    public async Task Eval_scores_each_gold_folder_by_half_and_every_labelled_document_whatever_council_the_run_found()
    {
        using var temp = new TempDirectory();
        var real = Path.Combine(RepoPaths.Root, "corpus", "real");
        Assert.Equal(0, (await CliRunner.RunAsync("run", Path.Combine(real, "docs"), "--out", temp.Path)).ExitCode);

        var json = await CliRunner.RunAsync("eval", "--gold", Path.Combine(RepoPaths.Root, "corpus", "gold"), "--gold", Path.Combine(real, "gold"),
            "--halves", Path.Combine(real, "halves.tsv"), "--out", temp.Path, "--json");
        var table = await CliRunner.RunAsync("eval", "--gold", Path.Combine(real, "gold"), "--halves", Path.Combine(real, "halves.tsv"), "--out", temp.Path);

        Assert.True(json.ExitCode == 0, json.ToString());
        using var report = JsonDocument.Parse(json.Stdout);
        var groups = report.RootElement.GetProperty("groups").EnumerateArray().ToList();

        // The seed gold has no document in this run; the real gold is scored once per half, and the two
        // halves together hold every gold metric and claim, found or not, council known or not.
        Assert.Equal(["tune", "check"], groups.Select(g => g.GetProperty("half").GetString()));
        Assert.All(groups, g => Assert.Equal(Path.Combine(real, "gold"), g.GetProperty("gold").GetString()));
        var goldMetrics = File.ReadLines(Path.Combine(real, "gold", "metrics.jsonl")).Count(l => l.Length > 0);
        var goldClaims = File.ReadLines(Path.Combine(real, "gold", "claims.jsonl")).Count(l => l.Length > 0);
        Assert.Equal(goldMetrics, groups.Sum(g => g.GetProperty("metrics").GetProperty("gold").GetInt32()));
        Assert.Equal(goldClaims, groups.Sum(g => g.GetProperty("claims").GetProperty("gold").GetInt32()));
        Assert.All(groups, g => Assert.True(g.GetProperty("metrics").GetProperty("matched").GetInt32() > 0));
        Assert.Contains("(check) .txt |", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("(tune) .txt |", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_json_of_a_run_without_themes_says_which_file_is_missing_and_without_cards_has_no_cross_validated_figures()
    {
        using var temp = new TempDirectory();
        var gold = Path.Combine(RepoPaths.Root, "corpus", "gold");
        Assert.Equal(0, (await CliRunner.RunAsync("run", RepoPaths.Seed("000"), "--out", temp.Path)).ExitCode);
        File.Delete(temp.File("themes.jsonl"));

        var json = await CliRunner.RunAsync("eval", "--gold", gold, "--out", temp.Path, "--docs", RepoPaths.Seeds, "--models", temp.Path, "--json");

        Assert.True(json.ExitCode == 0, json.ToString());
        using var report = JsonDocument.Parse(json.Stdout);
        Assert.Equal(0, report.RootElement.GetProperty("themes").GetArrayLength());
        Assert.Equal(temp.File("themes.jsonl"), report.RootElement.GetProperty("themes_missing").GetString());
        Assert.True(report.RootElement.GetProperty("claims_by_extractor").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("cross_validated").ValueKind);
    }

    [Fact]
    public async Task A_broken_line_in_a_run_output_is_one_line_naming_the_file_and_line()
    {
        using var temp = new TempDirectory();
        var gold = Path.Combine(RepoPaths.Root, "corpus", "gold");
        Assert.Equal(0, (await CliRunner.RunAsync("run", RepoPaths.Seed("000"), "--out", temp.Path)).ExitCode);
        var lines = File.ReadAllLines(temp.File("claims.jsonl")).Length;
        File.AppendAllText(temp.File("claims.jsonl"), "{\"doc\": broken\n");

        var eval = await CliRunner.RunAsync("eval", "--gold", gold, "--out", temp.Path, "--docs", RepoPaths.Seeds, "--models", temp.Path);

        Assert.True(eval.ExitCode == 2, eval.ToString());
        var line = Assert.Single(eval.ErrorLines);
        Assert.StartsWith(temp.File("claims.jsonl") + "(" + (lines + 1).ToString(CultureInfo.InvariantCulture) + "): error PM1012: the line is not valid JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_model_that_cannot_be_loaded_is_one_warning_and_the_built_in_model_is_scored()
    {
        using var temp = new TempDirectory();
        var gold = Path.Combine(RepoPaths.Root, "corpus", "gold");
        var output = temp.File("out");
        Assert.Equal(0, (await CliRunner.RunAsync("run", RepoPaths.Seed("000"), "--out", output)).ExitCode);
        var models = temp.File("models");
        Directory.CreateDirectory(models);
        File.WriteAllText(Path.Combine(models, "claims.zip"), "not a zip");

        var eval = await CliRunner.RunAsync("eval", "--gold", gold, "--out", output, "--docs", RepoPaths.Seeds, "--models", models);

        Assert.True(eval.ExitCode == 0, eval.ToString());
        var line = Assert.Single(eval.ErrorLines);
        Assert.StartsWith(Path.Combine(models, "claims.zip") + ": warning PM3003: cannot load the claim model", line, StringComparison.Ordinal);
        Assert.Contains("model from built-in", eval.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scoring_a_claim_model_other_than_the_runs_is_one_warning_naming_both()
    {
        using var temp = new TempDirectory();
        var gold = Path.Combine(RepoPaths.Root, "corpus", "gold");
        var output = temp.File("out");
        var run = await CliRunner.RunAsync("run", RepoPaths.Seed("000"), "--out", output, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using (var summary = JsonDocument.Parse(run.Stdout))
        {
            Assert.Contains(summary.RootElement.GetProperty("outputs").EnumerateArray(), o => o.GetString()!.EndsWith("models-used.json", StringComparison.Ordinal));
        }

        // The same model, its zip entries written in another order: other bytes, so another hash.
        var models = temp.File("models");
        Directory.CreateDirectory(models);
        using (var source = ZipFile.OpenRead(Path.Combine(RepoPaths.Root, "models", "claims.zip")))
        using (var target = ZipFile.Open(Path.Combine(models, "claims.zip"), ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries.Reverse())
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }

        var same = await CliRunner.RunAsync("eval", "--gold", gold, "--out", output, "--docs", RepoPaths.Seeds, "--models", Path.Combine(RepoPaths.Root, "models"));
        var other = await CliRunner.RunAsync("eval", "--gold", gold, "--out", output, "--docs", RepoPaths.Seeds, "--models", models);

        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Empty(same.ErrorLines);
        Assert.True(other.ExitCode == 0, other.ToString());
        var line = Assert.Single(other.ErrorLines);
        Assert.StartsWith(Path.Combine(output, "models-used.json") + ": warning PM3004: the run used the claim model ", line, StringComparison.Ordinal);
        Assert.Contains("eval scores " + Path.Combine(models, "claims.zip"), line, StringComparison.Ordinal);
    }

    /// <summary>The cells of the Markdown table printed after the line starting with <paramref name="caption"/>.</summary>
    private static List<string[]> TableRows(string text, string caption)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith(caption, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no '{caption}' in:\n{text}");
        return [.. lines.Skip(start + 1)
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))
            .Skip(2)
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())];
    }

    private static string F(JsonElement element, string name) => element.GetProperty(name).GetDouble().ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
