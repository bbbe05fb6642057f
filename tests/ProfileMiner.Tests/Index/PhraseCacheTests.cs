using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ProfileMiner.Index;

namespace ProfileMiner.Tests.Index;

public sealed class PhraseCacheTests
{
    [Theory]
    [InlineData("delai", "transfer", "of", "care")]
    [InlineData("share", "live")]
    [InlineData("discharg", "team")]
    [InlineData("care", "nowher")]
    public async Task A_kept_phrase_matches_and_scores_as_the_phrase_does(params string[] tokens)
    {
        using var corpus = new SearchCorpus(withCopy: true);
        (await corpus.IndexAsync()).Dispose();
        using var directory = FSDirectory.Open(SearchIndexOptions.IndexFolder(corpus.Output));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(1.2f, 0.3f) };
        var cache = new PhraseCache();

        var expected = Search(searcher, Phrase(tokens));
        var first = Search(searcher, cache.Matches(Phrase(tokens)));
        var again = Search(searcher, cache.Matches(Phrase(tokens)));

        Assert.Equal(expected, first);
        Assert.Equal(expected, again);
        Assert.Equal(tokens[^1] != "nowher", expected.Count > 0);
    }

    [Fact]
    public void A_phrase_with_slop_is_not_kept()
    {
        var sloppy = Phrase("delai", "transfer");
        sloppy.Slop = 2;

        Assert.Same(sloppy, new PhraseCache().Matches(sloppy));
    }

    private static PhraseQuery Phrase(params string[] tokens)
    {
        var phrase = new PhraseQuery { Boost = 0.8f };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(IndexFields.Text, token));
        }

        return phrase;
    }

    private static List<(int Doc, float Score)> Search(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 100).ScoreDocs.Select(d => (d.Doc, d.Score))];
}
