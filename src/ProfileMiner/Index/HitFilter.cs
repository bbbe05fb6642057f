using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ProfileMiner.Index;

/// <summary>
/// The passages that may be hits: not headings (their words are in the heading path of the passages
/// under them), not deleted, and within the search's filters. A bit set per segment, read once per
/// open index (the filters once per search), that searches take as the documents they may accept,
/// instead of a clause to match. One instance serves one search.
/// </summary>
internal sealed class HitFilter : Filter
{
    private const int MaxKept = 1024;
    private readonly FixedBitSet[] _passages;
    private readonly IReadOnlyList<Filter> _narrow;
    private readonly FixedBitSet?[] _narrowed;

    private HitFilter(FixedBitSet[] passages, IReadOnlyList<Filter> narrow)
    {
        _passages = passages;
        _narrow = narrow;
        _narrowed = new FixedBitSet?[passages.Length];
    }

    /// <summary>The passages of each segment of <paramref name="reader"/> that are not headings.</summary>
    public static FixedBitSet[] Passages(IndexReader reader)
    {
        var leaves = reader.Leaves;
        var result = new FixedBitSet[leaves.Count];
        var heading = new BytesRef("heading");
        foreach (var leaf in leaves)
        {
            var atomic = leaf.AtomicReader;
            var bits = new FixedBitSet(Math.Max(1, atomic.MaxDoc));
            bits.Set(0, atomic.MaxDoc);
            var live = atomic.LiveDocs;
            if (live is not null)
            {
                for (var doc = 0; doc < atomic.MaxDoc; doc++)
                {
                    if (!live.Get(doc))
                    {
                        bits.Clear(doc);
                    }
                }
            }

            var headings = atomic.GetTermDocsEnum(new Term(IndexFields.Block, heading));
            while (headings is not null && headings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Clear(headings.DocID);
            }

            result[leaf.Ord] = bits;
        }

        return result;
    }

    /// <summary>
    /// The passages of <paramref name="passages"/> that also match every clause of
    /// <paramref name="filters"/> (all of them when null). Each clause (a council, the years asked
    /// for, ...) is read once per open index and kept in <paramref name="kept"/>, as Lucene's
    /// <see cref="CachingWrapperFilter"/>: a filter is one of few values, shared by many searches.
    /// </summary>
    public static HitFilter Within(FixedBitSet[] passages, BooleanQuery? filters, ConcurrentDictionary<string, Filter> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var narrow = new List<Filter>();
        foreach (var clause in filters?.Clauses ?? [])
        {
            var key = clause.Query.ToString();
            if (!kept.TryGetValue(key, out var filter))
            {
                if (kept.Count >= MaxKept)
                {
                    kept.Clear();
                }

                filter = kept.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(clause.Query)));
            }

            narrow.Add(filter);
        }

        return new HitFilter(passages, narrow);
    }

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var passages = _passages[context.Ord];
        if (_narrow.Count == 0)
        {
            return passages;
        }

        // The filters are ANDed once per search (a search runs several queries through them).
        if (_narrowed[context.Ord] is { } known)
        {
            return known;
        }

        var narrowed = (FixedBitSet)passages.Clone();
        foreach (var filter in _narrow)
        {
            var iterator = filter.GetDocIdSet(context, acceptDocs)?.GetIterator();
            var bits = new FixedBitSet(passages.Length);
            if (iterator is not null)
            {
                bits.Or(iterator);
            }

            narrowed.And(bits);
        }

        return _narrowed[context.Ord] = narrowed;
    }
}
