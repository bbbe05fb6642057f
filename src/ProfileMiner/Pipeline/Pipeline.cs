using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract;
using ProfileMiner.Extract.Topics;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.IO;
using ProfileMiner.Model;
using ProfileMiner.Output;
using ProfileMiner.Segment;
using ProfileMiner.Tables;
using Diagnostic = ProfileMiner.Diagnostics.Diagnostic;

namespace ProfileMiner.Pipeline;

/// <summary>
/// An immutable, thread-safe pipeline built by <see cref="PipelineBuilder"/>. Each stage can be run on
/// its own (<see cref="Ingest(InputFile, DiagnosticBag, CancellationToken)"/>, <see cref="Segment(SourceDocument, DiagnosticBag)"/>), or
/// all of them over files and folders with <see cref="RunAsync(IEnumerable{string}, string, IProgress{PipelineProgress}?, CancellationToken)"/>. Bad input becomes diagnostics;
/// the run goes on with the other files.
/// </summary>
public sealed class Pipeline
{
    private readonly ImmutableArray<IDocumentReader> _readers;
    private readonly ISegmenter _segmenter;
    private readonly NearDuplicateDetector _duplicates;
    private readonly ImmutableArray<IExtractor> _extractors;
    private readonly ImmutableArray<IOutputWriter> _writers;
    private readonly ImmutableArray<ICorpusPublisher> _publishers;

    internal Pipeline(ImmutableArray<IDocumentReader> readers, ISegmenter segmenter, NearDuplicateDetector duplicates, ImmutableArray<IExtractor> extractors, ImmutableArray<IOutputWriter> writers, ImmutableArray<ICorpusPublisher> publishers, PipelineOptions options)
    {
        _publishers = publishers;
        _readers = readers;
        _segmenter = segmenter;
        _duplicates = duplicates;
        _extractors = extractors;
        _writers = writers;
        Options = options;
    }

    /// <summary>The settings the pipeline was built with.</summary>
    public PipelineOptions Options { get; }

    /// <summary>The registered readers, in the order they are tried.</summary>
    public ImmutableArray<IDocumentReader> Readers => _readers;

    /// <summary>Creates the default pipeline: every shipped reader, the council segmenter, the JSON Lines outputs.</summary>
    public static Pipeline CreateDefault() => new PipelineBuilder().Build();

    /// <summary>
    /// Reads one file with the first reader that accepts its content. Returns null, with one error in
    /// <paramref name="diagnostics"/>, when the file is empty, binary, unreadable or rejected by its reader.
    /// </summary>
    public SourceDocument? Ingest(InputFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var where = Provenance.ForFile(file.Name);
        switch (file.Kind)
        {
            case ContentKind.Empty:
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.EmptyFile, "the file is empty (0 bytes); skipped", where));
                return null;
            case ContentKind.Binary:
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BinaryFile, $"the file holds binary data, not text or PDF{ExtensionNote(file)}; skipped", where));
                return null;
            default:
                break;
        }

        var reader = _readers.FirstOrDefault(r => r.CanRead(file));
        if (reader is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BinaryFile, "no reader understands this file's content; skipped", where));
            return null;
        }

        try
        {
            var document = reader.Read(file, diagnostics, cancellationToken);
            return document is { Format: DocumentFormat.Pdf } ? document with { Metadata = PdfMetadataReader.Read(file.Bytes) } : document;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InternalError,
                $"internal error in the {reader.Name} reader ({ExceptionText.Bug(e)}); skipped", where));
            return null;
        }
    }

    /// <summary>Reads the file at <paramref name="path"/>; I/O problems become one error diagnostic.</summary>
    public SourceDocument? Ingest(string path, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Load(path, diagnostics);
        return file is null ? null : Ingest(file, diagnostics, cancellationToken);
    }

    /// <summary>Splits a document into council sections and detects its issuer, kind, title, period and the topic of each block.</summary>
    public SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics) =>
        Segment(document, diagnostics, null);

    /// <summary>As <see cref="Segment(SourceDocument, DiagnosticBag)"/>, with what the user said about the document (a manifest row, <c>--council</c>).</summary>
    public SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics, DocumentHints? hints) =>
        TopicDetector.Default.Mark(_segmenter.Segment(document, diagnostics, hints));

    /// <summary>
    /// Runs every registered extractor over <paramref name="document"/>. An extractor that fails on
    /// one document costs that document's results from that extractor (one PM9001 error), not the run.
    /// What stands on a page of unchecked OCR text gets at most <see cref="Extraction.UncheckedOcrConfidence"/>,
    /// whichever extractor found it.
    /// </summary>
    public ImmutableArray<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var results = ImmutableArray.CreateBuilder<Extraction>();
        foreach (var extractor in _extractors)
        {
            try
            {
                var found = extractor.Extract(document, diagnostics);
                var ocr = document.Source.UncheckedOcrPages;
                results.AddRange(ocr.IsEmpty ? found : found.Select(e => e.Source.Page is { } page && ocr.Contains(page)
                    ? e with { Confidence = Math.Min(e.Confidence, Extraction.UncheckedOcrConfidence) }
                    : e));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InternalError,
                    $"internal error in extractor {extractor.Id} ({ExceptionText.Bug(e)}); its results for this file are missing",
                    Provenance.ForFile(document.Source.File)));
            }
        }

        return results.ToImmutable();
    }

    /// <summary>
    /// Lists the files a run reads: files as given, folders searched recursively for
    /// <see cref="IngestOptions.FolderExtensions"/> (hidden files and folders skipped). Missing paths
    /// and folders with no such file are reported and skipped.
    /// </summary>
    public IReadOnlyList<string> ResolveInputs(IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !InDataFolder(path, f))
                    .Where(f => Options.Ingest.FolderExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoReadableFiles,
                        $"the folder holds no {string.Join(", ", Options.Ingest.FolderExtensions)} files; skipped", Provenance.ForFile(path)));
                }

                files.AddRange(found);
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.PathNotFound, "no such file or folder; skipped", Provenance.ForFile(path)));
            }
        }

        return [.. files.DistinctBy(Path.GetFullPath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Runs ingest and segmentation over files and folders, marks near-duplicates, and writes every
    /// output under <paramref name="outputFolder"/> as one transaction (<see cref="OutputGeneration"/>).
    /// </summary>
    /// <exception cref="ProfileMinerException">The output folder cannot be created or written, or another run holds its lock.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled before its outputs were swapped in; the output folder is as it was.</exception>
    public Task<CorpusResult> RunAsync(IEnumerable<string> inputs, string outputFolder, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(inputs, outputFolder, progress, null, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(IEnumerable{string}, string, IProgress{PipelineProgress}?, CancellationToken)"/>,
    /// reporting each diagnostic to <paramref name="found"/> as it is found (a file's when the file is
    /// read, in whatever order files finish); the result still holds them all, in input order.
    /// <para>
    /// The run holds the output folder's <see cref="OutputLock"/> throughout: a second run on the same
    /// folder is refused (PM6002), or waits when <see cref="PipelineOptions.WaitForOutputLock"/> is set.
    /// Everything is written into a new generation, swapped in whole at the end; until then, and when
    /// the run is cancelled or killed, the folder shows the previous run's outputs.
    /// </para>
    /// </summary>
    /// <exception cref="ProfileMinerException">The output folder cannot be created or written, or another run holds its lock.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled before its outputs were swapped in; the output folder is as it was.</exception>
    public async Task<CorpusResult> RunAsync(IEnumerable<string> inputs, string outputFolder, IProgress<PipelineProgress>? progress, IProgress<Diagnostic>? found, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputFolder);
        var stopwatch = Stopwatch.StartNew();
        PrepareOutputFolder(outputFolder);

        var diagnostics = new DiagnosticBag();
        var reported = 0;
        void ReportNew()
        {
            var items = diagnostics.Items;
            for (; reported < items.Count; reported++)
            {
                found?.Report(items[reported]);
            }
        }

        using var outputLock = OutputLock.Acquire(outputFolder, Options.WaitForOutputLock,
            line => found?.Report(new Diagnostic(Severity.Info, DiagnosticCodes.OutputLocked, line)), cancellationToken);
        using var generation = BeginGeneration(outputFolder);

        var inputList = inputs.ToList();
        var files = ResolveInputs(inputList, diagnostics);
        var hints = InputHints.Create(inputList, Options.Council, Options.CouncilOrigin, CouncilDirectory.Default, diagnostics);
        ReportNew();
        var cache = Options.Ingest.UseCache ? new IngestCache(Path.Combine(outputFolder, ".cache", "ingest")) : null;
        var results = new SourceDocument?[files.Count];
        var segmentedBy = new SegmentedDocument?[files.Count];
        var segmentDiagnostics = new DiagnosticBag?[files.Count];
        var fileDiagnostics = new ConcurrentDictionary<int, IReadOnlyList<Diagnostic>>();
        var reading = new ConcurrentDictionary<int, long>();
        var done = 0;
        var pages = 0;
        var cached = 0;
        long bytes = 0;

        // Once a second, the file read longest is named when it has taken a while: a stalled file is
        // named while the run goes on, not only at the end.
        using var watch = progress is null ? null : new Timer(_ =>
        {
            // A snapshot: files finish while the timer looks, and an empty dictionary has no longest reader.
            var now = reading.ToArray();
            if (now.Length == 0)
            {
                return;
            }

            var (index, since) = now.MinBy(r => r.Value);
            var elapsed = Stopwatch.GetElapsedTime(since);
            if (elapsed >= Options.SlowFileAfter)
            {
                progress.Report(new PipelineProgress("ingest", Volatile.Read(ref done), files.Count, Volatile.Read(ref pages), files[index]) { SlowFor = elapsed });
            }
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        // Each file is read and then segmented by one worker, the largest files first, so that the
        // last file to finish is a small one and no core waits on a long file at the end.
        await Parallel.ForEachAsync(
            LargestFirst(files),
            new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            (index, ct) =>
            {
                var local = new DiagnosticBag();
                reading[index] = Stopwatch.GetTimestamp();
                SourceDocument? document;
                bool fromCache;
                try
                {
                    (document, fromCache) = IngestOne(files[index], cache, local, ct);
                }
                finally
                {
                    reading.TryRemove(index, out _);
                }

                results[index] = document;
                fileDiagnostics[index] = local.Items;
                foreach (var diagnostic in local.Items)
                {
                    found?.Report(diagnostic);
                }

                Interlocked.Add(ref bytes, document?.Bytes ?? 0);
                Interlocked.Add(ref pages, document?.Pages ?? 0);
                if (fromCache)
                {
                    Interlocked.Increment(ref cached);
                }

                progress?.Report(new PipelineProgress("ingest", Interlocked.Increment(ref done), files.Count, Volatile.Read(ref pages), files[index]));
                if (document is not null)
                {
                    segmentedBy[index] = SegmentWithinLimit(document, hints, segmentDiagnostics[index] = new DiagnosticBag(), ct);
                }

                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);

        // The result holds per-file diagnostics in input order, whatever order the files finished in.
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var diagnostic in fileDiagnostics.GetValueOrDefault(i) ?? [])
            {
                diagnostics.Add(diagnostic);
            }
        }

        reported = diagnostics.Items.Count;
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PipelineProgress("segment", done, files.Count, pages, null));

        // What segmentation said follows what reading said, each in input order.
        foreach (var diagnostic in segmentDiagnostics.SelectMany(d => d?.Items ?? []))
        {
            diagnostics.Add(diagnostic);
        }

        var segmented = segmentedBy.OfType<SegmentedDocument>().ToList();
        var marked = _duplicates.Mark(segmented);
        foreach (var document in marked.Where(d => d.DuplicateOf is not null))
        {
            diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.DuplicateDocument,
                $"near-duplicate of {document.DuplicateOf}; processed, shown once", Provenance.ForFile(document.Source.File)));
        }

        ReportNew();
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PipelineProgress("extract", done, files.Count, pages, null));

        // Extractors made while the files were read (their models loading) are waited for here, and
        // one that could not be made throws here, as it would have when the pipeline was built.
        foreach (var deferred in _extractors.OfType<DeferredExtractor>())
        {
            _ = deferred.Extractor;
        }

        var extracted = new ImmutableArray<Extraction>[marked.Length];
        var extractDiagnostics = new DiagnosticBag[marked.Length];
        var extractCache = Options.Ingest.UseCache && _extractors.Length > 0
            ? new ExtractionCache(Path.Combine(outputFolder, ".cache", "extract"), _extractors.Select(e => e.Version))
            : null;
        // One document at a time per worker, the longest first (not ranges of documents), so that a long document does not hold up the end.
        var longestFirst = Enumerable.Range(0, marked.Length).OrderByDescending(i => marked[i].Source.Blocks.Length).ThenBy(i => i);
        Parallel.ForEach(
            Partitioner.Create(longestFirst, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                extractDiagnostics[i] = new DiagnosticBag();
                extracted[i] = ExtractOne(marked[i], extractCache, extractDiagnostics[i], cancellationToken);
            });
        foreach (var diagnostic in extractDiagnostics.SelectMany(d => d.Items))
        {
            diagnostics.Add(diagnostic);
        }

        ReportNew();
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PipelineProgress("write", done, files.Count, pages, null));
        var content = new CorpusContent(marked, [.. extracted.SelectMany(e => e)]);
        var tables = RunTables.Create(content, diagnostics: diagnostics);
        var outputs = WriteOutputs(tables, generation.Folder, diagnostics).ToBuilder();
        ReportNew();

        // The whole-corpus stages (index, digest, exports) only read the tables: side by side, with
        // their outputs and diagnostics reported in their registered order.
        cancellationToken.ThrowIfCancellationRequested();
        if (_publishers.Length > 0)
        {
            progress?.Report(new PipelineProgress(string.Join(", ", _publishers.Select(p => p.Name)), done, files.Count, pages, null));
        }

        var publishedBy = new IReadOnlyList<string>[_publishers.Length];
        var publishDiagnostics = new DiagnosticBag[_publishers.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, _publishers.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            (i, ct) =>
            {
                publishDiagnostics[i] = new DiagnosticBag();
                publishedBy[i] = Publish(_publishers[i], tables, generation.Folder, publishDiagnostics[i], ct);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
        for (var i = 0; i < _publishers.Length; i++)
        {
            outputs.AddRange(publishedBy[i]);
            foreach (var diagnostic in publishDiagnostics[i].Items)
            {
                diagnostics.Add(diagnostic);
            }
        }

        ReportNew();

        // The last moment the run can stop with the folder as it was; past it the new outputs are in.
        progress?.Report(new PipelineProgress("swap", done, files.Count, pages, null));
        cancellationToken.ThrowIfCancellationRequested();
        ImmutableArray<string> published;
        try
        {
            generation.Commit(marked.Length, files.Count);
            published = [.. outputs.Select(generation.PublicPath)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OutputSwapFailed,
                $"cannot swap in this run's outputs ({ExceptionText.Describe(e)}); the previous run's outputs are kept", Provenance.ForFile(outputFolder)));
            ReportNew();
            published = [];
        }

        return new CorpusResult
        {
            Documents = marked,
            Extractions = content.Extractions,
            Diagnostics = diagnostics.Items,
            Files = files.Count,
            Cached = cached,
            Failed = files.Count - segmented.Count,
            Bytes = bytes,
            Elapsed = stopwatch.Elapsed,
            Outputs = published,
            Generation = generation.Id,
        };
    }

    private static OutputGeneration BeginGeneration(string outputFolder)
    {
        try
        {
            return OutputGeneration.Begin(outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileMinerException(DiagnosticCodes.OutputFailed, $"cannot prepare the output folder '{outputFolder}' for a new run ({ExceptionText.Describe(e)})");
        }
    }

    /// <summary>
    /// Runs the extractors over one document within the per-file time limit; past it the document's
    /// extractions are dropped with one warning (the document itself stays in the outputs).
    /// </summary>
    private bool TryExtractWithinLimit(SegmentedDocument document, DiagnosticBag diagnostics, CancellationToken cancellationToken, out ImmutableArray<Extraction> found)
    {
        var local = new DiagnosticBag();
        if (!TimeLimit.TryRun(_ => Extract(document, local), Options.Ingest.FileTimeLimit, cancellationToken, out found))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.FileTimeLimit,
                string.Create(CultureInfo.InvariantCulture, $"finding figures, claims and themes took longer than the {Options.Ingest.FileTimeLimit.TotalSeconds:0} s limit for one file; none kept for this file"),
                Provenance.ForFile(document.Source.File)));
            found = [];
            return false;
        }

        foreach (var diagnostic in local.Items)
        {
            diagnostics.Add(diagnostic);
        }

        return true;
    }

    // The files' indexes, the largest file first (ties in input order); a file that cannot be measured counts as empty.
    private static IEnumerable<int> LargestFirst(IReadOnlyList<string> files)
    {
        static long Size(string path)
        {
            try
            {
                return new FileInfo(path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return 0;
            }
        }

        return [.. Enumerable.Range(0, files.Count).OrderByDescending(i => Size(files[i])).ThenBy(i => i)];
    }

    /// <summary>
    /// Segments one document within the per-file limit: a document whose text makes a detector slow
    /// costs itself (one PM1014 error in <paramref name="diagnostics"/>, and null).
    /// </summary>
    private SegmentedDocument? SegmentWithinLimit(SourceDocument document, InputHints hints, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var local = new DiagnosticBag();
        if (TimeLimit.TryRun(_ => Segment(document, local, hints.For(document.Path)), Options.Ingest.FileTimeLimit, cancellationToken, out var segmented))
        {
            foreach (var diagnostic in local.Items)
            {
                diagnostics.Add(diagnostic);
            }

            return segmented;
        }

        // What the abandoned segmentation said is left out: it may still be writing.
        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileTimeLimit,
            string.Create(CultureInfo.InvariantCulture, $"finding its councils, kind and period took longer than the {Options.Ingest.FileTimeLimit.TotalSeconds:0} s limit for one file; skipped"),
            Provenance.ForFile(document.File)));
        return null;
    }

    private (SourceDocument? Document, bool FromCache) IngestOne(string path, IngestCache? cache, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var file = Load(path, diagnostics);
        if (file is null)
        {
            return (null, false);
        }

        if (cache is not null && cache.TryGet(file.Sha256, file.Name, file.Path, out var hit, out var replay))
        {
            foreach (var diagnostic in replay)
            {
                diagnostics.Add(diagnostic);
            }

            return (hit, true);
        }

        // Read on a thread of its own within the time limit: past it the file is skipped and the run
        // goes on, whatever the reader is doing (it is told to stop, and its result is dropped).
        var local = new DiagnosticBag();
        if (!TimeLimit.TryRun(ct => Ingest(file, local, ct), Options.Ingest.FileTimeLimit, cancellationToken, out var document))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileTimeLimit,
                string.Create(CultureInfo.InvariantCulture, $"reading took longer than the {Options.Ingest.FileTimeLimit.TotalSeconds:0} s limit for one file; skipped"),
                Provenance.ForFile(file.Name)));
            return (null, false);
        }

        foreach (var diagnostic in local.Items)
        {
            diagnostics.Add(diagnostic);
        }

        if (document is not null && cache is not null)
        {
            try
            {
                cache.Put(document, diagnostics.Items);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The cache only saves time; a run without it is still correct.
            }
        }

        return (document, false);
    }

    private ImmutableArray<Extraction> ExtractOne(SegmentedDocument document, ExtractionCache? cache, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var key = cache?.Key(document);
        if (cache is not null && cache.TryGet(key!, out var hit, out var replay))
        {
            foreach (var diagnostic in replay)
            {
                diagnostics.Add(diagnostic);
            }

            return hit;
        }

        if (!TryExtractWithinLimit(document, diagnostics, cancellationToken, out var found))
        {
            return [];
        }

        cache?.Put(key!, found, diagnostics.Items);
        return found;
    }

    private InputFile? Load(string path, DiagnosticBag diagnostics)
    {
        var where = Provenance.ForFile(Path.GetFileName(path));
        try
        {
            var length = new FileInfo(path).Length;
            if (length > Options.Ingest.MaxFileBytes)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileTooLarge,
                    $"the file is {length / (1024 * 1024)} MiB, over the {Options.Ingest.MaxFileBytes / (1024 * 1024)} MiB limit; skipped", where));
                return null;
            }

            return InputFile.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ReadFailed, $"cannot read the file ({ExceptionText.Describe(e)}); skipped", where));
            return null;
        }
    }

    private ImmutableArray<string> WriteOutputs(RunTables tables, string outputFolder, DiagnosticBag diagnostics)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var writer in _writers)
        {
            var path = Path.GetFullPath(Path.Combine(outputFolder, writer.FileName));
            try
            {
                AtomicFile.Write(path, stream => writer.Write(tables, stream));
                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed, $"cannot write the file ({ExceptionText.Describe(e)})", Provenance.ForFile(writer.FileName)));
            }
        }

        return written.ToImmutable();
    }

    /// <summary>
    /// Runs one whole-corpus stage; a failure inside it costs that stage's outputs (one PM9001 error),
    /// not the outputs already written.
    /// </summary>
    public static IReadOnlyList<string> Publish(ICorpusPublisher publisher, RunTables tables, string outputFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            return publisher.Publish(tables, outputFolder, diagnostics, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InternalError,
                $"internal error in the {publisher.Name} stage ({ExceptionText.Bug(e)}); its outputs were not written",
                Provenance.ForFile(publisher.Name)));
            return [];
        }
    }

    private static void PrepareOutputFolder(string outputFolder)
    {
        try
        {
            Directory.CreateDirectory(outputFolder);
            var probe = Path.Combine(outputFolder, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ProfileMinerException(DiagnosticCodes.OutputFailed, $"cannot write to the output folder '{outputFolder}' ({ExceptionText.Describe(e)})");
        }
    }

    /// <summary>
    /// True when a folder between <paramref name="root"/> and <paramref name="file"/> holds a
    /// <see cref="DataFolderMarker"/> file: such folders hold the project's data (gold labels,
    /// catalogues), not documents, and a folder scan passes them by.
    /// </summary>
    private static bool InDataFolder(string root, string file)
    {
        var rootFull = Path.GetFullPath(root);
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir is not null && dir.Length >= rootFull.Length; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, DataFolderMarker)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of the marker file that keeps a folder out of folder scans.</summary>
    public const string DataFolderMarker = ".pmdata";

    private static string ExtensionNote(InputFile file) =>
        file.Extension is ".txt" or ".md" or ".pdf" ? $" despite its {file.Extension} name" : string.Empty;
}
