using ProfileMiner.Diagnostics;
using ProfileMiner.Index;
using ProfileMiner.Tests.Index;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// Queries bounded before Lucene's parser sees them: 30,000 nested brackets overflowed the stack in
/// the parser, and <c>/[a-z]{1,1000}x{1,1000}/</c> ran for minutes. Both are refused at once with
/// PM4008; ordinary regular expressions, wildcards and phrases still run.
/// </summary>
public sealed class QueryLimitsTests
{
    [Theory]
    [InlineData("/[a-z]{1,1000}x{1,1000}/", "more than 8 steps that match any of several characters")]
    [InlineData("/[a-z]{3,}x/", "more than 8 steps that match any of several characters")]
    [InlineData("/.*a.{12}/", "more than 8 steps that match any of several characters")]
    [InlineData("/.*a........./", "more than 8 steps that match any of several characters")]
    [InlineData("/.*a(....){3}/", "more than 8 steps that match any of several characters")]
    [InlineData("/~(ab)/", "complement (~), intersection (&) and number ranges")]
    [InlineData("/<1-100000000>/", "complement (~), intersection (&) and number ranges")]
    [InlineData("*a????????", "a term with * holds more than 7 ? wildcards")]
    [InlineData("/a*b*c*d*e*f*g*h*i*j*/", "more than 8 repetition or choice operators")]
    [InlineData("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/", "regular expression is 74 characters long; at most 64")]
    [InlineData("a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q*", "more than 16 wildcards")]
    [InlineData("\"shared lives\"~100000", "a ~ distance of 100000; at most 50")]
    public void A_costly_query_is_refused_before_it_runs(string query, string why)
    {
        var refused = Assert.Throws<ProfileMinerException>(() => QueryLimits.Check(query));

        var diagnostic = Assert.Single(refused.Diagnostics);
        Assert.Equal(DiagnosticCodes.QueryTooCostly, diagnostic.Code);
        Assert.Contains(why, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thirty_thousand_nested_brackets_are_refused_without_reaching_the_parser()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();
        var query = new string('(', 30_000) + "carers" + new string(')', 30_000);

        var refused = Assert.Throws<ProfileMinerException>(() => index.Search(new SearchRequest { Query = query }));

        Assert.Equal("profileminer: error PM4008: the query is 60,006 characters long; at most 1,000 (limits keep every query quick; see docs/search.md#limits)", Assert.Single(refused.Diagnostics).ToString());
        var nested = Assert.Throws<ProfileMinerException>(() => index.Search(new SearchRequest { Query = new string('(', 400) + "carers" + new string(')', 400) }));
        Assert.Contains("nests brackets more than 20 deep", Assert.Single(nested.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/car[a-z]{1,5}/")]
    [InlineData("/[0-9]{4}\\/[0-9]{2}/")]
    [InlineData("car*")]
    [InlineData("*arers")]
    [InlineData("\"shared lives\"~3")]
    [InlineData("carers~2")]
    [InlineData("((carers OR DToC) AND (discharge OR hospital))")]
    [InlineData("a\\(b")]
    [InlineData("url:http\\://x/y")]
    public void Ordinary_queries_pass_the_limits(string query) => QueryLimits.Check(query);

    [Theory]
    [InlineData("/.*a.{7}/")]
    [InlineData("/.*a(..){3}./")]
    [InlineData("/.*a[ab]{6}/")]
    [InlineData("/[a-z]{1,4}x[a-z]{1,3}/")]
    [InlineData("*a???????")]
    public async Task The_costliest_pattern_the_limits_allow_stays_small_and_runs(string query)
    {
        // What a pattern costs is the size of the automaton Lucene makes of it (each term of the index
        // is run through it): measured as states, not as time on a shared machine.
        QueryLimits.Check(query);
        var automaton = query.StartsWith('/')
            ? new Lucene.Net.Util.Automaton.RegExp(query[1..^1]).ToAutomaton()
            : Lucene.Net.Search.WildcardQuery.ToAutomaton(new Lucene.Net.Index.Term("text", query));
        automaton.Determinize();
        Assert.True(automaton.GetNumberOfStates() <= 2_000, $"{query}: {automaton.GetNumberOfStates()} states");

        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();
        var search = Task.Run(() => index.Search(new SearchRequest { Query = query }));

        // A hang guard only (the cost is asserted above): it runs to an answer.
        var hits = await search.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.NotNull(hits);
    }

    [Fact]
    public void A_pattern_just_past_the_limits_is_refused_and_its_automaton_is_past_the_bound_above()
    {
        // The state bound of the test above means something: one step more than allowed passes it.
        const string query = "/.*a.{12}/";
        Assert.Throws<ProfileMinerException>(() => QueryLimits.Check(query));
        var automaton = new Lucene.Net.Util.Automaton.RegExp(query[1..^1]).ToAutomaton();
        automaton.Determinize();
        Assert.True(automaton.GetNumberOfStates() > 2_000, automaton.GetNumberOfStates().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
