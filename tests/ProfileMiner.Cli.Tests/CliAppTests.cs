using System.Text.Json;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary>The CLI run in-process through CliApp.RunAsync: exit codes, one-line errors, files written (STYLE.md §6).</summary>
public sealed class CliAppTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_the_exit_codes()
    {
        var run = await CliRunner.RunAsync("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("run", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("ingest", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 success; 1 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 usage or configuration error", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("130 cancelled", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("ingest")]
    public async Task Command_help_lists_its_options_and_the_exit_codes(string command)
    {
        var run = await CliRunner.RunAsync(command, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--out", "--no-cache", "--json", "--verbose", "--strict", "Exit codes" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("ingest")]
    public async Task Running_over_the_seeds_exits_0_and_writes_both_files(string command)
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync(command, RepoPaths.Seeds, "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stderr);
        Assert.Equal(5, File.ReadLines(temp.File("documents.jsonl")).Count());
        Assert.True(new FileInfo(temp.File("passages.jsonl")).Length > 0);
        Assert.StartsWith("5 documents (0 unchanged)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("24 councils", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings, 0 of 5 files skipped", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_path_exits_1_with_one_line_naming_it_and_no_stack_trace()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("no-such-folder");

        var run = await CliRunner.RunAsync("run", missing, "--out", temp.File("out"));

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal(missing + ": error PM1001: no such file or folder; skipped", line);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_a_corrupt_file_exits_1_and_still_writes_the_good_one()
    {
        using var temp = new TempDirectory();
        temp.Write("in/corrupt.txt", [0x00, 0xFF, 0x00, 0x13, 0x37, 0x00]);
        File.Copy(RepoPaths.Seed("004"), temp.File("in/good.txt"));

        var run = await CliRunner.RunAsync("run", temp.File("in"), "--out", temp.File("out"));

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("corrupt.txt: error PM1005: ", line, StringComparison.Ordinal);
        var document = Assert.Single(File.ReadAllLines(temp.File("out/documents.jsonl")));
        using var json = JsonDocument.Parse(document);
        Assert.Equal("good.txt", json.RootElement.GetProperty("file").GetString());
        Assert.Contains("1 of 2 files skipped", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warning_exits_0_unless_strict()
    {
        using var temp = new TempDirectory();
        temp.Write("in/legacy.txt", [.. "# Costs\n\nIt cost "u8, 0xA3, .. "5m.\n"u8]);

        var lenient = await CliRunner.RunAsync("run", temp.File("in"), "--out", temp.File("out"));
        var strict = await CliRunner.RunAsync("run", temp.File("in"), "--out", temp.File("out"), "--strict");

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.StartsWith("legacy.txt: warning PM1006: ", Assert.Single(lenient.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Info_diagnostics_are_printed_only_with_verbose()
    {
        using var temp = new TempDirectory();
        File.Copy(RepoPaths.Seed("002"), temp.File("a.txt"));
        File.Copy(RepoPaths.Seed("002"), temp.File("b.txt"));

        var quiet = await CliRunner.RunAsync("run", temp.File("a.txt"), temp.File("b.txt"), "--out", temp.File("out"));
        var verbose = await CliRunner.RunAsync("run", temp.File("a.txt"), temp.File("b.txt"), "--out", temp.File("out"), "--verbose");

        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Empty(quiet.ErrorLines);
        Assert.Equal("b.txt: info PM2002: near-duplicate of a.txt; processed, shown once", Assert.Single(verbose.ErrorLines));
    }

    [Theory]
    [InlineData("run", "--out")]
    [InlineData("ingest", "--out")]
    public async Task A_usage_error_exits_2_with_one_error_line_naming_help(params string[] args)
    {
        var run = await CliRunner.RunAsync([.. args]);

        Assert.True(run.ExitCode == 2, run.ToString());
        AssertOneUsageError(run, $"profileminer {args[0]} --help");
    }

    [Theory]
    [InlineData("train", "--hold-out", "doc", "Argument 'doc' not recognized. Must be one of: 'section', 'document'")]
    [InlineData("report", "--format", "pdf", "Argument 'pdf' not recognized. Must be one of: 'html', 'md'")]
    public async Task A_value_outside_an_options_choices_is_one_line_listing_them(string command, string option, string value, string message)
    {
        var run = await CliRunner.RunAsync(command, option, value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, AssertOneUsageError(run, $"profileminer {command} --help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_exits_2_and_is_named()
    {
        var run = await CliRunner.RunAsync("frobnicate");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.StartsWith("profileminer: error PM0003: ", StringComparison.Ordinal) && l.Contains("'frobnicate'", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_gives_one_error_line()
    {
        AssertOneUsageError(await CliRunner.RunAsync("frobnicate"));
    }

    [Fact]
    public async Task An_unknown_option_exits_2_with_one_line_naming_it_and_writes_nothing()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("run", RepoPaths.Seeds, "--out", temp.Path, "--bogus");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--bogus", AssertOneUsageError(run, "profileminer run --help"), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("documents.jsonl")));
    }

    [Fact]
    public async Task Json_prints_one_json_object_with_the_summary()
    {
        var run = await SeedsRun.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.OutputLines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(5, root.GetProperty("documents").GetInt32());
        Assert.Equal(5, root.GetProperty("files").GetInt32());
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(24, root.GetProperty("councils").GetInt32());
        Assert.Equal(27, root.GetProperty("sections").GetInt32());
        // The five JSON Lines files, then whatever the whole-corpus stages (index, report, export) wrote.
        var outputs = root.GetProperty("outputs").EnumerateArray().Select(o => Path.GetFileName(o.GetString()!)).ToList();
        Assert.Equal(["documents.jsonl", "passages.jsonl", "metrics.jsonl", "claims.jsonl", "themes.jsonl"], outputs.Take(5));
        Assert.Contains("themes.html", outputs);
        Assert.Contains("index", outputs);
        Assert.True(root.TryGetProperty("seconds", out _));
        Assert.True(root.TryGetProperty("unchanged", out _));
    }

    [Fact]
    public async Task A_second_run_reports_unchanged_files_and_no_cache_parses_again()
    {
        // The first run's caches and record, as it left them in its folder.
        using var temp = new TempDirectory();
        await SeedsRun.SeedCachesAsync(temp.Path);

        var cached = await CliRunner.RunAsync("run", RepoPaths.Seeds, "--out", temp.Path, "--json");
        var noCache = await CliRunner.RunAsync("run", RepoPaths.Seeds, "--out", temp.Path, "--json", "--no-cache");

        Assert.Equal(5, Unchanged(cached));
        Assert.Equal(0, Unchanged(noCache));
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_exits_2_with_one_line()
    {
        using var temp = new TempDirectory();
        var blocker = temp.Write("blocker", "a file, not a folder");

        var run = await CliRunner.RunAsync("run", RepoPaths.Seeds, "--out", Path.Combine(blocker, "out"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("profileminer: error PM6001: cannot write to the output folder", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static string AssertOneUsageError(CliRun run, string help = "profileminer --help")
    {
        var error = Assert.Single(run.ErrorLines, l => l.Contains("error", StringComparison.Ordinal));
        Assert.StartsWith("profileminer: error PM0003: ", error, StringComparison.Ordinal);
        Assert.Equal([error], run.ErrorLines);
        Assert.EndsWith($"(see '{help}')", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        return error;
    }

    private static int Unchanged(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        return json.RootElement.GetProperty("unchanged").GetInt32();
    }

    [Fact]
    public async Task Eval_without_a_gold_folder_exits_2_with_one_line()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("eval", "--gold", temp.File("missing"), "--out", temp.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no gold folder", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_scores_a_run_as_a_table_and_as_json()
    {
        using var temp = new TempDirectory();
        var gold = Path.Combine(RepoPaths.Root, "corpus", "gold");
        Assert.Equal(0, (await CliRunner.RunAsync("run", Path.Combine(RepoPaths.Seeds, "000_18d39ee8c6ee3a66.txt"), "--out", temp.Path)).ExitCode);

        var table = await CliRunner.RunAsync("eval", "--gold", gold, "--out", temp.Path, "--docs", RepoPaths.Seeds);
        var json = await CliRunner.RunAsync("eval", "--gold", gold, "--out", temp.Path, "--docs", RepoPaths.Seeds, "--json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("| .txt |", table.Stdout, StringComparison.Ordinal);
        using var report = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var metrics = report.RootElement.GetProperty("groups")[0].GetProperty("metrics");
        Assert.True(metrics.GetProperty("gold").GetInt32() > 0);
        Assert.True(metrics.GetProperty("matched").GetInt32() > 0);
    }

    [Fact]
    public async Task Ingest_writes_documents_and_passages_only()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("ingest", Path.Combine(RepoPaths.Seeds, "000_18d39ee8c6ee3a66.txt"), "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(temp.File("passages.jsonl")));
        Assert.False(File.Exists(temp.File("metrics.jsonl")));
    }
}

