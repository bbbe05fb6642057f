using System.Diagnostics;
using ProfileMiner.Output;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>
/// The run as one transaction, with real child processes: <c>kill -9</c> at several moments of a run
/// leaves <c>out/</c> wholly the previous run's or wholly the new one's; a second run on the same
/// <c>--out</c> is refused in one line, or waits with <c>--wait</c>; SIGTERM says truthfully what was
/// left; diagnostics reach a redirected stderr while the run goes on.
/// </summary>
public sealed class RunTransactionTests
{
    private static readonly TimeSpan s_runLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Killing_a_run_at_any_of_several_moments_leaves_out_wholly_old_or_wholly_new()
    {
        using var temp = new TempDirectory();
        var (oldInputs, newInputs) = Inputs(temp);
        var output = temp.File("out");
        var first = await ChildCli.RunAsync(temp.Path, "run", oldInputs, "--out", output);
        Assert.True(first.ExitCode == 0, first.ToString());
        var oldId = GenerationCheck.AssertWhole(output);
        var oldDocuments = Documents(output);

        // Moments of a run, seen from outside: each is where a reader could catch a half-made out/.
        var moments = new (string Name, Func<bool> Reached)[]
        {
            ("0.5 s in", () => false),
            ("build folder made", () => Build(output) is not null),
            ("JSON Lines written", () => Build(output) is { } b && File.Exists(Path.Combine(b, "themes.jsonl"))),
            ("index built", () => Build(output) is { } b && Directory.Exists(Path.Combine(b, "index")) && File.Exists(Path.Combine(b, "index", "index.json"))),
            ("digest written", () => Build(output) is { } b && File.Exists(Path.Combine(b, "report", "themes.md"))),
            ("exports written", () => Build(output) is { } b && File.Exists(Path.Combine(b, "export", "profileminer.qdpx"))),
            ("generation named", () => Directory.EnumerateDirectories(Path.Combine(output, ".generations"), "g-*").Count() > 1),
            ("swapped", () => OutputGeneration.CurrentFolder(output) is { } c && Path.GetFileName(c) != oldId),
        };
        var seen = new List<string>();
        foreach (var (name, reached) in moments)
        {
            var clock = Stopwatch.StartNew();
            using var process = ChildCli.Start(temp.Path, "run", newInputs, "--out", output, "--no-cache");
            while (!process.HasExited && !(name == "0.5 s in" ? clock.Elapsed > TimeSpan.FromSeconds(0.5) : reached()) && clock.Elapsed < s_runLimit)
            {
                await Task.Delay(1);
            }

            var killed = !process.HasExited;
            if (killed)
            {
                process.Kill(); // SIGKILL: no handler runs
            }

            await process.WaitForExitAsync();
            var id = GenerationCheck.AssertWhole(output);
            var documents = Documents(output);
            Assert.True(documents.SequenceEqual(oldDocuments) || documents.SequenceEqual(Documents(newInputs)), $"{name}: {string.Join(", ", documents)}");
            Assert.Equal(id == oldId ? oldDocuments : Documents(newInputs), documents);
            seen.Add($"{name}: {(killed ? "killed" : "finished first")}, out/ shows the {(id == oldId ? "old" : "new")} generation");
        }

        // Most moments must have been caught with the run still going, or the test proves little.
        Assert.True(seen.Count(s => s.Contains("killed", StringComparison.Ordinal)) >= 5, string.Join(Environment.NewLine, seen));

        // A run after all that finds what the kills left, finishes, and leaves one generation.
        var last = await ChildCli.RunAsync(temp.Path, "run", newInputs, "--out", output);
        Assert.True(last.ExitCode == 0, last.ToString());
        var lastId = GenerationCheck.AssertWhole(output);
        Assert.Equal(Documents(newInputs), Documents(output));
        Assert.Equal([lastId], Directory.EnumerateDirectories(Path.Combine(output, ".generations")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_second_run_on_the_same_out_is_refused_in_one_line_or_waits_with_wait()
    {
        using var temp = new TempDirectory();
        var (_, newInputs) = Inputs(temp);
        var output = temp.File("out");

        // The lock is held here, as a run holds it, for as long as the test needs: no race with a run's length.
        Process waited;
        CliRun refused;
        string firstWaitLine;
        using (OutputLock.Acquire(output, wait: false))
        {
            refused = await ChildCli.RunAsync(temp.Path, "run", newInputs, "--out", output);
            waited = ChildCli.Start(temp.Path, "run", newInputs, "--out", output, "--wait");
            firstWaitLine = await waited.StandardError.ReadLineAsync().WaitAsync(s_runLimit) ?? string.Empty;
            Assert.False(waited.HasExited, "the --wait run ended while the lock was held");
        }

        using (waited)
        {
            var waitedStdout = waited.StandardOutput.ReadToEndAsync();
            var waitedStderr = await waited.StandardError.ReadToEndAsync();
            await waited.WaitForExitAsync();

            Assert.True(refused.ExitCode == 2, refused.ToString());
            var line = Assert.Single(refused.ErrorLines);
            Assert.Matches($"^profileminer: error PM6002: another run is writing to '{System.Text.RegularExpressions.Regex.Escape(output)}' \\(process {Environment.ProcessId}, started [0-9-]+ [0-9:]+\\); wait for it with --wait, or give another --out$", line);
            Assert.StartsWith("profileminer: info PM6002: waiting for the run writing to", firstWaitLine, StringComparison.Ordinal);
            Assert.True(waited.ExitCode == 0, waitedStderr);
            _ = await waitedStdout;
        }

        GenerationCheck.AssertWhole(output);
        Assert.Equal(Documents(newInputs), Documents(output));
    }

    [SkippableFact]
    public async Task Sigterm_before_the_swap_says_nothing_was_replaced_and_nothing_was()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGTERM is a POSIX signal");
        using var temp = new TempDirectory();
        var (oldInputs, newInputs) = Inputs(temp);
        var output = temp.File("out");
        Assert.Equal(0, (await ChildCli.RunAsync(temp.Path, "run", oldInputs, "--out", output)).ExitCode);
        var oldId = GenerationCheck.AssertWhole(output);

        using var process = ChildCli.Start(temp.Path, "run", newInputs, "--out", output, "--no-cache");
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (Build(output) is not { } b || !File.Exists(Path.Combine(b, "documents.jsonl")))
        {
            Assert.True(clock.Elapsed < s_runLimit && !process.HasExited, "the run ended before it wrote its JSON Lines");
            await Task.Delay(1);
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        var error = await stderr;
        Assert.Contains($"profileminer: cancelled; nothing in '{output}' was replaced (it holds the previous run's outputs, if any)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no output file was replaced", error, StringComparison.Ordinal);
        Assert.Equal(oldId, GenerationCheck.AssertWhole(output));
    }

    [Fact]
    public async Task Diagnostics_reach_a_redirected_stderr_while_the_run_goes_on()
    {
        using var temp = new TempDirectory();
        var (_, newInputs) = Inputs(temp);
        File.WriteAllBytes(Path.Combine(newInputs, "empty.txt"), []);
        using var process = ChildCli.Start(temp.Path, "run", newInputs, "--out", temp.File("out"), "--no-cache");
        var lines = new List<(TimeSpan At, string Line)>();
        var clock = Stopwatch.StartNew();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lock (lines)
                {
                    lines.Add((clock.Elapsed, line));
                }
            }
        };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var ended = clock.Elapsed;
        await stdout;

        var (at, text) = Assert.Single(lines);
        Assert.Equal("empty.txt: error PM1004: the file is empty (0 bytes); skipped", text);
        Assert.True(at < ended - TimeSpan.FromSeconds(1), $"printed at {at}, the run ended at {ended}");
    }

    private static (string Old, string New) Inputs(TempDirectory temp)
    {
        var seeds = Directory.EnumerateFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal).ToList();
        var old = Directory.CreateDirectory(temp.File("in-old")).FullName;
        var fresh = Directory.CreateDirectory(temp.File("in-new")).FullName;
        foreach (var seed in seeds.Take(2))
        {
            File.Copy(seed, Path.Combine(old, Path.GetFileName(seed)));
        }

        foreach (var seed in seeds.Skip(2))
        {
            File.Copy(seed, Path.Combine(fresh, Path.GetFileName(seed)));
        }

        return (old, fresh);
    }

    private static string? Build(string output)
    {
        var generations = Path.Combine(output, ".generations");
        return Directory.Exists(generations) ? Directory.EnumerateDirectories(generations, ".build-*").FirstOrDefault() : null;
    }

    /// <summary>The documents an output folder's documents.jsonl names, or a folder's input files.</summary>
    private static List<string> Documents(string folder)
    {
        var jsonl = Path.Combine(folder, "documents.jsonl");
        if (File.Exists(jsonl))
        {
            return [.. File.ReadAllLines(jsonl).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()!).Order(StringComparer.Ordinal)];
        }

        return [.. Directory.EnumerateFiles(folder, "*.txt").Select(f => Path.GetFileName(f)).Where(n => n != "empty.txt").Order(StringComparer.Ordinal)];
    }
}
