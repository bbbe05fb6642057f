using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ProfileMiner.Index;

/// <summary>
/// Collects a search's matches straight into duplicate groups: per group its best score, and the
/// passage to show (one outside duplicate sections first, then the best score, then the lowest doc id);
/// the matches themselves only as a bit set. Nothing per match is allocated.
/// </summary>
internal sealed class GroupingCollector : ICollector
{
    private readonly DocValueTable _table;
    private readonly int _exclude;
    private readonly float[] _bestScore;
    private readonly bool[] _bestPrimary;
    private Scorer? _scorer;
    private int _docBase;

    public GroupingCollector(DocValueTable table, int maxDoc, int? excludeGroup)
    {
        _table = table;
        _exclude = excludeGroup ?? -1;
        var groups = table.GroupCount;
        BestDoc = new int[groups];
        Array.Fill(BestDoc, -1);
        TopDoc = new int[groups];
        _bestScore = new float[groups];
        _bestPrimary = new bool[groups];
        GroupScore = new float[groups];
        Matched = new FixedBitSet(Math.Max(1, maxDoc));
    }

    /// <summary>Every matching passage (global doc ids).</summary>
    public FixedBitSet Matched { get; }

    /// <summary>Number of matching passages.</summary>
    public int Count { get; private set; }

    /// <summary>The groups with a match, in the order first seen.</summary>
    public List<int> Seen { get; } = [];

    /// <summary>The passage shown for each group, -1 for groups without a match.</summary>
    public int[] BestDoc { get; }

    /// <summary>The best-scoring passage of each group (shown or not); meaningful for groups with a match.</summary>
    public int[] TopDoc { get; }

    /// <summary>The best score of each group's matches.</summary>
    public float[] GroupScore { get; }

    public bool AcceptsDocsOutOfOrder => true;

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        Matched.Set(global);
        Count++;
        var group = _table.Group[global];
        if (group < 0 || group == _exclude)
        {
            return;
        }

        // Deviation: the score is scaled by the passage's prior (contents entries, form fields and bare labels count less).
        var score = _scorer!.GetScore() * _table.Prior[global];
        var isPrimary = _table.Primary[global];
        var current = BestDoc[group];
        if (current < 0)
        {
            Seen.Add(group);
            (BestDoc[group], _bestScore[group], _bestPrimary[group], GroupScore[group], TopDoc[group]) = (global, score, isPrimary, score, global);
            return;
        }

        if (score > GroupScore[group] || (score == GroupScore[group] && global < TopDoc[group]))
        {
            (GroupScore[group], TopDoc[group]) = (score, global);
        }

        var better = (isPrimary && !_bestPrimary[group]) || (isPrimary == _bestPrimary[group] && (score > _bestScore[group] || (score == _bestScore[group] && global < current)));
        if (better)
        {
            (BestDoc[group], _bestScore[group], _bestPrimary[group]) = (global, score, isPrimary);
        }
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void SetScorer(Scorer scorer) => _scorer = scorer;
}
