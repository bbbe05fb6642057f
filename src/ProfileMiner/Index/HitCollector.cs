using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ProfileMiner.Index;

/// <summary>Collects every matching document with its score (global doc ids), for the lookups that need all matches of a small query (a passage by key, the passages around one); searches group through <see cref="GroupingCollector"/>.</summary>
internal sealed class HitCollector : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public List<int> Docs { get; } = [];

    public List<float> Scores { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void Collect(int doc)
    {
        Docs.Add(_docBase + doc);
        Scores.Add(_scorer!.GetScore());
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void SetScorer(Scorer scorer) => _scorer = scorer;
}
