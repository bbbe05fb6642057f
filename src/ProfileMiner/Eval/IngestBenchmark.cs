using System.Collections.Immutable;
using System.Diagnostics;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;

namespace ProfileMiner.Eval;

/// <summary>Speed of ingest and segmentation over one set of files (no cache, no output writing).</summary>
/// <param name="Name">The set's name, e.g. <c>corpus/pdf</c>.</param>
/// <param name="Files">Files per pass.</param>
/// <param name="Pages">PDF pages per pass.</param>
/// <param name="Bytes">Input bytes per pass.</param>
/// <param name="Passes">Timed passes (after one warm-up pass).</param>
/// <param name="Elapsed">Wall-clock time of all timed passes.</param>
/// <param name="Parallelism">Files read at once.</param>
public sealed record IngestBenchmarkResult(string Name, int Files, int Pages, long Bytes, int Passes, TimeSpan Elapsed, int Parallelism)
{
    /// <summary>PDF pages per second of wall-clock time.</summary>
    public double PagesPerSecond => Pages * Passes / Elapsed.TotalSeconds;

    /// <summary>Input megabytes (10^6 bytes) per second.</summary>
    public double MegabytesPerSecond => Bytes * Passes / 1e6 / Elapsed.TotalSeconds;
}

/// <summary>How close a PDF's extracted text is to the source text it was made from.</summary>
/// <param name="Pdf">The PDF's file name.</param>
/// <param name="Seed">The source text's file name.</param>
/// <param name="Similarity">Word-sequence similarity, 0 to 1 (<see cref="TextSimilarity.Ratio(string, string)"/>).</param>
public sealed record PdfFidelity(string Pdf, string Seed, double Similarity);

/// <summary>
/// Measures ingestion speed and PDF text fidelity. Files are read into memory first, so the timing
/// covers parsing and segmentation, not the disk.
/// </summary>
public static class IngestBenchmark
{
    /// <summary>Reads and segments every file <paramref name="passes"/> times after one warm-up pass.</summary>
    public static IngestBenchmarkResult Run(Pipeline.Pipeline pipeline, string name, IReadOnlyList<string> files, int passes, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var inputs = files.Select(InputFile.Read).ToImmutableArray();
        var pages = 0;
        RunPass(pipeline, inputs, parallelism, ref pages);
        pages = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            var passPages = 0;
            RunPass(pipeline, inputs, parallelism, ref passPages);
            pages = passPages;
        }

        stopwatch.Stop();
        return new IngestBenchmarkResult(name, inputs.Length, pages, inputs.Sum(i => (long)i.Bytes.Length), passes, stopwatch.Elapsed, parallelism);
    }

    /// <summary>
    /// Times the pipeline's extractors alone over already segmented documents: returns the sentences
    /// per pass, the extractions per pass, and the wall-clock time of <paramref name="passes"/> passes.
    /// </summary>
    public static (int Sentences, int Extractions, TimeSpan Elapsed) RunExtraction(Pipeline.Pipeline pipeline, IReadOnlyList<string> files, int passes, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(files);
        var documents = files
            .Select(f => pipeline.Ingest(f, new DiagnosticBag()))
            .OfType<SourceDocument>()
            .Select(d => pipeline.Segment(d, new DiagnosticBag()))
            .ToList();
        var sentences = documents.Sum(d => d.Source.Blocks.Sum(b => b.Sentences.Length));
        var extractions = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            var count = 0;
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, document =>
                Interlocked.Add(ref count, pipeline.Extract(document, new DiagnosticBag()).Length));
            extractions = count;
        }

        return (sentences, extractions, stopwatch.Elapsed);
    }

    /// <summary>
    /// For each PDF, the word-sequence similarity of its extracted text with the source text it was
    /// made from: the file in <paramref name="seedFolder"/> whose name (without extension) begins the
    /// PDF's name (<c>001_x.txt</c> for <c>001_x.pdf</c> and <c>001_x.twocol.pdf</c>).
    /// </summary>
    public static IReadOnlyList<PdfFidelity> Fidelity(Pipeline.Pipeline pipeline, IEnumerable<string> pdfs, string seedFolder)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(pdfs);
        var seeds = Directory.EnumerateFiles(seedFolder).ToList();
        var result = new List<PdfFidelity>();
        foreach (var pdf in pdfs)
        {
            var pdfName = Path.GetFileName(pdf);
            var seed = seeds
                .Where(s => pdfName.StartsWith(Path.GetFileNameWithoutExtension(s) + ".", StringComparison.Ordinal))
                .OrderByDescending(s => s.Length)
                .FirstOrDefault();
            var document = pipeline.Ingest(pdf, new DiagnosticBag());
            if (seed is null || document is null)
            {
                continue;
            }

            var seedText = TextSimilarity.StripSeedMarkup(File.ReadAllText(seed));
            result.Add(new PdfFidelity(pdfName, Path.GetFileName(seed), TextSimilarity.Ratio(seedText, document.Text)));
        }

        return result;
    }

    private static void RunPass(Pipeline.Pipeline pipeline, ImmutableArray<InputFile> inputs, int parallelism, ref int pages)
    {
        var total = 0;
        Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, input =>
        {
            var diagnostics = new DiagnosticBag();
            if (pipeline.Ingest(input, diagnostics) is SourceDocument document)
            {
                pipeline.Segment(document, diagnostics);
                Interlocked.Add(ref total, document.Pages ?? 0);
            }
        });
        pages += total;
    }
}
