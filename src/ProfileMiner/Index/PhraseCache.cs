using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ProfileMiner.Index;

/// <summary>
/// Where each thesaurus expression of several words stands (the passages, and how often in each),
/// read once per segment of an open index and kept: an expression is a phrase whose words are often
/// common ("admissions to care homes"), and reading their positions in every passage that has them
/// all costs a search more than all else. Only the thesaurus' expressions are kept, a bounded set
/// shared by every query; what is typed is read afresh each time.
/// </summary>
internal sealed class PhraseCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, Postings> _phrases = new(StringComparer.Ordinal);

    /// <summary><paramref name="phrase"/> (an exact one: with slop it is returned as it is), scored as it is, from what is kept of it.</summary>
    public Query Matches(PhraseQuery phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var terms = phrase.GetTerms();
        if (phrase.Slop != 0 || terms.Length < 2)
        {
            return phrase;
        }

        var key = terms[0].Field + ":" + string.Join(' ', terms.Select(t => t.Text)) + " " + string.Join(',', phrase.GetPositions().Select(p => p.ToString(CultureInfo.InvariantCulture)));
        if (!_phrases.TryGetValue(key, out var postings))
        {
            if (_phrases.Count >= MaxEntries)
            {
                _phrases.Clear();
            }

            var unboosted = (PhraseQuery)phrase.Clone();
            unboosted.Boost = 1f;
            postings = _phrases.GetOrAdd(key, _ => new Postings(unboosted));
        }

        return new CachedPhraseQuery(phrase, postings);
    }

    /// <summary>The passages of each segment a phrase matches, with its frequency in each, read on first use.</summary>
    internal sealed class Postings(PhraseQuery phrase)
    {
        private readonly ConcurrentDictionary<object, (int[] Docs, int[] Freqs)> _segments = new();

        public (int[] Docs, int[] Freqs) Of(AtomicReaderContext context, IndexSearcher searcher) =>
            _segments.GetOrAdd(context.AtomicReader.CoreCacheKey, _ =>
            {
                var docs = new List<int>();
                var freqs = new List<int>();
                var scorer = searcher.CreateNormalizedWeight(phrase).GetScorer(context, context.AtomicReader.LiveDocs);
                while (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docs.Add(scorer.DocID);
                    freqs.Add(scorer.Freq);
                }

                return ([.. docs], [.. freqs]);
            });
    }
}
