using ProfileMiner.Diagnostics;
using ProfileMiner.Extract;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Output;
using ProfileMiner.Segment;

namespace ProfileMiner.Pipeline;

/// <summary>
/// Gathers the readers, segmenter and output writers of a run; <see cref="Build"/> freezes them into
/// an immutable, thread-safe <see cref="Pipeline"/> (after Markdig's <c>MarkdownPipelineBuilder</c>).
/// </summary>
public sealed class PipelineBuilder
{
    /// <summary>Readers, tried in order; the first whose <see cref="IDocumentReader.CanRead"/> accepts a file reads it.</summary>
    public StageList<IDocumentReader> Readers { get; } = [PdfDocumentReader.Default, MarkdownDocumentReader.Default];

    /// <summary>Splits documents into council sections and detects kind and period.</summary>
    public ISegmenter Segmenter { get; set; } = CouncilSectionSegmenter.Default;

    /// <summary>Marks text that stands in more than one document.</summary>
    public NearDuplicateDetector Duplicates { get; set; } = NearDuplicateDetector.Default;

    /// <summary>Extractors run over every segmented document, in order.</summary>
    public StageList<IExtractor> Extractors { get; } = [];

    /// <summary>Output files written at the end of a run.</summary>
    public StageList<IOutputWriter> Writers { get; } = [new DocumentsJsonlWriter(), new PassagesJsonlWriter()];

    /// <summary>Whole-corpus stages run after the output files are written (index, report, exports), in order.</summary>
    public StageList<ICorpusPublisher> Publishers { get; } = [];

    /// <summary>Run settings.</summary>
    public PipelineOptions Options { get; set; } = PipelineOptions.Default;

    /// <summary>Freezes the configuration.</summary>
    /// <exception cref="ProfileMinerException">The options are invalid (e.g. no reader, parallelism below 1).</exception>
    public Pipeline Build()
    {
        var problems = new List<Diagnostic>();
        if (Readers.Count == 0)
        {
            problems.Add(new Diagnostic(Severity.Error, "PM0002", "no document reader is registered"));
        }

        if (Options.MaxDegreeOfParallelism < 1)
        {
            problems.Add(new Diagnostic(Severity.Error, "PM0002", $"parallelism must be at least 1, not {Options.MaxDegreeOfParallelism}"));
        }

        if (Options.Ingest.MaxFileBytes < 1)
        {
            problems.Add(new Diagnostic(Severity.Error, "PM0002", "the maximum file size must be positive"));
        }

        if (problems.Count > 0)
        {
            throw new ProfileMinerException(problems);
        }

        return new Pipeline([.. Readers], Segmenter, Duplicates, [.. Extractors], [.. Writers], [.. Publishers], Options);
    }
}
