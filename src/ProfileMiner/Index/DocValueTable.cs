using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ProfileMiner.Index;

/// <summary>
/// The doc values a search reads for every match, copied once per open reader into plain arrays
/// (global doc ids, global ordinals): each passage's duplicate group and whether it is primary,
/// the passages of each group, and each facet's ordinals per passage with the ordinals' values.
/// Immutable once built, so searches on several threads share it.
/// </summary>
internal sealed class DocValueTable
{
    private DocValueTable(int[] group, bool[] primary, float[] prior, int[] groupStart, int[] groupDocs, IReadOnlyList<FacetTable?> facets, Places places)
    {
        Prior = prior;
        (File, Files, Page, Line, Block) = places;
        Group = group;
        Primary = primary;
        GroupStart = groupStart;
        GroupDocs = groupDocs;
        Facets = facets;
    }

    /// <summary>The group ordinal of each passage, -1 when it has none.</summary>
    public int[] Group { get; }

    /// <summary>Whether each passage lies outside a duplicate section.</summary>
    public bool[] Primary { get; }

    /// <summary>Each passage's prior, a factor on its score (<see cref="PassagePrior"/>); 1 in an index without priors.</summary>
    public float[] Prior { get; }

    /// <summary>Where each group's passages start in <see cref="GroupDocs"/> (one more entry than groups).</summary>
    public int[] GroupStart { get; }

    /// <summary>The passages of each group in turn, ascending doc ids within a group.</summary>
    public int[] GroupDocs { get; }

    /// <summary>Number of groups.</summary>
    public int GroupCount => GroupStart.Length - 1;

    /// <summary>One table per field of <see cref="IndexFields.Facets"/>, null when the index has no such field.</summary>
    public IReadOnlyList<FacetTable?> Facets { get; }

    /// <summary>The file ordinal of each passage (an index into <see cref="Files"/>), -1 when it has none.</summary>
    public int[] File { get; }

    /// <summary>The file name of each file ordinal.</summary>
    public string[] Files { get; }

    /// <summary>The page of each passage, 0 when it has none.</summary>
    public int[] Page { get; }

    /// <summary>The line of each passage, 0 when it has none.</summary>
    public int[] Line { get; }

    /// <summary>The block index of each passage in its document.</summary>
    public int[] Block { get; }

    /// <summary>Reads the tables of <paramref name="reader"/>.</summary>
    public static DocValueTable Build(IndexReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var groups = MultiDocValues.GetSortedValues(reader, IndexFields.Group);
        var primaryValues = MultiDocValues.GetNumericValues(reader, IndexFields.Primary);
        var priorValues = MultiDocValues.GetNumericValues(reader, IndexFields.Prior);
        var groupCount = groups?.ValueCount ?? 0;
        var group = new int[maxDoc];
        var primary = new bool[maxDoc];
        var prior = new float[maxDoc];
        var groupStart = new int[groupCount + 1];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var ord = groups?.GetOrd(doc) ?? -1;
            group[doc] = ord;
            primary[doc] = primaryValues?.Get(doc) == 1;
            prior[doc] = priorValues is null ? 1f : priorValues.Get(doc) / 1000f;
            if (ord >= 0)
            {
                groupStart[ord + 1]++;
            }
        }

        for (var g = 0; g < groupCount; g++)
        {
            groupStart[g + 1] += groupStart[g];
        }

        var groupDocs = new int[groupStart[groupCount]];
        var next = (int[])groupStart.Clone();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (group[doc] >= 0)
            {
                groupDocs[next[group[doc]]++] = doc;
            }
        }

        var facets = IndexFields.Facets.Select(f => FacetTable.Build(reader, f)).ToList();
        return new DocValueTable(group, primary, prior, groupStart, groupDocs, facets, ReadPlaces(reader));
    }

    private static Places ReadPlaces(IndexReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var docs = MultiDocValues.GetSortedValues(reader, IndexFields.DocValuesDoc);
        var pages = MultiDocValues.GetNumericValues(reader, IndexFields.DocValuesPage);
        var lines = MultiDocValues.GetNumericValues(reader, IndexFields.DocValuesLine);
        var blocks = MultiDocValues.GetNumericValues(reader, IndexFields.DocValuesBlock);
        var file = new int[maxDoc];
        var page = new int[maxDoc];
        var line = new int[maxDoc];
        var block = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            file[doc] = docs.GetOrd(doc);
            page[doc] = (int)pages.Get(doc);
            line[doc] = (int)lines.Get(doc);
            block[doc] = (int)blocks.Get(doc);
        }

        var files = new string[Math.Max(1, docs.ValueCount)];
        Array.Fill(files, string.Empty);
        var bytes = new BytesRef();
        for (var ord = 0; ord < docs.ValueCount; ord++)
        {
            docs.LookupOrd(ord, bytes);
            files[ord] = bytes.Utf8ToString();
        }

        return new Places(file, files, page, line, block);
    }

    private readonly record struct Places(int[] File, string[] Files, int[] Page, int[] Line, int[] Block);

    /// <summary>One facet's ordinals per passage (flattened) and the value of each ordinal.</summary>
    internal sealed class FacetTable
    {
        private FacetTable(string[] values, int[] start, int[] ords)
        {
            Values = values;
            Start = start;
            Ords = ords;
        }

        /// <summary>The value of each ordinal.</summary>
        public string[] Values { get; }

        /// <summary>Where each passage's ordinals start in <see cref="Ords"/> (one more entry than passages).</summary>
        public int[] Start { get; }

        /// <summary>The ordinals of each passage in turn.</summary>
        public int[] Ords { get; }

        public static FacetTable? Build(IndexReader reader, string field)
        {
            var values = MultiDocValues.GetSortedSetValues(reader, field);
            if (values is null)
            {
                return null;
            }

            var maxDoc = reader.MaxDoc;
            var start = new int[maxDoc + 1];
            var ords = new List<int>(maxDoc);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords.Add((int)ord);
                }

                start[doc + 1] = ords.Count;
            }

            var names = new string[values.ValueCount];
            var bytes = new BytesRef();
            for (var ord = 0; ord < names.Length; ord++)
            {
                values.LookupOrd(ord, bytes);
                names[ord] = bytes.Utf8ToString();
            }

            return new FacetTable(names, start, [.. ords]);
        }
    }
}
