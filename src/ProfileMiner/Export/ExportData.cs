using System.Collections.Immutable;
using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Output;
using ProfileMiner.Segment;

namespace ProfileMiner.Export;

/// <summary>
/// A run's content as flat rows, built once and shared by every exporter: documents, passages
/// (keyed by document id and block), metrics, claims and themes (long form), each row with its
/// document, council and provenance (page or line, start and end offsets, block).
/// </summary>
public sealed class ExportData
{
    private ExportData(CorpusContent content, ThemeCodebook codebook)
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

    /// <summary>One row per metric mention.</summary>
    public ImmutableArray<MetricRow> Metrics { get; private init; }

    /// <summary>One row per claim.</summary>
    public ImmutableArray<ClaimRow> Claims { get; private init; }

    /// <summary>One row per (passage, theme).</summary>
    public ImmutableArray<ThemeRow> Themes { get; private init; }

    /// <summary>
    /// Flattens <paramref name="content"/>. Extractions whose document is not in the content are left out,
    /// and extractions that fall inside no block keep a null block, each with a warning in <paramref name="diagnostics"/>.
    /// </summary>
    public static ExportData Create(CorpusContent content, ThemeCodebook? codebook = null, DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        codebook ??= ThemeCodebook.Default;
        diagnostics ??= new DiagnosticBag();

        var documents = ImmutableArray.CreateBuilder<DocumentRow>();
        var sources = ImmutableArray.CreateBuilder<SegmentedDocument>();
        var passages = ImmutableArray.CreateBuilder<PassageRow>();
        var byFile = new Dictionary<string, DocumentInfo>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            var id = DocumentsJsonlWriter.DocumentId(document.Source);
            if (!ids.Add(id))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ExportDuplicateDocument,
                    "a second file with the same name and content; exported once", Provenance.ForFile(document.Source.File)));
                continue;
            }

            var info = new DocumentInfo(document, id);
            byFile.TryAdd(document.Source.File, info);
            documents.Add(DocumentRowOf(document, id));
            sources.Add(document);
            foreach (var passage in PassageEnumerator.Enumerate(document))
            {
                var block = passage.Block;
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
                    Kind = PassagesJsonlWriter.KindName(block.Kind),
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
                        "extractions name a document the run does not hold; left out of the exports", Provenance.ForFile(extraction.Doc)));
                }

                continue;
            }

            switch (extraction)
            {
                case MetricMention m:
                {
                    var block = info.BlockAt(m.Source.Start, m, diagnostics);
                    metrics.Add(new MetricRow
                    {
                        Id = metrics.Count + 1,
                        Place = Place(m, info, block),
                        Period = m.Period,
                        Measure = m.Measure,
                        Indicator = m.Indicator,
                        IndicatorEdition = m.IndicatorEdition,
                        Text = m.Text,
                        Value = m.Value,
                        Unit = m.Unit,
                        Role = m.Role,
                        Scope = m.Scope,
                        SectionId = info.SectionIdOf(block),
                        Sentence = m.Sentence,
                        Confidence = m.Confidence,
                    });
                    break;
                }

                case Claim c:
                {
                    var block = info.BlockAt(c.Source.Start, c, diagnostics);
                    claims.Add(new ClaimRow
                    {
                        Id = claims.Count + 1,
                        Place = Place(c, info, block),
                        Period = c.Period,
                        Type = c.Type,
                        Polarity = c.Polarity,
                        Count = c.Count,
                        Total = c.Total,
                        Framework = c.Framework,
                        Comparator = c.Comparator,
                        Indicator = c.Indicator,
                        SectionId = info.SectionIdOf(block),
                        Sentence = c.Sentence,
                        Confidence = c.Confidence,
                    });
                    break;
                }

                case ThemeAssignment t:
                {
                    int? block = t.BlockIndex >= 0 && t.BlockIndex < info.Document.Source.Blocks.Length ? t.BlockIndex : null;
                    if (block is null)
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ExportUnplaced,
                            string.Create(CultureInfo.InvariantCulture, $"a theme assignment names block {t.BlockIndex}, which the document does not have; exported without a block"), t.Source));
                    }

                    var place = Place(t, info, block);
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

        return new ExportData(content, codebook)
        {
            Documents = documents.ToImmutable(),
            SourceDocuments = sources.ToImmutable(),
            Passages = passages.ToImmutable(),
            Metrics = metrics.ToImmutable(),
            Claims = claims.ToImmutable(),
            Themes = themes.ToImmutable(),
        };
    }

    /// <summary>The tables chosen, in the order documents, passages, metrics, claims, themes.</summary>
    internal IEnumerable<ExportTable> Tables(ExportTables which)
    {
        if (which.HasFlag(ExportTables.Documents))
        {
            yield return ExportTable.Create("documents", ExportTables.Documents, Documents, ExportSchema.Documents);
        }

        if (which.HasFlag(ExportTables.Passages))
        {
            yield return ExportTable.Create("passages", ExportTables.Passages, Passages, ExportSchema.Passages);
        }

        if (which.HasFlag(ExportTables.Metrics))
        {
            yield return ExportTable.Create("metrics", ExportTables.Metrics, Metrics, ExportSchema.Metrics);
        }

        if (which.HasFlag(ExportTables.Claims))
        {
            yield return ExportTable.Create("claims", ExportTables.Claims, Claims, ExportSchema.Claims);
        }

        if (which.HasFlag(ExportTables.Themes))
        {
            yield return ExportTable.Create("themes", ExportTables.Themes, Themes, ExportSchema.Themes);
        }
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
            Kind = DocumentsJsonlWriter.KindName(document.Kind),
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

    /// <summary>A document with what placing an extraction in its passages needs.</summary>
    /// <summary>The columns a metric, claim or theme row shares: its council, document, provenance and extractor.</summary>
    private static ExtractionPlace Place(Extraction extraction, DocumentInfo info, int? block) => new()
    {
        Council = extraction.Council?.Name,
        GssCode = extraction.Council?.GssCode,
        Region = extraction.Council?.Region,
        Document = extraction.Doc,
        DocId = info.Id,
        Kind = DocumentsJsonlWriter.KindName(info.Document.Kind),
        Page = extraction.Source.Page,
        Line = extraction.Source.Line,
        Start = extraction.Source.Start,
        End = extraction.Source.End,
        Block = block,
        Extractor = extraction.Extractor,
        Topic = Topics.Name(extraction.Topic),
        DuplicateOf = extraction.DuplicateOf,
    };

    private sealed class DocumentInfo
    {
        private readonly int[] _starts;
        private readonly string[] _sectionIds;

        public DocumentInfo(SegmentedDocument document, string id)
        {
            Document = document;
            Id = id;
            var blocks = document.Source.Blocks;
            _starts = [.. blocks.Select(b => b.Source.Start)];
            _sectionIds = new string[blocks.Length];
            foreach (var section in document.Sections)
            {
                for (var i = section.FirstBlock; i < section.EndBlock && i < blocks.Length; i++)
                {
                    _sectionIds[i] = section.Id(document.Source.File);
                }
            }
        }

        public SegmentedDocument Document { get; }

        public string Id { get; }

        /// <summary>The block whose text holds <paramref name="offset"/>, or null (with a warning) when none does.</summary>
        public int? BlockAt(int offset, Extraction extraction, DiagnosticBag diagnostics)
        {
            var index = Array.BinarySearch(_starts, offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            if (index >= 0 && offset <= Document.Source.Blocks[index].Source.End)
            {
                return index;
            }

            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ExportUnplaced,
                string.Create(CultureInfo.InvariantCulture, $"an extraction at offset {offset} lies in no passage; exported without a block"), extraction.Source));
            return null;
        }

        public string? SectionIdOf(int? block) => block is { } b ? _sectionIds[b] : null;
    }
}
