using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Rules;

public sealed class ClaimRuleExtractorTests
{
    private static List<Claim> Claims(string text)
    {
        var document = TextDocuments.Segment("LOCAL AUTHORITY : WIGAN\n\n" + text + "\n", new DiagnosticBag(), "t.txt");
        return [.. new ClaimRuleExtractor().Extract(document, new DiagnosticBag()).Cast<Claim>()];
    }

    [Fact]
    public void N_of_m_measures_better_than_a_benchmark_is_a_benchmark_count()
    {
        var claim = Assert.Single(Claims("11 of the 20 ASCOF measures were better than the England average."), c => c.Type == "benchmark_count");

        Assert.Equal((11, 20, "ASCOF", "England", "positive"), (claim.Count, claim.Total, claim.Framework, claim.Comparator, claim.Polarity));
        Assert.Equal("Wigan", claim.Council?.Name);
    }

    [Theory]
    [InlineData("In 2015/16 11 ASCOF measures have improved.", 11)]
    [InlineData("During 2018-19 9 of our 24 measures improved.", 9)]
    public void A_year_just_before_the_count_is_not_the_count(string sentence, int count)
    {
        var claim = Assert.Single(Claims(sentence), c => c.Type == "benchmark_count");

        Assert.Equal(count, claim.Count);
    }

    [Fact]
    public void Two_benchmarks_give_two_comparisons()
    {
        var claims = Claims("Carer satisfaction is above the England and regional average.").Where(c => c.Type == "comparison").ToList();

        Assert.Equal(["England", "North West"], claims.Select(c => c.Comparator));
        Assert.All(claims, c => Assert.Equal("positive", c.Polarity));
    }

    [Theory]
    [InlineData("We are the best performing council in the region for carers' support.", "rank", "positive")]
    [InlineData("Our day service was rated 'Outstanding' by the CQC.", "rating", "positive")]
    [InlineData("Two homes were rated as 'requires improvement' by inspectors.", "rating", "negative")]
    [InlineData("The service met its target of 300 reviews.", "target", "positive")]
    [InlineData("Delayed discharges have reduced each year since 2014/15.", "trend", "positive")]
    [InlineData("Demand for assessments has increased year on year.", "trend", "neutral")]
    [InlineData("Satisfaction with home care has remained stable over three years.", "trend", "neutral")]
    [InlineData("Slower reviews caused a drop in the national quartile.", "rank", "negative")]
    [InlineData("Slower reviews caused a drop in the national quartile.", "trend", "negative")]
    public void Each_type_has_its_rule(string sentence, string type, string polarity)
    {
        var claim = Assert.Single(Claims(sentence), c => c.Type == type);

        Assert.Equal(polarity, claim.Polarity);
    }

    [Theory]
    [InlineData("We will increase the number of people using direct payments.")]
    [InlineData("The Quality Improvement Team meets monthly.")]
    [InlineData("The home was shortlisted for a national award.")]
    public void Forecasts_names_and_shortlists_are_not_claims(string sentence)
    {
        Assert.Empty(Claims(sentence));
    }

    [Fact]
    public void An_indicator_row_gives_a_rank_and_a_trend()
    {
        const string table = "Ref\tMeasure\t2018/19\t2018/19 Quartile\t2019/20\t2019/20 Quartile\tTrend\n3A\tOverall satisfaction\t61.0%\tThird\t64.2%\tSecond\t↑\n";
        var claims = Claims(table);

        Assert.Contains(claims, c => c.Type == "rank" && c.Polarity == "positive" && c.Framework == "ASCOF");
        Assert.Contains(claims, c => c.Type == "trend" && c.Polarity == "positive" && c.Comparator == "previous year");
    }

    [Theory]
    [InlineData("Eleven core indicators have not achieved their targets this year.", "negative")]
    [InlineData("The targets set for the year had been met.", "positive")]
    [InlineData("The 2.5% reduction target had not been achieved locally.", "negative")]
    [InlineData("Readmissions were 300 above plan in the first quarter.", "negative")]
    [InlineData("The area was set a target of no more than 12 delayed days per day.", "neutral")]
    public void A_target_missed_is_negative_even_when_it_says_achieved(string sentence, string polarity)
    {
        var claim = Assert.Single(Claims(sentence), c => c.Type == "target");

        Assert.Equal(polarity, claim.Polarity);
    }

    [Theory]
    [InlineData("33 indicators were 'green' at the end of the year.", 33, "positive")]
    [InlineData("1 indicator was reported as 'red'.", 1, "negative")]
    [InlineData("The 10 measures reported as amber were:", 10, "neutral")]
    public void A_count_of_a_rag_rating_is_a_benchmark_count_against_target(string sentence, int count, string polarity)
    {
        var claim = Assert.Single(Claims(sentence), c => c.Type == "benchmark_count");

        Assert.Equal((count, "target", polarity), (claim.Count, claim.Comparator, claim.Polarity));
    }

    [Fact]
    public void A_rag_split_takes_its_total()
    {
        var claims = Claims("Of the KPIs, 24 green, 7 amber and 4 red of 35 measures.").Where(c => c.Type == "benchmark_count").ToList();

        Assert.Equal([(24, "positive"), (7, "neutral"), (4, "negative")], claims.Select(c => (c.Count ?? -1, c.Polarity)));
        Assert.All(claims, c => Assert.Equal(35, c.Total));
    }

    [Fact]
    public void Counts_of_one_sentence_are_one_row_each_clause_with_its_own_polarity()
    {
        var claims = Claims("Between 2015/16 and 2014/15, 6 measures increased in performance, 10 measures were about the same, and 6 decreased.")
            .Where(c => c.Type == "benchmark_count").ToList();

        Assert.Equal([(6, "positive"), (10, "neutral"), (6, "negative")], claims.Select(c => (c.Count ?? -1, c.Polarity)));
        Assert.All(claims, c => Assert.Equal("previous year", c.Comparator));
    }

    [Theory]
    [InlineData("Re-contacts to the front door were lower than the England average.", "positive")]
    [InlineData("Our rate of care home admissions is higher than the England average.", "negative")]
    [InlineData("The review backlog is below the regional average.", "positive")]
    public void Polarity_follows_the_direction_of_good(string sentence, string polarity)
    {
        var claim = Assert.Single(Claims(sentence), c => c.Type == "comparison");

        Assert.Equal(polarity, claim.Polarity);
    }

    [Theory]
    [InlineData("· % Secondary schools with a current rating of Good or better;")]
    [InlineData("The board received an update on the Improved Better Care Fund Programme.")]
    [InlineData("61% of residents rate local services good or excellent.")]
    public void Measure_names_names_and_residents_ratings_are_not_claims(string sentence)
    {
        Assert.DoesNotContain(Claims(sentence), c => c.Type is "rating" or "trend");
    }

    [Fact]
    public void Of_the_m_measures_above_a_benchmark_in_n_is_n_of_m()
    {
        var claim = Assert.Single(Claims("Of the 27 measures considered, the published account showed that we are above the England average in 20."), c => c.Type == "benchmark_count");

        Assert.Equal((20, 27, "England", "positive"), (claim.Count, claim.Total, claim.Comparator, claim.Polarity));
    }

    [Fact]
    public void What_users_rate_in_a_survey_is_not_a_rating_but_what_audits_rate_is()
    {
        Assert.DoesNotContain(Claims("48% of users of the adult social services provision rate the services good or excellent."), c => c.Type == "rating");
        Assert.Contains(Claims("Audits by peer challenges generally rate outcome assessments as 'good'."), c => c.Type == "rating");
    }

    [Theory]
    [InlineData("The manager said that the majority of performance indicators were currently on track and were rated Green.", "positive")]
    [InlineData("A number of indicators were currently rated Amber or Red as follows:", "negative")]
    public void A_share_of_the_measures_against_target_is_a_benchmark_count_without_a_count(string sentence, string polarity)
    {
        var claim = Assert.Single(Claims(sentence), c => c.Type == "benchmark_count");

        Assert.Equal((null, "target", polarity), (claim.Count, claim.Comparator, claim.Polarity));
    }
}
