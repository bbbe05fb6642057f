using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Eval;
using ProfileMiner.Model;
using ProfileMiner.Report;
using ProfileMiner.Segment;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The <c>bench</c> section of the themes digest: render time of both formats for the given corpus and for one
/// 100 times larger (its documents repeated in memory under other council names), with memory.
/// </summary>
internal static class ReportBench
{
    public const int Scale = 100;

    public static void Run(CliContext context, IReadOnlyList<string> inputs, int repeat)
    {
        var output = Path.Combine(Path.GetTempPath(), "pm-bench-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = Pipelines.Standard().Build().RunAsync(inputs, output).GetAwaiter().GetResult();
            var content = new CorpusContent(result.Documents, result.Extractions);
            var publisher = new ReportPublisher(ReportOptions.Default);
            var (one, oneSize) = Time(publisher, content, Math.Max(2, repeat));
            var large = CorpusCopies.Repeat(content, Scale);
            var before = GC.GetTotalAllocatedBytes();
            var (hundred, hundredSize) = Time(publisher, large, 1);
            var allocated = GC.GetTotalAllocatedBytes() - before;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            var o = context.Out;
            o.WriteLine();
            o.WriteLine(Invariant($"Themes digest (report stage: model and both templates, rendered in memory; {content.Documents.Length} documents, {content.Extractions.Length} extractions)."));
            o.WriteLine();
            o.WriteLine("| corpus | documents | councils | seconds | HTML MB | Markdown MB |");
            o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            o.WriteLine(Invariant($"| as given (mean of {Math.Max(2, repeat)} after a warm-up) | {content.Documents.Length} | {Councils(content)} | {one.TotalSeconds:0.000} | {oneSize.Html / 1e6:0.00} | {oneSize.Md / 1e6:0.00} |"));
            o.WriteLine(Invariant($"| x{Scale} (one pass) | {large.Documents.Length} | {Councils(large)} | {hundred.TotalSeconds:0.00} | {hundredSize.Html / 1e6:0.0} | {hundredSize.Md / 1e6:0.0} |"));
            o.WriteLine();
            o.WriteLine(Invariant($"x{Scale}: managed allocations during the render {allocated / 1048576.0:0} MiB; peak working set of the whole bench process so far {peak / 1048576.0:0} MiB."));
        }
        finally
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private static (TimeSpan Mean, (long Html, long Md) Size) Time(ReportPublisher publisher, CorpusContent content, int passes)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        if (passes > 1)
        {
            publisher.Render(content, diagnostics);
        }
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyDictionary<ReportFormat, string>? rendered = null;
        for (var i = 0; i < passes; i++)
        {
            rendered = publisher.Render(content, diagnostics);
        }

        stopwatch.Stop();
        if (rendered is null)
        {
            throw new InvalidOperationException("the report did not render: " + string.Join("; ", diagnostics.Items));
        }

        return (stopwatch.Elapsed / passes, (rendered.GetValueOrDefault(ReportFormat.Html)?.Length ?? 0, rendered.GetValueOrDefault(ReportFormat.Markdown)?.Length ?? 0));
    }

    private static int Councils(CorpusContent content) =>
        content.Documents.SelectMany(d => d.Councils).Select(c => c.GssCode ?? c.Name).Distinct(StringComparer.Ordinal).Count();



    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
