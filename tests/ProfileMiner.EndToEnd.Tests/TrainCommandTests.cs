using System.Text.Json;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary><c>train</c>'s options that are refused before any training starts, and <c>--only</c>.</summary>
public sealed class TrainCommandTests
{
    [Fact]
    public async Task An_unknown_hold_out_is_one_line_naming_the_choices()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("train", "--hold-out", "documents", "--no-save", "--models", temp.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("'documents'", line, StringComparison.Ordinal);
        Assert.Contains("'section', 'document'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Help_names_the_hold_out_choices()
    {
        var help = await CliRunner.RunAsync("train", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--hold-out", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("document", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gold_folder_without_claims_is_one_line_naming_the_file_and_only_themes()
    {
        using var gold = ThemesOnlyGold();
        using var models = new TempDirectory();

        var run = await CliRunner.RunAsync("train", "--gold", gold.Path, "--docs", RepoPaths.Seeds, "--models", models.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("claims.jsonl", line, StringComparison.Ordinal);
        Assert.Contains("--only themes", line, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(models.Path));
    }

    [Fact]
    public async Task Only_themes_trains_and_saves_the_theme_model_alone()
    {
        using var gold = ThemesOnlyGold();
        using var labels = new TempDirectory();
        using var models = new TempDirectory();
        var claimsZip = Path.Combine(models.Path, "claims.zip");
        File.WriteAllText(claimsZip, "left as it is");

        // Two label rows of a real document are scored beside the gold; their text is not in it, which is one warning.
        labels.Write("mine.themes.jsonl",
            "{\"doc\": \"001_791e1c115867365e.txt\", \"council\": \"Bury\", \"text\": \"Day centres reopened after the refurbishment.\", \"themes\": [\"care_market\"]}\n" +
            "{\"doc\": \"001_791e1c115867365e.txt\", \"council\": \"Bury\", \"text\": \"Carers' breaks were booked online.\", \"themes\": [\"carers\"]}\n");

        var run = await CliRunner.RunAsync("train", "--only", "themes", "--gold", gold.Path, "--labels", labels.Path, "--docs", RepoPaths.Seeds, "--no-real", "--models", models.Path, "--folds", "2", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var themes = report.RootElement.GetProperty("themes");
        Assert.Equal(401, themes.GetProperty("combined").GetProperty("passages").GetInt32());
        Assert.Equal(399, themes.GetProperty("scored_by_source").GetProperty("themes.jsonl").GetInt32());
        Assert.Equal(2, themes.GetProperty("scored_by_source").GetProperty("mine.themes.jsonl").GetInt32());
        using (var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(models.Path, "themes.json"))))
        {
            Assert.Equal(2, card.RootElement.GetProperty("cross_validation").GetProperty("scored_by_source").GetProperty("mine.themes.jsonl").GetInt32());
        }

        Assert.Equal("mine.themes.jsonl(1): warning PM3006: the text of 2 theme labels was not found in the documents they name (lines 1, 2); they are trained on without their context", Assert.Single(run.ErrorLines));
        Assert.True(themes.GetProperty("combined").GetProperty("micro").GetProperty("f1").GetDouble() > 0.5);
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("claims").ValueKind);
        Assert.Equal(0, report.RootElement.GetProperty("claim_examples").GetInt32());
        Assert.Equal(["claims.zip", "themes.json", "themes.zip"], Directory.EnumerateFiles(models.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("left as it is", File.ReadAllText(claimsZip));
        var store = new ProfileMiner.Extract.Models.ModelStore(models.Path, useEmbedded: false);
        Assert.NotNull(store.Themes);
        Assert.Equal(Path.Combine(models.Path, "themes.zip"), store.Locate("themes.zip"));

        // The table's heading line says where the scored passages came from.
        var table = await CliRunner.RunAsync("train", "--only", "themes", "--no-save", "--gold", gold.Path, "--labels", labels.Path, "--docs", RepoPaths.Seeds, "--no-real", "--folds", "2");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("401 passages scored (2 of mine.themes.jsonl, 399 of themes.jsonl).", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_claims_needs_no_theme_labels()
    {
        using var gold = new TempDirectory();
        foreach (var file in new[] { "claims.jsonl", "coverage.jsonl" })
        {
            File.Copy(Path.Combine(RepoPaths.Root, "corpus", "gold", file), Path.Combine(gold.Path, file));
        }

        using var labels = new TempDirectory();

        var run = await CliRunner.RunAsync("train", "--only", "claims", "--gold", gold.Path, "--labels", labels.Path, "--docs", RepoPaths.Seeds, "--no-real", "--folds", "2", "--no-save", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("themes").ValueKind);
        Assert.True(report.RootElement.GetProperty("claims").GetProperty("combined").GetProperty("f1").GetDouble() > 0.5);
        Assert.Empty(report.RootElement.GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_only_is_one_line_naming_the_choices()
    {
        var run = await CliRunner.RunAsync("train", "--only", "metrics", "--no-save");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("'themes', 'claims'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learning_curve_prints_one_row_a_share_and_saves_nothing()
    {
        using var gold = ThemesOnlyGold();
        using var labels = new TempDirectory();
        using var models = new TempDirectory();

        var run = await CliRunner.RunAsync("train", "--learning-curve", "--gold", gold.Path, "--labels", labels.Path, "--docs", RepoPaths.Seeds, "--no-real", "--models", models.Path, "--folds", "2", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var curve = report.RootElement.GetProperty("learning_curve").EnumerateArray().ToList();
        Assert.Equal([0, 0.25, 0.5, 0.75, 1], curve.Select(p => p.GetProperty("share").GetDouble()));
        Assert.All(curve, p => Assert.InRange(p.GetProperty("blend_micro_f1").GetDouble(), 0.5, 1));
        Assert.True(curve[^1].GetProperty("passages").GetDouble() > curve[1].GetProperty("passages").GetDouble());
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("themes").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("claims").ValueKind);
        Assert.Empty(Directory.EnumerateFileSystemEntries(models.Path));
    }

    [Fact]
    public async Task A_learning_curve_of_the_claim_model_is_refused()
    {
        var run = await CliRunner.RunAsync("train", "--learning-curve", "--only", "claims");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--learning-curve", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    // A gold folder with the theme labels alone, as a user with passages of their own labels would have.
    private static TempDirectory ThemesOnlyGold()
    {
        var gold = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Root, "corpus", "gold", "themes.jsonl"), Path.Combine(gold.Path, "themes.jsonl"));
        return gold;
    }
}
