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
