using System.Collections.Concurrent;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// A run is bounded per file: a file that takes longer than the limit is skipped with one line and
/// the run goes on; the file being read is named while it takes long; diagnostics are reported as
/// files are read, not only at the end.
/// </summary>
public sealed class RunLimitsTests
{
    private const string GoodText = "# Good report\n\nLancashire County Council supports 23,000 people.\n";

    [Fact]
    public async Task A_file_past_the_time_limit_is_skipped_with_one_error_and_the_run_goes_on()
    {
        using var temp = new TempDirectory();
        temp.Write("in/good.txt", GoodText);
        temp.Write("in/stuck.txt", "stuck");
        var pipeline = Build(new StallingReader("stuck.txt", TimeSpan.FromSeconds(30)), TimeSpan.FromSeconds(1));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("stuck.txt: error PM1014: reading took longer than the 1 s limit for one file; skipped", error.ToString());
        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Source.File));
        Assert.NotNull(result.Generation);
    }

    [Fact]
    public async Task The_file_being_read_is_named_while_it_takes_long()
    {
        using var temp = new TempDirectory();
        temp.Write("in/good.txt", GoodText);
        temp.Write("in/slow.txt", "slow");
        // The file stalls until the run has named it as slow (or 30 s, on a machine too busy to say so):
        // the test waits for the report, not for a fixed time that a loaded machine may overrun.
        using var named = new ManualResetEventSlim();
        var builder = new PipelineBuilder().WithReader(new StallingReader("slow.txt", TimeSpan.FromSeconds(30), named));
        builder.Options = builder.Options with { SlowFileAfter = TimeSpan.FromSeconds(1) };
        var pipeline = builder.Build();
        var reports = new ConcurrentQueue<PipelineProgress>();

        await pipeline.RunAsync([temp.File("in")], temp.File("out"), new Collect<PipelineProgress>(r =>
        {
            reports.Enqueue(r);
            if (r.SlowFor is not null)
            {
                named.Set();
            }
        }));

        var slow = Assert.Single(reports.Where(r => r.SlowFor is not null).GroupBy(r => r.CurrentFile)).First();
        Assert.Equal("slow.txt", Path.GetFileName(slow.CurrentFile));
        Assert.True(slow.SlowFor >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Diagnostics_are_reported_as_each_file_is_read()
    {
        using var temp = new TempDirectory();
        temp.Write("in/good.txt", GoodText);
        temp.Write("in/empty.txt", string.Empty);
        var events = new ConcurrentQueue<string>();

        var result = await PipelineBuilder().Build().RunAsync([temp.File("in")], temp.File("out"),
            new Collect<PipelineProgress>(p => events.Enqueue("progress " + p.Stage)),
            new Collect<Diagnostic>(d => events.Enqueue("diagnostic " + d.Code)),
            CancellationToken.None);

        var order = events.ToList();
        Assert.Equal(DiagnosticCodes.EmptyFile, Assert.Single(result.Diagnostics).Code);
        Assert.Single(order, e => e == "diagnostic PM1004");
        Assert.True(order.IndexOf("diagnostic PM1004") < order.IndexOf("progress segment"), string.Join(", ", order));
    }

    private static ProfileMiner.Pipeline.Pipeline Build(IDocumentReader reader, TimeSpan limit)
    {
        var builder = PipelineBuilder().WithReader(reader);
        builder.Options = builder.Options with { Ingest = builder.Options.Ingest with { FileTimeLimit = limit } };
        return builder.Build();
    }

    private static PipelineBuilder PipelineBuilder() => new();

    /// <summary>Reads one named file by sleeping, ignoring cancellation, as a stuck parser would.</summary>
    private sealed class StallingReader(string name, TimeSpan delay, ManualResetEventSlim? release = null) : IDocumentReader
    {
        public string Name => "stalling";

        public bool CanRead(InputFile file) => file.Name == name;

        public SourceDocument? Read(InputFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
        {
            if (release is null)
            {
                Thread.Sleep(delay);
            }
            else
            {
                release.Wait(delay, cancellationToken);
            }

            return MarkdownDocumentReader.Default.Read(InputFile.FromBytes(file.Path, "# Slow\n\nLancashire County Council is slow.\n"u8.ToArray()), diagnostics, cancellationToken);
        }
    }

    private sealed class Collect<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }
}

internal static class PipelineBuilderReaders
{
    public static PipelineBuilder WithReader(this PipelineBuilder builder, IDocumentReader reader)
    {
        builder.Readers.InsertBefore<MarkdownDocumentReader>(reader);
        return builder;
    }
}
