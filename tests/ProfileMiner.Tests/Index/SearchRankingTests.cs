using ProfileMiner.Index;

namespace ProfileMiner.Tests.Index;

/// <summary>How plain queries rank: every word expected with a fall-back, headings a field not hits, form fields and contents demoted, matched words marked.</summary>
public sealed class SearchRankingTests
{
    private const string Council = """
        # Oldham adult social care self-assessment 2016/17

        Name of Local Authority: Oldham

        | Period covered by this self assessment | April 2016 – March 2017 |
        | --- | --- |

        ## Telecare

        Sensors in 400 homes now alert the response team when someone falls.

        ## Carers

        The self assessment found that carers wanted more respite.

        Local Area Co-ordination supports people to find help in their own neighbourhood.

        We had a dedicated team for Direct Payments and specialist employment for Direct Payment recipients.

        Delayed transfers of care fell again, though social care delays rose in winter.
        """;

    [Fact]
    public async Task A_query_expects_every_word_and_says_when_it_relaxed_one()
    {
        using var corpus = Corpus();
        using var index = await corpus.IndexAsync(SearchRanking.Default with { RelaxBelow = 1, CommonWordShare = 1, Thesaurus = null });

        var strict = index.Search(new SearchRequest { Query = "respite carers" });
        Assert.Equal(["respite", "carers"], strict.ExpectedWords.ToArray());
        Assert.Equal(0, strict.Relaxed);
        Assert.All(strict.Hits, h => Assert.Contains("respite", h.Text, StringComparison.Ordinal));

        var relaxed = index.Search(new SearchRequest { Query = "respite carers telephone" });
        Assert.Equal(3, relaxed.Words);
        Assert.Equal(1, relaxed.Relaxed);
        Assert.Equal(2, relaxed.RequiredWords);
        Assert.StartsWith("The self assessment found", relaxed.Hits[0].Text, StringComparison.Ordinal);

        var all = index.Search(new SearchRequest { Query = "respite carers telephone", RequireAllWords = true });
        Assert.Empty(all.Hits);
        Assert.Equal(0, all.Relaxed);
    }

    [Fact]
    public async Task Too_few_hits_relax_the_search_down_to_one_word()
    {
        using var corpus = Corpus();
        using var index = await corpus.IndexAsync(SearchRanking.Default with { RelaxBelow = 3, CommonWordShare = 1, Thesaurus = null });

        var result = index.Search(new SearchRequest { Query = "carers sensors winter" });

        Assert.Equal(2, result.Relaxed);
        Assert.True(result.Total >= 3);
    }

    [Fact]
    public async Task Very_common_words_count_towards_the_score_but_are_not_required()
    {
        using var corpus = Corpus();
        using var index = await corpus.IndexAsync(SearchRanking.Default with { RelaxBelow = 1, CommonWordShare = 0.1 });

        var result = index.Search(new SearchRequest { Query = "winter care" });

        Assert.Equal(["winter"], result.ExpectedWords.ToArray());
        Assert.StartsWith("Delayed transfers of care fell", Assert.Single(result.Hits).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_is_no_hit_but_the_passages_under_it_are_found_by_it()
    {
        using var corpus = Corpus();
        using var index = await corpus.IndexAsync();

        var result = index.Search(new SearchRequest { Query = "telecare" });

        var hit = Assert.Single(result.Hits);
        Assert.StartsWith("Sensors in 400 homes", hit.Text, StringComparison.Ordinal);
        Assert.EndsWith("Telecare", hit.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_field_ranks_below_a_sentence_with_the_same_words()
    {
        using var corpus = Corpus();
        using var index = await corpus.IndexAsync(SearchRanking.Default with { CommonWordShare = 1 });

        var result = index.Search(new SearchRequest { Query = "self assessment" });

        Assert.StartsWith("The self assessment found", result.Hits[0].Text, StringComparison.Ordinal);
        Assert.Contains(result.Hits.Skip(1), h => h.Text.StartsWith("Period covered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"local area coordination\"", "Local Area Co-ordination")]
    [InlineData("\"local area co-ordination\"", "Local Area Co-ordination")]
    [InlineData("local area co ordination", "Local Area Co-ordination")]
    public async Task Hyphenated_and_joined_spellings_find_each_other(string query, string marked)
    {
        using var corpus = Corpus();
        using var index = await corpus.IndexAsync();

        var hit = index.Search(new SearchRequest { Query = query }).Hits[0];

        Assert.Contains($"**{marked}**", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_mark_the_words_matched_and_no_stop_word_elsewhere()
    {
        using var corpus = Corpus();
        using var index = await corpus.IndexAsync();

        var team = index.Search(new SearchRequest { Query = "a dedicated team" }).Hits[0];
        Assert.StartsWith("We had a **dedicated team** for Direct", team.Snippet, StringComparison.Ordinal);

        var payments = index.Search(new SearchRequest { Query = "direct payments" }).Hits.Single(h => h.Text.StartsWith("We had", StringComparison.Ordinal));
        Assert.Contains("for **Direct Payments** and specialist employment for **Direct Payment** recipients", payments.Snippet, StringComparison.Ordinal);

        var delays = index.Search(new SearchRequest { Query = "delayed transfers of care" }).Hits.Single(h => h.Text.StartsWith("Delayed transfers of care fell again", StringComparison.Ordinal));
        Assert.StartsWith("**Delayed transfers of care** fell again", delays.Snippet, StringComparison.Ordinal);
        Assert.Contains("delays** rose", delays.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delayed transfers of care")]
    [InlineData("DToC hospital")]
    [InlineData("carers respite telephone")]
    [InlineData("direct payments employment")]
    [InlineData("\"local area coordination\" help")]
    public async Task Scoring_the_leading_groups_again_finds_what_scoring_every_match_finds(string query)
    {
        using var corpus = Corpus(withCopy: true);
        using var everyMatch = await corpus.IndexAsync(SearchRanking.Default with { RescoreGroups = 0 });
        using var leading = SearchIndex.Open(corpus.Output, SearchRanking.Default);
        using var first = SearchIndex.Open(corpus.Output, SearchRanking.Default with { RescoreGroups = 1 });
        var request = new SearchRequest { Query = query, Top = 1 };

        var expected = everyMatch.Search(request with { Top = 50 });
        Assert.NotEmpty(expected.Hits);
        var actual = leading.Search(request with { Top = 50 });
        Assert.Equal(Describe(expected), Describe(actual));

        // Only the best group by what it must match is scored whole: the same matches, counts and facets.
        var narrow = first.Search(request);
        Assert.Equal((expected.Total, expected.Passages, expected.RequiredWords), (narrow.Total, narrow.Passages, narrow.RequiredWords));
        Assert.Equal(Facets(expected), Facets(narrow));
        Assert.Contains(expected.Hits, h => h.Key == narrow.Hits[0].Key && h.Score == narrow.Hits[0].Score);

        static string Facets(SearchResult result) =>
            string.Join("; ", result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + string.Join(", ", f.Value)));

        static string Describe(SearchResult result) =>
            $"{result.Total} {result.Passages} {result.RequiredWords} {Facets(result)}\n"
            + string.Join("\n", result.Hits.Select(h => $"{h.Key} {h.Score} {string.Join(",", h.Marks)} {string.Join(",", h.AlsoIn.Select(a => a.Key))}"));
    }

    private static SearchCorpus Corpus(bool withCopy = false)
    {
        var corpus = new SearchCorpus(withCopy);
        corpus.Temp.Write("in/oldham.md", Council);
        return corpus;
    }
}
