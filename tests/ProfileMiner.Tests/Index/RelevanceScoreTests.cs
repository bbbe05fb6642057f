using System.Collections.Immutable;
using ProfileMiner.Index;

namespace ProfileMiner.Tests.Index;

public sealed class RelevanceScoreTests
{
    [Fact]
    public void A_hit_counts_when_it_or_a_copy_is_judged_and_opening_words_tell_cells_of_one_line_apart()
    {
        var query = new RelevanceQuery("t1", new SearchRequest { Query = "x" },
            [new JudgedPassage("a.txt", 3, "Second cell"), new JudgedPassage("b.txt", 7, null)]);
        var result = Result(
            Hit("a.txt", 3, "First cell of the row", "g1"),
            Hit("a.txt", 3, "Second cell of the row", "g2"),
            Hit("c.pdf", null, "The same paragraph", "g3") with { AlsoIn = [new HitSource("b.txt#4", "b.txt", null, 7, null)] });

        var score = RelevanceScore.Of(result, query, p => p.Starts is null ? "g3" : "g2");

        // Relevant at ranks 2 and 3 of the two possible answers.
        var expected = (1 / Math.Log2(3) + 1 / Math.Log2(4)) / (1 + 1 / Math.Log2(3));
        Assert.Equal(expected, score.Ndcg, 6);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Means_by_kind_end_with_all_queries()
    {
        var a = new RelevanceQuery("a", new SearchRequest(), []) { Kind = "acronym" };
        var b = new RelevanceQuery("b", new SearchRequest(), []) { Kind = "phrase" };
        var kinds = SearchBenchmark.ByKind([(a, new RelevanceScore(1, 1)), (b, new RelevanceScore(0, 0.5)), (a, new RelevanceScore(0.5, 0.5))]);

        Assert.Equal(["acronym", "phrase", "all"], kinds.Select(k => k.Kind).ToArray());
        Assert.Equal(0.75, kinds[0].Mean.Ndcg);
        Assert.Equal(2, kinds[0].Queries);
        Assert.Equal(0.5, kinds[2].Mean.Ndcg);
    }

    private static SearchResult Result(params SearchHit[] hits) => new()
    {
        Total = hits.Length,
        Passages = hits.Length,
        Hits = [.. hits],
        Facets = ImmutableDictionary<string, ImmutableArray<FacetCount>>.Empty,
        ParsedQuery = string.Empty,
    };

    private static SearchHit Hit(string doc, int? line, string text, string group) => new()
    {
        Key = doc + "#" + group,
        Doc = doc,
        Line = line,
        Text = text,
        Snippet = text,
        Group = group,
    };
}
