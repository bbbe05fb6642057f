using System.Diagnostics;
using ProfileMiner.Diagnostics;
using ProfileMiner.Export;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Index;
using ProfileMiner.Ingest;
using ProfileMiner.Pipeline;
using ProfileMiner.Report;
using PmPipeline = ProfileMiner.Pipeline.Pipeline;

namespace ProfileMiner.Fuzz;

/// <summary>What one input did: how long it took, whether it was read, the codes it got, and what was wrong.</summary>
/// <param name="Name">The input's file name.</param>
/// <param name="Seconds">Reading, segmenting and extracting it, in seconds.</param>
/// <param name="Read">Whether a document came out.</param>
/// <param name="Codes">The diagnostic codes it got, in order.</param>
/// <param name="Problem">Null when it behaved: read, or skipped with an error naming it and no internal error; else what was wrong.</param>
/// <param name="OcrPages">How many of its pages had no text layer and were read by OCR: time the slow limit allows for.</param>
/// <param name="CpuSeconds">
/// The processor time the worker spent on it: what the slow limit is checked against, since wall time
/// on a shared machine says as much about the other work on it as about the input.
/// </param>
internal sealed record FuzzOutcome(string Name, double Seconds, bool Read, IReadOnlyList<string> Codes, string? Problem, int OcrPages = 0, double CpuSeconds = 0);

/// <summary>
/// Runs inputs through the pipeline as <c>run</c> does for each file (read, segment, extract with
/// every shipped extractor), and batches of them through a whole run with the index, digest and
/// export stages. An input behaves when it is read, or skipped with an error that names it, and
/// gives no internal error (PM9001/PM9000): internal errors are kept for bugs.
/// </summary>
internal sealed class FuzzRunner
{
    private readonly PmPipeline _pipeline;
    private readonly PmPipeline _full;

    public FuzzRunner()
    {
        var models = ModelStore.Default;
        var builder = new PipelineBuilder().UseRuleExtractors().UseModelExtractors(models).UseThemeExtractors(models);
        _pipeline = builder.Build();
        var full = new PipelineBuilder().UseRuleExtractors().UseModelExtractors(models).UseThemeExtractors(models);
        full.Publishers.Add(PassageIndexer.Default);
        full.Publishers.Add(ReportPublisher.Default);
        full.Publishers.Add(ExportPublisher.Default);
        full.Options = full.Options with { Ingest = full.Options.Ingest with { UseCache = false } };
        _full = full.Build();
    }

    /// <summary>Reads, segments and extracts one input in this process.</summary>
    public FuzzOutcome Check(FuzzInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = new DiagnosticBag();
        var file = InputFile.FromBytes(input.Name, input.Bytes);
        var document = _pipeline.Ingest(file, diagnostics);
        if (document is not null)
        {
            var segmented = _pipeline.Segment(document, diagnostics);
            _pipeline.Extract(segmented, diagnostics);
        }

        return Judge(input.Name, clock.Elapsed.TotalSeconds, document is not null, diagnostics.Items) with
        {
            OcrPages = document?.OcrPages.Length ?? 0,
            CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
        };
    }

    /// <summary>A whole run (every stage, every output) over the files in <paramref name="inputFolder"/>; the problems it shows.</summary>
    public async Task<IReadOnlyList<string>> RunBatchAsync(string inputFolder, string outputFolder)
    {
        var problems = new List<string>();
        var result = await _full.RunAsync([inputFolder], outputFolder).ConfigureAwait(false);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Code is DiagnosticCodes.InternalError or "PM9000"))
        {
            problems.Add(diagnostic.ToString());
        }

        if (result.Generation is null)
        {
            problems.Add("the batch's outputs were not swapped in");
        }

        if (result.Documents.Length > 0 && !File.Exists(Path.Combine(outputFolder, "export", "metrics.csv")))
        {
            problems.Add("no export/metrics.csv");
        }

        return problems;
    }

    internal static FuzzOutcome Judge(string name, double seconds, bool read, IReadOnlyList<Diagnostic> diagnostics)
    {
        var codes = diagnostics.Select(d => d.Code).ToList();
        string? problem = null;
        if (diagnostics.FirstOrDefault(d => d.Code is DiagnosticCodes.InternalError or "PM9000") is { } bug)
        {
            problem = "internal error: " + bug;
        }
        else if (!read && !diagnostics.Any(d => d.Severity == Severity.Error && d.Where?.File == name))
        {
            problem = "skipped without an error naming it";
        }
        else if (diagnostics.Any(d => d.ToString().Contains('\n', StringComparison.Ordinal)))
        {
            problem = "a diagnostic spans more than one line";
        }

        return new FuzzOutcome(name, seconds, read, codes, problem);
    }
}
