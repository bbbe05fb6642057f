using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Export;
using ProfileMiner.Eval;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The export section of <c>bench</c>: time and managed allocations of each exporter on the default
/// corpus and on that corpus repeated 100 times in memory (each copy under its own file names), and
/// the process's peak working set.
/// </summary>
internal static class ExportBench
{
    public const int Copies = 100;

    public static void Write(CliContext context, IReadOnlyList<string> inputs, int repeat)
    {
        var temp = Path.Combine(Path.GetTempPath(), "pm-bench-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var builder = Pipelines.Standard();
            builder.Options = builder.Options with { Ingest = builder.Options.Ingest with { UseCache = false } };
            var result = builder.Build().RunAsync(inputs, Path.Combine(temp, "run")).GetAwaiter().GetResult();
            var content = new CorpusContent(result.Documents, result.Extractions);
            var o = context.Out;
            o.WriteLine();
            o.WriteLine(Invariant($"Exports (every table), {repeat} timed passes after a warm-up on the default corpus, one pass on {Copies} copies of it held in memory."));
            o.WriteLine();
            o.WriteLine("| corpus | documents | passages | metrics | claims | themes | step | seconds | CPU seconds | MB written | MiB allocated |");
            o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
            Measure(o, "default", content, repeat, Path.Combine(temp, "default"));
            Measure(o, Invariant($"{Copies}x"), CorpusCopies.Repeat(content, Copies), 1, Path.Combine(temp, "big"));
            o.WriteLine();
            o.WriteLine(Invariant($"Peak working set of the process after the exports: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB."));
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; the OS cleans it.
            }
        }
    }

    private static void Measure(TextWriter o, string name, CorpusContent content, int passes, string folder)
    {
        Directory.CreateDirectory(folder);
        var diagnostics = new DiagnosticBag();
        var (data, flatten, flattenCpu, flattenBytes) = Time(() => RunTables.Create(content, ThemeCodebook.Default, diagnostics), passes);
        var head = Invariant($"| {name} | {data.Documents.Length} | {data.Passages.Length} | {data.Metrics.Length} | {data.Claims.Length} | {data.Themes.Length}");
        o.WriteLine(Invariant($"{head} | flatten rows | {flatten:0.000} | {flattenCpu:0.000} | - | {flattenBytes / 1048576.0:0} |"));
        foreach (var exporter in ExportOptions.AllExporters)
        {
            var (written, seconds, cpu, bytes) = Time(() => exporter.Export(data, ExportTables.All, folder, diagnostics, default), passes);
            var size = written.Sum(f => new FileInfo(f).Length);
            o.WriteLine(Invariant($"{head} | {exporter.Format} | {seconds:0.000} | {cpu:0.000} | {size / 1e6:0.0} | {bytes / 1048576.0:0} |"));
        }

        if (diagnostics.HasErrors)
        {
            throw new ProfileMinerException([.. diagnostics.Items.Where(d => d.Severity == Severity.Error)]);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> once to warm up when timing several passes, then <paramref name="passes"/> times;
    /// wall-clock seconds, CPU seconds of the process (which a busy machine inflates less) and allocations are per pass.
    /// </summary>
    private static (T Result, double Seconds, double CpuSeconds, long Allocated) Time<T>(Func<T> work, int passes)
    {
        var result = passes > 1 ? work() : default!;
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < passes; i++)
        {
            result = work();
        }

        stopwatch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / passes;
        return (result, stopwatch.Elapsed.TotalSeconds / passes, cpuSeconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / passes);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
