using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = System.IO.Directory;

namespace ProfileMiner.Index;

/// <summary>Writes passages into a new Lucene index in a folder: one document per passage, merged into one segment.</summary>
internal static class IndexWriterRun
{
    private static readonly FieldType s_textType = CreateTextType();

    public static void Write(IReadOnlyList<IndexedPassage> passages, string folder, PassageAnalyzer analyzer, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var config = new IndexWriterConfig(PassageAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, config);
        var keywords = new KeywordFields();
        foreach (var passage in passages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.AddDocument(ToDocument(passage, keywords));
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>The Lucene document of one passage; its untokenised fields are taken from <paramref name="keywords"/>, reused from one document to the next.</summary>
    private static Document ToDocument(IndexedPassage p, KeywordFields keywords)
    {
        keywords.Next();

        var document = new Document
        {
            new Field(IndexFields.Text, p.Text, s_textType),
            new TextField(IndexFields.Heading, p.Heading, Field.Store.YES),
        };
        keywords.Add(document, IndexFields.Key, p.Key, facet: false);
        keywords.Add(document, IndexFields.Doc, p.Doc, facet: false);
        if (p.Title is { Length: > 0 } title)
        {
            document.Add(new StoredField(IndexFields.Title, title));
        }

        if (p.SourcePath is { } path)
        {
            document.Add(new StoredField(IndexFields.SourcePath, path));
        }

        keywords.Add(document, IndexFields.Council, p.Council, facet: true);
        keywords.Add(document, IndexFields.GssCode, p.GssCode, facet: false);
        keywords.Add(document, IndexFields.Region, p.Region, facet: false);
        keywords.Add(document, IndexFields.Kind, p.Kind, facet: true);
        keywords.Add(document, IndexFields.Block, p.Block, facet: false);
        keywords.Add(document, IndexFields.Period, p.Period, facet: false);
        foreach (var year in p.Years)
        {
            keywords.Add(document, IndexFields.Year, year, facet: true);
        }

        foreach (var theme in p.Themes)
        {
            keywords.Add(document, IndexFields.Theme, theme, facet: true);
        }

        keywords.Add(document, IndexFields.HasMetrics, p.HasMetrics ? "true" : "false", facet: false);
        keywords.Add(document, IndexFields.HasClaims, p.HasClaims ? "true" : "false", facet: false);
        keywords.Add(document, IndexFields.Section, p.Section, facet: false);
        keywords.Add(document, IndexFields.DuplicateOf, p.DuplicateOf, facet: false);
        document.Add(keywords.Exact(IndexFields.Group, p.Group));
        document.Add(new StoredField(IndexFields.Group, p.Group));
        document.Add(new SortedDocValuesField(IndexFields.Group, new BytesRef(p.Group)));
        document.Add(new NumericDocValuesField(IndexFields.Primary, p.DuplicateOf is null ? 1 : 0));
        document.Add(new NumericDocValuesField(IndexFields.Prior, (long)MathF.Round(PassagePrior.Of(p.Text, p.Block, p.Heading) * 1000)));
        document.Add(new Int32Field(IndexFields.BlockIndex, p.BlockIndex, Field.Store.YES));
        document.Add(new SortedDocValuesField(IndexFields.DocValuesDoc, new BytesRef(p.Doc)));
        document.Add(new NumericDocValuesField(IndexFields.DocValuesPage, p.Page ?? 0));
        document.Add(new NumericDocValuesField(IndexFields.DocValuesLine, p.Line ?? 0));
        document.Add(new NumericDocValuesField(IndexFields.DocValuesBlock, p.BlockIndex));
        if (p.Page is { } page)
        {
            document.Add(new StoredField(IndexFields.Page, page));
        }

        if (p.Line is { } line)
        {
            document.Add(new StoredField(IndexFields.Line, line));
        }

        document.Add(new StoredField(IndexFields.Start, p.Start));
        document.Add(new StoredField(IndexFields.End, p.End));
        document.Add(new StoredField(IndexFields.Sentences, string.Join(',', p.Sentences.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")))));
        return document;
    }

    /// <summary>
    /// The untokenised fields of the documents, reused from one document to the next as Lucene advises
    /// for indexing speed: a new <see cref="StringField"/> builds a token stream of its own, and that
    /// cost more than the rest of the indexing. A name used twice in one document (years, themes) gets
    /// one instance per use.
    /// </summary>
    private sealed class KeywordFields
    {
        private readonly Dictionary<string, List<StringField>> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

        /// <summary>Starts the next document: every instance is free again.</summary>
        public void Next() => _used.Clear();

        /// <summary>An indexed, unstored field holding <paramref name="value"/> as it is.</summary>
        public StringField Exact(string name, string value)
        {
            var used = _used.GetValueOrDefault(name);
            _used[name] = used + 1;
            if (!_fields.TryGetValue(name, out var list))
            {
                _fields[name] = list = [];
            }

            if (used == list.Count)
            {
                list.Add(new StringField(name, value, Field.Store.NO));
            }
            else
            {
                list[used].SetStringValue(value);
            }

            return list[used];
        }

        /// <summary>A keyword: indexed lower-cased (matched whole, case-insensitively), stored as written, and a facet when <paramref name="facet"/>.</summary>
        public void Add(Document document, string field, string? value, bool facet)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            document.Add(Exact(field, value.ToLowerInvariant()));
            document.Add(new StoredField(field, value));
            if (facet)
            {
                document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
            }
        }
    }

    private static FieldType CreateTextType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }
}
