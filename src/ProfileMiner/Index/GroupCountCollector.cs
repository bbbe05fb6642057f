using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ProfileMiner.Index;

/// <summary>
/// Counts the duplicate groups a query matches, without scoring, and stops the search as soon as
/// <see cref="Limit"/> groups have matched: enough to tell whether a level of relaxing has hits enough.
/// </summary>
internal sealed class GroupCountCollector(DocValueTable table, int limit) : ICollector
{
    private readonly bool[] _seen = new bool[table.GroupCount];
    private int _docBase;

    /// <summary>The count at which collecting stops.</summary>
    public int Limit { get; } = limit;

    /// <summary>The groups matched so far (at most <see cref="Limit"/>).</summary>
    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void Collect(int doc)
    {
        var group = table.Group[_docBase + doc];
        if (group < 0 || _seen[group])
        {
            return;
        }

        _seen[group] = true;
        if (++Count >= Limit)
        {
            throw new CollectionTerminatedException();
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        if (Count >= Limit)
        {
            throw new CollectionTerminatedException();
        }
    }

    public void SetScorer(Scorer scorer)
    {
        // Matches are counted, never scored.
    }
}
