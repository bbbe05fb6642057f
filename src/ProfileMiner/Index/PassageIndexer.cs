using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tables;
using Diagnostic = ProfileMiner.Diagnostics.Diagnostic;

namespace ProfileMiner.Index;

/// <summary>
/// The <c>index</c> stage: one Lucene document per passage under <c>OUT/index/</c>, built in a temp
/// folder and swapped in whole, so the index always matches the last complete run; when the passages,
/// analysis and build are those of the index already there, it is kept. Afterwards each
/// saved search (<c>OUT/saved-searches.json</c>) is run and the passages new since the last run are reported.
/// </summary>
public sealed class PassageIndexer : ICorpusPublisher
{
    /// <summary>An indexer with <see cref="SearchIndexOptions.Default"/>.</summary>
    public static PassageIndexer Default { get; } = new(SearchIndexOptions.Default);

    /// <summary>Creates an indexer with the given analysis settings.</summary>
    public PassageIndexer(SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The analysis settings.</summary>
    public SearchIndexOptions Options { get; }

    /// <inheritdoc />
    public string Name => "index";

    /// <inheritdoc />
    public IReadOnlyList<string> Publish(RunTables tables, string outputFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(outputFolder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var target = SearchIndexOptions.IndexFolder(outputFolder);
        try
        {
            Build(tables, target, Options, keepUnchanged: true, cancellationToken);
        }
        catch (ProfileMinerException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.IndexFailed, $"cannot build the search index ({e.Message}); the previous index is kept", Provenance.ForFile(SearchIndexOptions.FolderName)));
            return [];
        }

        var written = new List<string> { Path.GetFullPath(target) };
        var saved = SavedSearchStore.PathFor(outputFolder);
        if (File.Exists(saved))
        {
            try
            {
                using var index = SearchIndex.Open(outputFolder);
                foreach (var report in new SavedSearchStore(saved).Refresh(index))
                {
                    diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.SavedSearchNews,
                        string.Create(CultureInfo.InvariantCulture, $"saved search '{report.Name}': {report.New.Count} new passage(s) since the last run"),
                        Provenance.ForFile(SavedSearchStore.FileName)));
                }

                written.Add(Path.GetFullPath(saved));
            }
            catch (ProfileMinerException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    diagnostics.Add(diagnostic with { Severity = Severity.Warning });
                }
            }
        }

        return written;
    }

    /// <summary>Builds the index of <paramref name="tables"/> into <paramref name="indexFolder"/>, replacing it atomically.</summary>
    /// <returns>How many passages were indexed and how long it took.</returns>
    /// <exception cref="ProfileMinerException">The synonym list is invalid (PM4001).</exception>
    public static IndexBuildResult Build(RunTables tables, string indexFolder, SearchIndexOptions options, CancellationToken cancellationToken = default) =>
        Build(tables, indexFolder, options, keepUnchanged: false, cancellationToken);

    /// <summary>
    /// Builds the index of <paramref name="tables"/> into <paramref name="indexFolder"/>, replacing it
    /// atomically; with <paramref name="keepUnchanged"/>, an index whose manifest records the same
    /// <see cref="IndexManifest.Fingerprint"/> is kept as it is (<see cref="IndexBuildResult.Unchanged"/>).
    /// </summary>
    /// <exception cref="ProfileMinerException">The synonym list is invalid (PM4001).</exception>
    public static IndexBuildResult Build(RunTables tables, string indexFolder, SearchIndexOptions options, bool keepUnchanged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var passages = PassageCatalog.From(tables);
        var fingerprint = IndexFingerprint.Compute(passages, options);
        if (keepUnchanged && IndexManifest.Read(indexFolder) is { Format: IndexManifest.CurrentFormat } existing
            && string.Equals(existing.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new IndexBuildResult(passages.Count, FolderBytes(indexFolder), stopwatch.Elapsed) { Unchanged = true };
        }

        var synonyms = options.UseSynonyms ? SynonymList.Load(options.SynonymsFile, options.Stemmer) : null;
        using var analyzer = new PassageAnalyzer(options.Stemmer, synonyms);
        AtomicIndexFolder.Replace(indexFolder, temp =>
        {
            IndexWriterRun.Write(passages, temp, analyzer, cancellationToken);
            new IndexManifest
            {
                Format = IndexManifest.CurrentFormat,
                Passages = passages.Count,
                Groups = passages.Select(p => p.Group).Distinct(StringComparer.Ordinal).Count(),
                Documents = tables.SourceDocuments.Length,
                Stemmer = options.Stemmer.ToString().ToLowerInvariant(),
                Synonyms = synonyms is not null,
                Fingerprint = fingerprint,
                Built = DateTimeOffset.UtcNow,
            }.Write(temp);

            // The shipped thesaurus compiled with the query analysis, for searches to read instead of compiling it.
            var ranking = SearchRanking.Default;
            if (ranking.Thesaurus is { } thesaurus)
            {
                using var queryAnalyzer = new PassageAnalyzer(options.Stemmer, synonyms: null);
                ThesaurusMatcher.Compile(thesaurus, queryAnalyzer, ranking.ThesaurusScale)
                    .Save(Path.Combine(temp, ThesaurusMatcher.FileName), ThesaurusMatcher.CacheKey(thesaurus, options.Stemmer, ranking.ThesaurusScale));
            }
        });

        return new IndexBuildResult(passages.Count, FolderBytes(indexFolder), stopwatch.Elapsed);
    }

    private static long FolderBytes(string folder) => Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
}
