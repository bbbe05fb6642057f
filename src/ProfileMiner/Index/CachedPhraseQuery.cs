using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ProfileMiner.Index;

/// <summary>
/// An exact phrase (no slop) scored as <see cref="PhraseQuery"/> scores it, from the passages it
/// matches and how often it stands in each, read once per segment and kept by <see cref="PhraseCache"/>,
/// so that its words' positions are not read again.
/// </summary>
internal sealed class CachedPhraseQuery : Query
{
    private readonly PhraseQuery _phrase;
    private readonly PhraseCache.Postings _postings;

    public CachedPhraseQuery(PhraseQuery phrase, PhraseCache.Postings postings)
    {
        _phrase = phrase;
        _postings = postings;
        Boost = phrase.Boost;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new CachedPhraseWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => _phrase.ExtractTerms(terms);

    public override string ToString(string field) => _phrase.ToString(field);

    public override bool Equals(object? obj) => obj is CachedPhraseQuery other && _phrase.Equals(other._phrase);

    public override int GetHashCode() => _phrase.GetHashCode();

    private sealed class CachedPhraseWeight : Weight
    {
        private readonly CachedPhraseQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public CachedPhraseWeight(CachedPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _similarity = searcher.Similarity;
            var terms = query._phrase.GetTerms();
            var context = searcher.TopReaderContext;
            var statistics = terms.Select(t => searcher.TermStatistics(t, TermContext.Build(context, t))).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(terms[0].Field), statistics);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var (docs, freqs) = _query._postings.Of(context, _searcher);
            return docs.Length == 0 ? null : new CachedPhraseScorer(this, docs, freqs, _similarity.GetSimScorer(_stats, context), acceptDocs);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new Explanation(scorer.GetScore(), $"cached phrase {_query._phrase}, freq {scorer.Freq}")
                : new Explanation(0f, "no matching phrase");
        }
    }

    private sealed class CachedPhraseScorer(Weight weight, int[] docs, int[] freqs, Similarity.SimScorer scorer, IBits? acceptDocs) : Scorer(weight)
    {
        private int _index = -1;
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => freqs[_index];

        public override float GetScore() => scorer.Score(_doc, freqs[_index]);

        public override int NextDoc()
        {
            while (++_index < docs.Length)
            {
                if (acceptDocs is null || acceptDocs.Get(docs[_index]))
                {
                    return _doc = docs[_index];
                }
            }

            return _doc = NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            var found = Array.BinarySearch(docs, Math.Max(0, _index + 1), docs.Length - Math.Max(0, _index + 1), target);
            _index = (found < 0 ? ~found : found) - 1;
            return NextDoc();
        }

        public override long GetCost() => docs.Length;
    }
}
