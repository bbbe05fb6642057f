using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;

namespace ProfileMiner.Tests.Extract.Rules;

public sealed class MetricContextTests
{
    private static (string Text, string Role, string Scope, string? Period)[] Classify(string sentence)
    {
        var mentions = NumberSpotter.Find(sentence);
        var periods = PeriodCues.Find(sentence);
        return [.. mentions.Select((m, i) =>
        {
            var role = MetricContext.Role(sentence, mentions, i, periods);
            return (m.Text, role, MetricContext.Scope(sentence, m, role, null), PeriodCues.ForPosition(periods, m.Start));
        })];
    }

    [Fact]
    public void A_benchmark_after_compared_with_is_a_comparator_scoped_to_the_first_name()
    {
        var result = Classify("Vacancies are low at 6.2%, compared with 9.8% NW and England average.");

        Assert.Equal(("6.2%", MetricRoles.Value, "council"), (result[0].Text, result[0].Role, result[0].Scope));
        Assert.Equal(("9.8%", MetricRoles.Comparator, "North West"), (result[1].Text, result[1].Role, result[1].Scope));
    }

    [Fact]
    public void From_and_to_give_the_previous_and_the_current_figure()
    {
        var result = Classify("Uptake rose from 31% in 2018/19 to 44% in 2019/20.");

        Assert.Equal(MetricRoles.Previous, result[0].Role);
        Assert.Equal(MetricRoles.Value, result[1].Role);
        Assert.Equal("2019/20", result[1].Period);
    }

    [Theory]
    [InlineData("Admissions fell by 12% over the year.", MetricRoles.Change)]
    [InlineData("There was a 7% increase in referrals.", MetricRoles.Change)]
    [InlineData("Our target is to reach 4,500 people a year.", MetricRoles.Target)]
    [InlineData("The rate is 3.5 percentage points higher than the England average.", MetricRoles.Change)]
    [InlineData("We supported 640 carers.", MetricRoles.Value)]
    public void Role_cues(string sentence, string role)
    {
        Assert.Equal(role, Classify(sentence)[0].Role);
    }

    [Fact]
    public void Respectively_pairs_figures_with_places_in_order()
    {
        var result = Classify("Satisfaction was 70.1%, against 65.2% and 66.0% in England and the North West respectively.");

        Assert.Equal(["council", "England", "North West"], result.Select(r => r.Scope));
    }

    [Fact]
    public void A_baseline_year_is_not_the_period()
    {
        var result = Classify("Eight measures have improved since 2014/15.");

        Assert.Null(result[0].Period);
    }

    [Theory]
    [InlineData("Six measures increased in performance.", MetricRoles.Value)]
    [InlineData("Waiting times reduced between 10% and 15% this year.", MetricRoles.Change)]
    [InlineData("Satisfaction of 71% compares with 64% in the previous year.", MetricRoles.Value)]
    public void Counts_of_measures_ranges_and_previous_years(string sentence, string firstRole)
    {
        var result = Classify(sentence);

        Assert.Equal(firstRole, result[0].Role);
        if (result.Length > 1)
        {
            Assert.Equal(sentence.Contains("previous year", StringComparison.Ordinal) ? MetricRoles.Previous : MetricRoles.Change, result[1].Role);
        }
    }
}
