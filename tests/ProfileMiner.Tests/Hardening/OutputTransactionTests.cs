using ProfileMiner.Diagnostics;
using ProfileMiner.Output;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;
using PmPipeline = ProfileMiner.Pipeline.Pipeline;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// A run is one transaction: its outputs are built in a new generation and swapped in whole, so the
/// output folder shows either the previous run's outputs or this run's, never a mix; the folder is
/// locked while a run writes it. (Killing a real run at several points: the CLI tests.)
/// </summary>
public sealed class OutputTransactionTests
{
    [Fact]
    public async Task A_run_swaps_in_one_generation_whose_manifest_names_every_output()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# Lancashire County Council\n\nLancashire County Council spent £5m.\n");

        var result = await PmPipeline.CreateDefault().RunAsync([temp.File("in")], temp.File("out"));

        Assert.NotNull(result.Generation);
        Assert.Equal(Path.Combine(".generations", result.Generation), new FileInfo(temp.File("out/.current")).LinkTarget);
        Assert.Equal(Path.Combine(".current", "documents.jsonl"), new FileInfo(temp.File("out/documents.jsonl")).LinkTarget);
        AssertWhole(temp.File("out"), result.Generation);
        Assert.Equal([temp.File("out/documents.jsonl"), temp.File("out/passages.jsonl")], result.Outputs.ToArray());
    }

    [Fact]
    public async Task A_second_run_replaces_the_first_whole_and_removes_it()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# Lancashire County Council\n\nFirst run.\n");
        var pipeline = PmPipeline.CreateDefault();
        var first = await pipeline.RunAsync([temp.File("in")], temp.File("out"));
        temp.Write("in/a.txt", "# Lancashire County Council\n\nSecond run.\n");

        var second = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        Assert.NotEqual(first.Generation, second.Generation);
        AssertWhole(temp.File("out"), second.Generation!);
        Assert.Contains("Second run.", File.ReadAllText(temp.File("out/passages.jsonl")), StringComparison.Ordinal);
        Assert.Equal([second.Generation], Directory.GetDirectories(temp.File("out/.generations")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_run_cancelled_before_its_swap_leaves_the_previous_outputs_whole()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# Lancashire County Council\n\nFirst run.\n");
        var pipeline = PmPipeline.CreateDefault();
        var first = await pipeline.RunAsync([temp.File("in")], temp.File("out"));
        temp.Write("in/a.txt", "# Lancashire County Council\n\nSecond run.\n");
        using var cancel = new CancellationTokenSource();

        // Cancelled while writing, after the new JSON Lines files exist in the new generation.
        var progress = new Progress(p =>
        {
            if (p.Stage == "swap")
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync([temp.File("in")], temp.File("out"), progress, cancel.Token));

        AssertWhole(temp.File("out"), first.Generation!);
        Assert.Contains("First run.", File.ReadAllText(temp.File("out/passages.jsonl")), StringComparison.Ordinal);
        Assert.Equal([first.Generation], Directory.GetDirectories(temp.File("out/.generations")).Select(Path.GetFileName));
        Assert.False(OutputLock.IsHeld(temp.File("out")));
    }

    [Fact]
    public async Task Outputs_written_before_generations_become_the_first_and_other_files_are_left_alone()
    {
        using var temp = new TempDirectory();
        temp.Write("out/documents.jsonl", "{\"old\":true}\n");
        temp.Write("out/index/segments_1", "old index");
        temp.Write("out/notes.txt", "the user's own notes");
        temp.Write("out/saved-searches.json", "[]");
        temp.Write("in/a.txt", "# Lancashire County Council\n\nNew run.\n");
        var builder = new PipelineBuilder();

        var result = await builder.Build().RunAsync([temp.File("in")], temp.File("out"));

        AssertWhole(temp.File("out"), result.Generation!);
        Assert.Contains("New run.", File.ReadAllText(temp.File("out/passages.jsonl")), StringComparison.Ordinal);
        // "ingest" writes no index: the old one is carried over into the new generation, as a run kept it before.
        Assert.Equal("old index", File.ReadAllText(temp.File("out/index/segments_1")));
        Assert.Equal("the user's own notes", File.ReadAllText(temp.File("out/notes.txt")));
        Assert.Null(new FileInfo(temp.File("out/notes.txt")).LinkTarget);
        Assert.Null(new FileInfo(temp.File("out/saved-searches.json")).LinkTarget);
    }

    [Fact]
    public async Task Without_symbolic_links_the_outputs_are_moved_in_and_a_stopped_move_is_finished_next_time()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# Lancashire County Council\n\nFirst run.\n");
        OutputGeneration.ForceMoves = true;
        try
        {
            var pipeline = new PipelineBuilder().Build();
            var first = await pipeline.RunAsync([temp.File("in")], temp.File("out"));
            Assert.Null(new FileInfo(temp.File("out/documents.jsonl")).LinkTarget);
            AssertWhole(temp.File("out"), first.Generation!);

            // A generation whose journal was written but whose moves never ran: the next run finishes them.
            var stopped = Path.Combine(temp.File("out/.generations"), "g-stopped");
            Directory.CreateDirectory(stopped);
            File.WriteAllText(Path.Combine(stopped, "documents.jsonl"), "{\"stopped\":true}\n");
            File.WriteAllText(temp.File("out/.commit"), "g-stopped");
            temp.Write("in/a.txt", "# Lancashire County Council\n\nSecond run.\n");

            var second = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

            AssertWhole(temp.File("out"), second.Generation!);
            Assert.False(File.Exists(temp.File("out/.commit")));
            Assert.Contains("Second run.", File.ReadAllText(temp.File("out/passages.jsonl")), StringComparison.Ordinal);
        }
        finally
        {
            OutputGeneration.ForceMoves = false;
        }
    }

    [Fact]
    public void A_second_lock_is_refused_in_one_line_naming_the_holder_or_waits_for_it()
    {
        using var temp = new TempDirectory();
        using (OutputLock.Acquire(temp.Path, wait: false))
        {
            var refused = Assert.Throws<ProfileMinerException>(() => OutputLock.Acquire(temp.Path, wait: false));
            var line = Assert.Single(refused.Diagnostics).ToString();
            Assert.StartsWith($"profileminer: error PM6002: another run is writing to '{temp.Path}' (process {Environment.ProcessId}, started ", line, StringComparison.Ordinal);
            Assert.EndsWith(")", line, StringComparison.Ordinal);
            Assert.DoesNotContain("--", line, StringComparison.Ordinal);
            Assert.True(OutputLock.IsHeld(temp.Path));
        }

        Assert.False(OutputLock.IsHeld(temp.Path));
    }

    [Fact]
    public async Task A_waiting_lock_is_taken_when_the_holder_lets_go()
    {
        using var temp = new TempDirectory();
        var first = OutputLock.Acquire(temp.Path, wait: false);
        var told = new List<string>();
        var waiting = Task.Run(() => OutputLock.Acquire(temp.Path, wait: true, told.Add));
        await Task.Delay(600);
        Assert.False(waiting.IsCompleted);

        first.Dispose();
        using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith($"waiting for the run writing to '{temp.Path}' (process {Environment.ProcessId}", Assert.Single(told), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runs_on_one_folder_at_once_do_not_mix_the_second_is_refused()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# Lancashire County Council\n\nA run.\n");
        using (OutputLock.Acquire(temp.File("out"), wait: false))
        {
            var refused = await Assert.ThrowsAsync<ProfileMinerException>(() => PmPipeline.CreateDefault().RunAsync([temp.File("in")], temp.File("out")));
            Assert.Equal(DiagnosticCodes.OutputLocked, Assert.Single(refused.Diagnostics).Code);
        }

        Assert.False(File.Exists(temp.File("out/documents.jsonl")));
    }

    internal static void AssertWhole(string outputFolder, string id) =>
        Assert.Equal(id, GenerationCheck.AssertWhole(outputFolder, "notes.txt"));

    private sealed class Progress(Action<PipelineProgress> action) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => action(value);
    }
}
