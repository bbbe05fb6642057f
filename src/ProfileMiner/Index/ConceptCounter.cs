using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ProfileMiner.Index;

/// <summary>
/// Counts how many of a plan's required concepts each passage matches, each concept searched once
/// for its matches alone (nothing scored), and from the counts finds the level of relaxing to keep:
/// the most concepts that enough duplicate groups have a passage matching. One pass per concept
/// instead of one search per level tried.
/// </summary>
internal sealed class ConceptCounter(int maxDoc) : ICollector
{
    private readonly ushort[] _counts = new ushort[Math.Max(1, maxDoc)];
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void Collect(int doc) => _counts[_docBase + doc]++;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void SetScorer(Scorer scorer)
    {
        // Matches are counted, never scored.
    }

    /// <summary>
    /// The highest level above <paramref name="floor"/> (at most <paramref name="concepts"/>) at which
    /// at least <paramref name="enough"/> groups have a passage matching that many concepts; otherwise <paramref name="floor"/>.
    /// </summary>
    public int Level(DocValueTable table, int concepts, int floor, int enough)
    {
        var best = new ushort[table.GroupCount];
        for (var doc = 0; doc < _counts.Length; doc++)
        {
            var count = _counts[doc];
            var group = count == 0 ? -1 : table.Group[doc];
            if (group >= 0 && count > best[group])
            {
                best[group] = count;
            }
        }

        var groups = new int[concepts + 1];
        foreach (var count in best)
        {
            groups[Math.Min((int)count, concepts)]++;
        }

        var atLeast = 0;
        for (var level = concepts; level > floor; level--)
        {
            atLeast += groups[level];
            if (atLeast >= enough)
            {
                return level;
            }
        }

        return floor;
    }
}
