using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;

namespace ProfileMiner.Tests.Extract.Rules;

public sealed class NumberSpotterTests
{
    [Theory]
    [InlineData("Spending rose to £412m last year.", "£412m", 412000000, MetricUnits.Gbp)]
    [InlineData("A gap of £3.2bn was forecast.", "£3.2bn", 3200000000, MetricUnits.Gbp)]
    [InlineData("We saved £750,000 through the review.", "£750,000", 750000, MetricUnits.Gbp)]
    [InlineData("Occupancy stood at 91.5% in March.", "91.5%", 91.5, MetricUnits.Percent)]
    [InlineData("Occupancy stood at 91.5 per cent in March.", "91.5", 91.5, MetricUnits.Percent)]
    [InlineData("Admissions were 2.3 per 100,000 population.", "2.3", 2.3, MetricUnits.Per100k)]
    [InlineData("The rate is 4.1 percentage points above the average.", "4.1", 4.1, MetricUnits.PercentagePoints)]
    [InlineData("We support 12,400 people at home.", "12,400", 12400, MetricUnits.Count)]
    [InlineData("Eleven carers joined the forum.", "Eleven", 11, MetricUnits.Count)]
    [InlineData("The service was awarded 5 stars by residents.", "5", 5, MetricUnits.Score)]
    [InlineData("People waited an average of 17 days for an assessment.", "17", 17, MetricUnits.Days)]
    [InlineData("Each person receives 15 hours per week of support.", "15", 15, MetricUnits.Hours)]
    public void Finds_a_number_with_its_unit_and_value(string sentence, string text, double value, string unit)
    {
        var mention = Assert.Single(NumberSpotter.Find(sentence));

        Assert.Equal(text, mention.Text);
        Assert.Equal((decimal)value, mention.Value);
        Assert.Equal(unit, mention.Unit);
        Assert.Equal(text, sentence.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void A_shared_scale_applies_to_both_ends_of_a_money_range()
    {
        var mentions = NumberSpotter.Find("Pressures of £3 to £4 million a year are expected.");

        Assert.Equal([3000000m, 4000000m], mentions.Select(m => m.Value));
        Assert.Equal(["£3", "£4 million"], mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("The plan was agreed in 2019 and reviewed in 2021/22.")]
    [InlineData("The meeting on 14 March 2023 approved it.")]
    [InlineData("Indicator 2C and ASCOF 1A are reported.")]
    [InlineData("People aged 65 or over and those aged 18-64 are included.")]
    [InlineData("Older people still at home 91 days after discharge are counted.")]
    [InlineData("Rates are given per 100,000 population.")]
    [InlineData("Enquiries under section 42 are recorded.")]
    [InlineData("Call us on 0161 234 5678 for advice.")]
    [InlineData("We ranked 12th nationally, one of only three councils to do so.")]
    [InlineData("We are one of 30 of 152 authorities in England with this status.")]
    [InlineData("The three key priorities guide our work across four localities.")]
    [InlineData("Over the next five years we will invest in a ten year plan.")]
    [InlineData("Staff were trained in the Three Conversations approach.")]
    [InlineData("Please rate your service: 1 = poor, 2 = fair, 3 = good.")]
    [InlineData("Assessments completed within 28 days are reported.")]
    [InlineData("Over three quarters of carers replied.")]
    public void Leaves_out_what_the_guide_excludes(string sentence)
    {
        Assert.Empty(NumberSpotter.Find(sentence));
    }

    [Fact]
    public void Counts_n_of_m_as_two_numbers_but_not_ranks_out_of_authorities()
    {
        Assert.Equal([9m, 14m], NumberSpotter.Find("9 of the 14 measures improved.").Select(m => m.Value));
        Assert.Empty(NumberSpotter.Find("We were placed 9 of 152 authorities."));
    }

    [Theory]
    [InlineData("Performance in Quarter 3 was reported to the panel.")]
    [InlineData("Results for quarter two are in the appendix.")]
    [InlineData("The scores are shown in Figure 4 and Table 2.")]
    [InlineData("This was covered under agenda item 6 at the previous meeting.")]
    [InlineData("Page 8 of 54")]
    [InlineData("98 www.examplecouncil.gov.uk Appendix 1 - Performance Update")]
    [InlineData("12 3 Market Position Statement for Older People")]
    [InlineData("• View 24 • Download 0")]
    [InlineData("Posted in news, 2 views")]
    [InlineData("The board has published three market position statements so far.")]
    [InlineData("The partnership works across all three HWB areas.")]
    [InlineData("Some of this was covered in the previous two items.")]
    [InlineData("REGISTERED CHARITY NUMBER: 250030")]
    public void Leaves_out_page_furniture_labels_and_counters(string sentence)
    {
        Assert.Empty(NumberSpotter.Find(sentence));
    }

    [Theory]
    [InlineData("The forecast outturn is an underspend of -£1.6m.", "-£1.6m", -1600000)]
    [InlineData("Variance: £-0.4m against budget.", "£-0.4m", -400000)]
    [InlineData("Admissions changed by -3.2% over the year.", "-3.2%", -3.2)]
    [InlineData("Budget | £12.1m | -£0.3m", "-£0.3m", -300000)]
    public void Keeps_the_sign_written_against_a_figure(string sentence, string text, double value)
    {
        var found = NumberSpotter.Find(sentence);
        var mention = found[^1];

        Assert.Equal(text, mention.Text);
        Assert.Equal((decimal)value, mention.Value);
        Assert.Equal(text, sentence.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void A_dash_between_two_figures_is_a_range_not_a_sign()
    {
        Assert.All(NumberSpotter.Find("Between 40-60% of referrals, and 5 - 7 days."), m => Assert.True(m.Value >= 0));
    }
}
