using System.Collections.Immutable;
using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Tables;

/// <summary>
/// The one hand-off between extraction and every output: a run's content joined once into immutable
/// tables of documents, passages (keyed by document id and block), metrics, claims and themes (long
/// form), each row with its document, council and provenance (page or line, start and end offsets,
/// block). Extractions are joined to their passages by the block they were made from
/// (<see cref="Extraction.BlockIndex"/>), never by searching offsets. The JSON Lines files, the index,
/// the digest and every export read these tables.
/// </summary>
public sealed class RunTables
{
    private RunTables(CorpusContent content, ThemeCodebook codebook)
    {
        Content = content;
        Codebook = codebook;
    }

    /// <summary>What the run found, as given.</summary>
    public CorpusContent Content { get; }

    /// <summary>The themes' names and descriptions.</summary>
    public ThemeCodebook Codebook { get; }

    /// <summary>One row per document, in input order (a second document with the same id is left out).</summary>
    public ImmutableArray<DocumentRow> Documents { get; private init; }

    /// <summary>The documents of <see cref="Documents"/>, in the same order.</summary>
    public ImmutableArray<SegmentedDocument> SourceDocuments { get; private init; }

    /// <summary>One row per block of every document.</summary>
    public ImmutableArray<PassageRow> Passages { get; private init; }

    /// <summary>
    /// The passages of <see cref="Passages"/>, in the same order, with their heading paths, sentences and
    /// cells (each document's as <see cref="PassageEnumerator.Of"/> worked them out, once).
    /// </summary>
    public ImmutableArray<Passage> SourcePassages { get; private init; }

    /// <summary>One row per metric mention.</summary>
    public ImmutableArray<MetricRow> Metrics { get; private init; }

    /// <summary>One row per claim.</summary>
    public ImmutableArray<ClaimRow> Claims { get; private init; }

    /// <summary>One row per (passage, theme).</summary>
    public ImmutableArray<ThemeRow> Themes { get; private init; }

    /// <summary>
    /// Joins <paramref name="content"/> once. Extractions whose document is not in the content are left
    /// out, and extractions naming a block their document does not have keep a null block, each with a
    /// warning in <paramref name="diagnostics"/>.
    /// </summary>
    public static RunTables Create(CorpusContent content, ThemeCodebook? codebook = null, DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        codebook ??= ThemeCodebook.Default;
        diagnostics ??= new DiagnosticBag();

        var documents = ImmutableArray.CreateBuilder<DocumentRow>();
        var sources = ImmutableArray.CreateBuilder<SegmentedDocument>();
        var passages = ImmutableArray.CreateBuilder<PassageRow>();
        var sourcePassages = ImmutableArray.CreateBuilder<Passage>();
        var byFile = new Dictionary<string, DocumentInfo>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            var id = document.Source.StableId();
            if (!ids.Add(id))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ExportDuplicateDocument,
                    "a second file with the same name and content; in the outputs once", Provenance.ForFile(document.Source.File)));
                continue;
            }

            var info = new DocumentInfo(document, id);
            byFile.TryAdd(document.Source.File, info);
            documents.Add(DocumentRowOf(document, id));
            sources.Add(document);
            foreach (var passage in PassageEnumerator.Of(document))
            {
                var block = passage.Block;
                sourcePassages.Add(passage);
                passages.Add(new PassageRow
                {
                    DocId = id,
                    Document = passage.Doc,
                    Block = passage.BlockIndex,
                    Council = passage.Council?.Name,
                    GssCode = passage.Council?.GssCode,
                    Region = passage.Council?.Region,
                    Section = passage.HeadingPath.Length == 0 ? null : string.Join(" > ", passage.HeadingPath),
                    SectionId = passage.SectionId,
                    Kind = BlockKinds.Name(block.Kind),
                    Text = block.Text,
                    Page = block.Source.Page,
                    Line = block.Source.Line,
                    Start = block.Source.Start,
                    End = block.Source.End,
                    Ocr = passage.Ocr,
                    Topic = Topics.Name(passage.Topic),
                    DuplicateOf = passage.DuplicateOf,
                });
            }
        }

        var metrics = ImmutableArray.CreateBuilder<MetricRow>();
        var claims = ImmutableArray.CreateBuilder<ClaimRow>();
        var themes = ImmutableArray.CreateBuilder<ThemeRow>();
        var missingDocs = new HashSet<string>(StringComparer.Ordinal);
        var unknownThemes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var extraction in content.Extractions)
        {
            if (!byFile.TryGetValue(extraction.Doc, out var info))
            {
                if (missingDocs.Add(extraction.Doc))
                {
                    diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ExportUnplaced,
                        "extractions name a document the run does not hold; left out of the outputs", Provenance.ForFile(extraction.Doc)));
                }

                continue;
            }

            var block = BlockOf(extraction, info, diagnostics);
            var place = Place(extraction, info, block);
            switch (extraction)
            {
                case MetricMention m:
                    metrics.Add(new MetricRow { Id = metrics.Count + 1, Place = place, Metric = m });
                    break;

                case Claim c:
                    claims.Add(new ClaimRow { Id = claims.Count + 1, Place = place, Claim = c });
                    break;

                case ThemeAssignment t:
                {
                    for (var rank = 0; rank < t.Themes.Length; rank++)
                    {
                        var id = t.Themes[rank];
                        var code = codebook.Find(id);
                        if (code is null && unknownThemes.Add(id))
                        {
                            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ExportUnknownTheme,
                                $"theme '{id}' is not in the codebook (THEMES.md); exported under its id", t.Source));
                        }

                        themes.Add(new ThemeRow
                        {
                            Id = themes.Count + 1,
                            Place = place,
                            SectionId = t.SectionId,
                            Theme = id,
                            ThemeName = code?.Name ?? id,
                            Rank = rank + 1,
                            Score = rank < t.Scores.Length ? t.Scores[rank] : t.Confidence,
                            Text = t.Sentence,
                        });
                    }

                    break;
                }

                default:
                    break;
            }
        }

        return new RunTables(content, codebook)
        {
            Documents = documents.ToImmutable(),
            SourceDocuments = sources.ToImmutable(),
            Passages = passages.ToImmutable(),
            SourcePassages = sourcePassages.ToImmutable(),
            Metrics = metrics.ToImmutable(),
            Claims = claims.ToImmutable(),
            Themes = themes.ToImmutable(),
        };
    }

    private static DocumentRow DocumentRowOf(SegmentedDocument document, string id)
    {
        var source = document.Source;
        return new DocumentRow
        {
            Id = id,
            File = source.File,
            Path = source.Path.Replace('\\', '/'),
            Sha256 = source.Sha256,
            Format = source.Format.ToString().ToLowerInvariant(),
            Kind = DocumentKinds.Name(document.Kind),
            Title = document.Title,
            Period = document.Period?.Label,
            PeriodStart = document.Period?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PeriodEnd = document.Period?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Councils = document.Councils.Any() ? string.Join("; ", document.Councils.Select(c => c.Name)) : null,
            Pages = source.Pages,
            Blocks = source.Blocks.Length,
            IssuerKind = Issuer.KindName(document.Issuer.Kind),
            Issuer = document.Issuer.Council?.Name,
            Furniture = source.PageFurniture.Sum(),
            OcrPages = source.OcrPages.Length,
            DuplicateOf = document.DuplicateOf,
        };
    }

    /// <summary>The block an extraction names, or null (with a warning) when its document has no such block.</summary>
    private static int? BlockOf(Extraction extraction, DocumentInfo info, DiagnosticBag diagnostics)
    {
        if (extraction.BlockIndex >= 0 && extraction.BlockIndex < info.Document.Source.Blocks.Length)
        {
            return extraction.BlockIndex;
        }

        diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ExportUnplaced,
            string.Create(CultureInfo.InvariantCulture, $"an extraction names block {extraction.BlockIndex}, which the document does not have; kept without a block"), extraction.Source));
        return null;
    }

    /// <summary>The columns a metric, claim or theme row shares: its council, document, provenance and extractor.</summary>
    private static ExtractionPlace Place(Extraction extraction, DocumentInfo info, int? block) => new()
    {
        Council = extraction.Council?.Name,
        GssCode = extraction.Council?.GssCode,
        Region = extraction.Council?.Region,
        Document = extraction.Doc,
        DocId = info.Id,
        Kind = DocumentKinds.Name(info.Document.Kind),
        Page = extraction.Source.Page,
        Line = extraction.Source.Line,
        Start = extraction.Source.Start,
        End = extraction.Source.End,
        Block = block,
        Extractor = extraction.Extractor,
        Topic = Topics.Name(extraction.Topic),
        DuplicateOf = extraction.DuplicateOf,
    };

    private sealed record DocumentInfo(SegmentedDocument Document, string Id);

}
