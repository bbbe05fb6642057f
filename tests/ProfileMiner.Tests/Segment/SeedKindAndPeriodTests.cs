using ProfileMiner.Model;
using ProfileMiner.Output;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

/// <summary>Kind, period and title of each shipped seed (DocumentKindDetector and PeriodDetector through the segmenter).</summary>
public sealed class SeedKindAndPeriodTests
{
    [Theory]
    [InlineData("000", "improvement_profile")]
    [InlineData("001", "improvement_profile")]
    [InlineData("002", "committee_report")]
    [InlineData("003", "self_assessment")]
    [InlineData("004", "strategy")]
    public void Kind(string prefix, string kind)
    {
        var document = SeedFiles.Segmented(SeedFiles.Name(prefix));

        Assert.Equal(kind, DocumentKinds.Name(document.Kind));
    }

    [Theory]
    [InlineData("001", "2016/17", "2016-04-01", "2017-03-31", "financial_year")]
    [InlineData("002", "2024-05-08", "2024-05-08", "2024-05-08", "meeting_date")]
    [InlineData("003", "April 2012 – March 2013", "2012-04-01", "2013-03-31", "month_range")]
    [InlineData("004", "2016–2020", "2016-01-01", "2020-12-31", "year_span")]
    public void Period(string prefix, string label, string start, string end, string source)
    {
        var document = SeedFiles.Segmented(SeedFiles.Name(prefix));

        Assert.NotNull(document.Period);
        Assert.Equal(
            new Period(label, DateOnly.ParseExact(start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateOnly.ParseExact(end, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), source),
            document.Period);
    }

    [Fact]
    public void The_scrutiny_report_keeps_its_meeting_date_apart()
    {
        Assert.Equal(new DateOnly(2024, 5, 8), SeedFiles.Segmented(SeedFiles.Name("002")).MeetingDate);
        Assert.Null(SeedFiles.Segmented(SeedFiles.Name("001")).MeetingDate);
    }

    [Fact]
    public void The_lone_lancashire_profile_states_no_period()
    {
        Assert.Null(SeedFiles.Segmented(SeedFiles.Name("000")).Period);
    }

    [Theory]
    [InlineData("000", "Council Improvement Profiles")]
    [InlineData("001", "Council Improvement Profiles")]
    [InlineData("002", "Living Better Lives in Lancashire")]
    [InlineData("003", "Self evaluation/assessment template")]
    [InlineData("004", "Promoting independence, supporting communities")]
    public void Title(string prefix, string title)
    {
        Assert.Equal(title, SeedFiles.Segmented(SeedFiles.Name(prefix)).Title);
    }
}
