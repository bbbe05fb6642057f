using ProfileMiner.Index;
using ProfileMiner.Tables;

namespace ProfileMiner.Tests.Index;

public sealed class Fts5BaselineTests
{
    [Theory]
    [InlineData("delayed transfers of care", "\"delayed\" OR \"transfers\" OR \"of\" OR \"care\"")]
    [InlineData("\"shared lives\" carers", "\"shared lives\" OR \"carers\"")]
    [InlineData("hospital AND council:wigan NOT discharge", "\"hospital\" OR \"discharge\"")]
    [InlineData("\"co-production\" re-ablement", "\"co production\" OR \"re\" OR \"ablement\"")]
    [InlineData("AND", "")]
    public void Queries_become_an_OR_of_words_and_phrases(string query, string expected) =>
        Assert.Equal(expected, Fts5Baseline.MatchExpression(query));

    [Fact]
    public async Task It_ranks_by_bm25_filters_and_shows_a_repeated_text_once()
    {
        using var corpus = new SearchCorpus(withCopy: true);
        using var baseline = Fts5Baseline.Build(RunTables.Create(await corpus.ContentAsync()));

        var carers = baseline.Search(new SearchRequest { Query = "carers assessments" });
        var hit = Assert.Single(carers.Hits, h => h.Text.StartsWith("We completed 1,200 carers", StringComparison.Ordinal));
        Assert.Single(hit.AlsoIn);
        Assert.Equal(carers.Hits.Length, carers.Hits.Select(h => h.Group).Distinct().Count());

        var wigan = baseline.Search(new SearchRequest { Query = "hospital", Councils = ["wigan"] });
        Assert.NotEmpty(wigan.Hits);
        Assert.All(wigan.Hits, h => Assert.Equal("Wigan", h.Council));

        Assert.Empty(baseline.Search(new SearchRequest { Query = "DToC", Councils = ["Bury"] }).Hits);
    }
}
