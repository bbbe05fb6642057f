using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary><c>export</c> through CliApp.RunAsync: chosen formats and tables only, usage errors as one line.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_writes_only_the_chosen_formats_and_tables()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("export", RepoPaths.Seeds, "--format", "csv,sqlite", "--what", "metrics", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stderr);
        var files = Directory.EnumerateFiles(Path.Combine(temp.Path, "export")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["metrics.csv", "profileminer.sqlite"], files);
        Assert.Contains("export", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Min_confidence_leaves_out_the_lower_bands_and_the_default_keeps_every_figure()
    {
        using var all = new TempDirectory();
        using var some = new TempDirectory();

        var every = await CliRunner.RunAsync("export", RepoPaths.Seed("002"), "--format", "jsonl", "--what", "metrics", "--out", all.Path);
        var kept = await CliRunner.RunAsync("export", RepoPaths.Seed("002"), "--format", "jsonl", "--what", "metrics", "--min-confidence", "0.6", "--out", some.Path);

        Assert.True(every.ExitCode == 0, every.ToString());
        Assert.True(kept.ExitCode == 0, kept.ToString());
        static List<double> Confidences(string folder) => [.. File.ReadLines(Path.Combine(folder, "export", "metrics.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("confidence").GetDouble())];
        var before = Confidences(all.Path);
        var after = Confidences(some.Path);
        Assert.Contains(before, c => c < 0.6);
        Assert.Equal(before.Count(c => c >= 0.6), after.Count);
        Assert.All(after, c => Assert.True(c >= 0.6));
    }

    [Theory]
    [InlineData("export")]
    [InlineData("report")]
    public async Task A_min_confidence_outside_0_to_1_is_one_usage_error(string command)
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync(command, RepoPaths.Seed("002"), "--min-confidence", "1.5", "--out", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--min-confidence must be between 0 and 1", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_help_lists_its_options()
    {
        var run = await CliRunner.RunAsync("export", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--format", "--what", "--out", "csv, jsonl, parquet, sqlite, qdpx", "Exit codes" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--format", "xlsx", "Unknown export format 'xlsx'")]
    [InlineData("--what", "rows", "Unknown table 'rows'")]
    public async Task An_unknown_format_or_table_is_one_usage_error(string option, string value, string message)
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("export", RepoPaths.Seeds, option, value, "--out", temp.Path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.StartsWith("profileminer: error PM0003:", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "export")));
    }
}
