using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Cli.Commands;

/// <summary><c>bench</c>: ingestion speed (pages/s, MB/s), peak memory, and PDF text fidelity, as a Markdown table.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var pdf = new Option<string>("--pdf") { Description = "Folder of PDFs to time and compare with their seeds.", DefaultValueFactory = _ => Path.Combine("corpus", "pdf") };
        var seeds = new Option<string>("--seeds") { Description = "Folder of source texts (timed, and the reference for PDF fidelity).", DefaultValueFactory = _ => "seeds" };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over each folder (after one warm-up pass).", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Files read at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var runs = new Option<int>("--runs") { Description = "Passes of the whole-run section (cold, warm, one file changed, one-shot search, each a fresh process, beside pdftotext); 0 leaves it out.", DefaultValueFactory = _ => 3 };
        var scale = new Option<int>("--scale") { Description = "Also time a cold run over this many varied copies of the PDFs (e.g. 10), beside pdftotext.", DefaultValueFactory = _ => 0 };
        var real = new Option<string>("--real") { Description = "Folder of the project's real council documents, searched by the second judged query set.", DefaultValueFactory = _ => Path.Combine("corpus", "real", "docs") };
        var shared = new Option<string>("--shared") { Description = "Folder of the development set beside the checkout; the queries judged over it are skipped when it is absent.", DefaultValueFactory = _ => Path.Combine("..", "shared", "real", "docs") };
        var only = new Option<string?>("--only") { Description = "Run one section only: 'runs' (whole runs beside pdftotext) or 'search'." };
        var command = new Command("bench", "Measure speed and peak memory of whole runs beside pdftotext (as ratios), ingestion, extraction, the models, search, the digest and the exports, and PDF text fidelity; prints Markdown tables.\n" + CliApp.ExitCodeHelp)
        {
            pdf, seeds, repeat, threads, runs, scale, real, shared, only,
        };
        command.SetAction(parse => Execute(context, parse.GetValue(pdf)!, parse.GetValue(seeds)!, parse.GetValue(repeat), parse.GetValue(threads), (parse.GetValue(runs), parse.GetValue(scale)), parse.GetValue(real)!, parse.GetValue(shared)!, parse.GetValue(only)));
        return command;
    }

    private static int Execute(CliContext context, string pdfFolder, string seedFolder, int repeat, int threads, (int Passes, int Scale) runs, string realFolder, string sharedFolder, string? only)
    {
        foreach (var folder in new[] { pdfFolder, seedFolder })
        {
            if (!Directory.Exists(folder))
            {
                throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no such folder '{folder}'");
            }
        }

        if (repeat < 1 || threads < 1 || runs.Passes < 0 || runs.Scale < 0)
        {
            throw new ProfileMinerException("PM0003", "--repeat and --threads must be at least 1, --runs and --scale at least 0");
        }

        if (only is not null && !string.Equals(only, "search", StringComparison.OrdinalIgnoreCase) && !string.Equals(only, "runs", StringComparison.OrdinalIgnoreCase))
        {
            throw new ProfileMinerException("PM0003", $"--only takes 'runs' or 'search', not '{only}'");
        }

        if (only is null or "runs" && (runs.Passes > 0 || runs.Scale > 1))
        {
            RunBench.Write(context, pdfFolder, Math.Max(runs.Passes, 1), runs.Scale);
        }

        if (only is not null)
        {
            if (string.Equals(only, "search", StringComparison.OrdinalIgnoreCase))
            {
                SearchBench.Write(context, pdfFolder, seedFolder, realFolder, sharedFolder, threads);
            }

            return ExitCodes.Success;
        }

        var pipeline = new PipelineBuilder().UseRuleExtractors().Build();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pdfs = Directory.EnumerateFiles(pdfFolder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        var texts = Directory.EnumerateFiles(seedFolder).Order(StringComparer.Ordinal).ToList();
        var results = new[]
        {
            IngestBenchmark.Run(pipeline, pdfFolder.Replace('\\', '/'), pdfs, repeat, threads),
            IngestBenchmark.Run(pipeline, seedFolder.Replace('\\', '/'), texts, repeat, threads),
        };
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var o = context.Out;
        o.WriteLine(Invariant($"Ingest + segment, {threads} threads, {repeat} timed passes after a warm-up, files read into memory first."));
        o.WriteLine();
        o.WriteLine("| input | files | pages | MB | seconds/pass | pages/s | MB/s |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            o.WriteLine(Invariant($"| {r.Name} | {r.Files} | {r.Pages} | {r.Bytes / 1e6:0.00} | {r.Elapsed.TotalSeconds / r.Passes:0.000} | {(r.Pages > 0 ? r.PagesPerSecond.ToString("0", CultureInfo.InvariantCulture) : "-")} | {r.MegabytesPerSecond:0.00} |"));
        }

        var all = pdfs.Concat(texts).ToList();
        var (sentences, extractions, extractTime) = IngestBenchmark.RunExtraction(pipeline, all, repeat, threads);
        o.WriteLine();
        o.WriteLine(Invariant($"Extraction alone (rule extractors) over both folders: {sentences} sentences and {extractions} metrics and claims per pass, {sentences * repeat / extractTime.TotalSeconds:0} sentences/s."));
        o.WriteLine();
        o.WriteLine(Invariant($"Peak working set of the process: {peak / 1048576.0:0} MiB; managed allocations: {allocated / 1048576.0:0} MiB."));
        o.WriteLine();
        o.WriteLine("| PDF | seed | word-sequence similarity |");
        o.WriteLine("| --- | --- | ---: |");
        foreach (var f in IngestBenchmark.Fidelity(pipeline, pdfs, seedFolder))
        {
            o.WriteLine(Invariant($"| {f.Pdf} | {f.Seed} | {f.Similarity:0.000} |"));
        }

        ModelBenchSection.Print(context, pipeline, all, repeat);
        SearchBench.Write(context, pdfFolder, seedFolder, realFolder, sharedFolder, threads);
        ReportBench.Run(context, [seedFolder, pdfFolder], repeat);
        ExportBench.Write(context, [seedFolder, pdfFolder], repeat);

        return ExitCodes.Success;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
