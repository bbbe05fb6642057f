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
}
