using System.Text.Json;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>
/// A run over unchanged inputs: nothing read or written again when nothing changed; one changed file
/// re-extracts that file only; and what comes from the caches is byte for byte what a fresh run writes.
/// </summary>
public sealed class RunReplayTests
{
    private static readonly string[] s_outputs = ["documents.jsonl", "passages.jsonl", "metrics.jsonl", "claims.jsonl", "themes.jsonl", "export/metrics.csv", "export/claims.csv", "report/themes.md"];

    private static string CopySeeds(TempDirectory temp)
    {
        var input = temp.File("in");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        return input;
    }

    [Fact]
    public async Task A_second_run_with_nothing_changed_writes_nothing_and_says_so()
    {
        using var temp = new TempDirectory();
        var input = CopySeeds(temp);
        var output = temp.File("out");
        var first = await CliRunner.RunAsync("run", input, "--out", output);
        Assert.True(first.ExitCode == 0, first.ToString());
        var written = s_outputs.ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(output, f)));

        var second = await CliRunner.RunAsync("run", input, "--out", output);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith("5 documents (5 unchanged)", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("nothing changed since the last run", second.Stdout, StringComparison.Ordinal);

        // Both runs end by saying what to open and how to search.
        Assert.All(new[] { first, second }, r => Assert.Contains(r.OutputLines, l => l.StartsWith("  open ", StringComparison.Ordinal) && l.Contains("themes.html", StringComparison.Ordinal)));
        Assert.All(new[] { first, second }, r => Assert.Contains(r.OutputLines, l => l.StartsWith("  profileminer search ", StringComparison.Ordinal)));
        Assert.All(s_outputs, f => Assert.Equal(written[f], File.GetLastWriteTimeUtc(Path.Combine(output, f))));
    }

    [Fact]
    public async Task A_changed_input_or_a_touched_output_runs_again()
    {
        using var temp = new TempDirectory();
        var input = CopySeeds(temp);
        var output = temp.File("out");
        Assert.Equal(0, (await CliRunner.RunAsync("run", input, "--out", output)).ExitCode);

        File.AppendAllText(Directory.EnumerateFiles(input).Order(StringComparer.Ordinal).First(), "\nThe proportion of carers who are satisfied rose to 41% in 2023/24.\n");
        var changed = await CliRunner.RunAsync("run", input, "--out", output);
        Assert.StartsWith("5 documents (4 unchanged)", changed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing changed", changed.Stdout, StringComparison.Ordinal);
        Assert.Contains(File.ReadLines(Path.Combine(output, "metrics.jsonl")), l => l.Contains("\"text\":\"41%\"", StringComparison.Ordinal) && l.Contains("satisfied rose to 41%", StringComparison.Ordinal));

        File.Delete(Path.Combine(output, "report", "themes.md"));
        var repaired = await CliRunner.RunAsync("run", input, "--out", output);
        Assert.DoesNotContain("nothing changed", repaired.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "report", "themes.md")));
    }

    [Fact]
    public async Task One_changed_file_is_extracted_again_and_the_others_come_from_the_cache()
    {
        using var temp = new TempDirectory();
        var input = CopySeeds(temp);
        var output = temp.File("out");
        Assert.Equal(0, (await CliRunner.RunAsync("run", input, "--out", output)).ExitCode);
        var entries = Directory.GetFiles(Path.Combine(output, ".cache", "extract")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(5, entries.Count);

        File.AppendAllText(Directory.EnumerateFiles(input).Order(StringComparer.Ordinal).Last(), "\nCarers' assessments rose by 12%.\n");
        Assert.Equal(0, (await CliRunner.RunAsync("run", input, "--out", output)).ExitCode);

        var added = Directory.GetFiles(Path.Combine(output, ".cache", "extract")).Where(f => !entries.Contains(f)).ToList();
        Assert.Single(added);
    }

    [Fact]
    public async Task What_the_caches_give_is_byte_for_byte_what_a_fresh_run_writes()
    {
        using var temp = new TempDirectory();
        var input = CopySeeds(temp);
        var cached = temp.File("cached");
        var fresh = temp.File("fresh");
        Assert.Equal(0, (await CliRunner.RunAsync("run", input, "--out", cached)).ExitCode);

        // Outputs gone, caches kept: everything is made again from the cached parses and extractions.
        foreach (var f in s_outputs)
        {
            File.Delete(Path.Combine(cached, f));
        }

        var again = await CliRunner.RunAsync("run", input, "--out", cached, "--json");
        Assert.Equal(5, JsonDocument.Parse(again.Stdout).RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, (await CliRunner.RunAsync("run", input, "--out", fresh, "--no-cache")).ExitCode);

        Assert.All(s_outputs, f => Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, f)), File.ReadAllBytes(Path.Combine(cached, f))));
    }
}
