using System.Globalization;
using ProfileMiner.Model;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

public sealed class PeriodDetectorTests
{
    private static PeriodDetector Detector => PeriodDetector.Default;

    [Theory]
    [InlineData("2016/2017", "2016/17")]
    [InlineData("2016/17", "2016/17")]
    [InlineData("2016-17", "2016/17")]
    [InlineData("2016–17", "2016/17")]
    [InlineData("Performance in 2015/16 improved", "2015/16")]
    [InlineData("2009/10", "2009/10")]
    public void TryFinancialYear_reads_financial_years(string text, string label)
    {
        Assert.True(Detector.TryFinancialYear(text, out var period));

        var first = int.Parse(label[..4], CultureInfo.InvariantCulture);
        Assert.Equal(new Period(label, new DateOnly(first, 4, 1), new DateOnly(first + 1, 3, 31), "financial_year"), period);
    }

    [Theory]
    [InlineData("2016/2019")]
    [InlineData("2016/15")]
    [InlineData("2016/2016")]
    [InlineData("1016/17")]
    [InlineData("12/2016/17")]
    [InlineData("no years here")]
    [InlineData("")]
    public void TryFinancialYear_rejects_what_is_not_a_financial_year(string text)
    {
        Assert.False(Detector.TryFinancialYear(text, out var period));
        Assert.Null(period);
    }

    [Fact]
    public void TryFinancialYear_skips_a_non_financial_pair_and_takes_the_next()
    {
        Assert.True(Detector.TryFinancialYear("Plans for 2016/2019, reported as 2017/18", out var period));
        Assert.Equal("2017/18", period!.Label);
    }

    [Fact]
    public void TryFinancialYear_reads_a_year_across_the_century()
    {
        Assert.True(Detector.TryFinancialYear("1999/00", out var period));
        Assert.Equal(new Period("1999/00", new DateOnly(1999, 4, 1), new DateOnly(2000, 3, 31), "financial_year"), period);
    }

    [Theory]
    [InlineData("April 2012 – March 2013", "April 2012 – March 2013", "2012-04-01", "2013-03-31")]
    [InlineData("Period covered: April 2012 - March 2013", "April 2012 – March 2013", "2012-04-01", "2013-03-31")]
    [InlineData("Apr 2015 to Mar 2016", "April 2015 – March 2016", "2015-04-01", "2016-03-31")]
    [InlineData("january 2020 — february 2020", "January 2020 – February 2020", "2020-01-01", "2020-02-29")]
    public void TryMonthRange_reads_month_ranges(string text, string label, string start, string end)
    {
        Assert.True(Detector.TryMonthRange(text, out var period));
        Assert.Equal(new Period(label, Date(start), Date(end), "month_range"), period);
    }

    [Theory]
    [InlineData("March 2013 – April 2012")]
    [InlineData("April 2012")]
    [InlineData("Smarch 2012 – March 2013")]
    public void TryMonthRange_rejects_backward_or_incomplete_ranges(string text)
    {
        Assert.False(Detector.TryMonthRange(text, out _));
    }

    [Theory]
    [InlineData("2016 – 2020", "2016–2020")]
    [InlineData("adult social care 2016 - 2020", "2016–2020")]
    [InlineData("2016 to 2020", "2016–2020")]
    [InlineData("2016—2041", "2016–2041")]
    public void TryYearSpan_reads_spans_of_years(string text, string label)
    {
        Assert.True(Detector.TryYearSpan(text, out var period));

        Assert.Equal(label, period!.Label);
        Assert.Equal(new DateOnly(int.Parse(label[..4], CultureInfo.InvariantCulture), 1, 1), period.Start);
        Assert.Equal(new DateOnly(int.Parse(label[^4..], CultureInfo.InvariantCulture), 12, 31), period.End);
        Assert.Equal("year_span", period.Source);
    }

    [Theory]
    [InlineData("2020 – 2016")]
    [InlineData("2016 – 2016")]
    [InlineData("2016 – 2060")]
    [InlineData("1200 – 1300")]
    public void TryYearSpan_rejects_backward_empty_long_or_ancient_spans(string text)
    {
        Assert.False(Detector.TryYearSpan(text, out _));
    }

    [Theory]
    [InlineData("Wednesday, 8 May 2024", "2024-05-08")]
    [InlineData("Meeting to be held on Wednesday, 8 May 2024", "2024-05-08")]
    [InlineData("3rd May 2013", "2013-05-03")]
    [InlineData("3 rd May 2013 (updated October 2013)", "2013-05-03")]
    [InlineData("29 February 2024", "2024-02-29")]
    [InlineData("1st Sept 2019", "2019-09-01")]
    public void TryDate_reads_dates_as_iso(string text, string iso)
    {
        Assert.True(Detector.TryDate(text, out var period));

        Assert.Equal(new Period(iso, Date(iso), Date(iso), "meeting_date"), period);
    }

    [Theory]
    [InlineData("31 February 2020")]
    [InlineData("29 February 2023")]
    [InlineData("0 May 2024")]
    [InlineData("32 May 2024")]
    [InlineData("8 May")]
    public void TryDate_rejects_impossible_or_incomplete_dates(string text)
    {
        Assert.False(Detector.TryDate(text, out var period));
        Assert.Null(period);
    }

    [Fact]
    public void A_stated_period_wins_over_an_earlier_financial_year()
    {
        var document = TextDocuments.Read("# Report 2015/16\n\nSome text.\n\nPeriod covered: April 2012 – March 2013\n");

        Assert.Equal("April 2012 – March 2013", Detector.Detect(document)?.Label);
    }

    [Fact]
    public void A_meeting_date_is_kept_apart_from_the_year_reported_on()
    {
        var document = TextDocuments.Read("# Budget 2024/25\n\nMeeting to be held on Tuesday, 4 June 2024\n\nThe figures follow.\n");

        Assert.Equal(("2024/25", "budget_year"), (Detector.Detect(document)?.Label, Detector.Detect(document)?.Source));
        Assert.Equal(new DateOnly(2024, 6, 4), Detector.DetectMeeting(document));
    }

    [Fact]
    public void With_no_period_stated_the_meeting_date_stands_for_it()
    {
        var document = TextDocuments.Read("# Scrutiny Committee\n\nMeeting to be held on Tuesday, 4 June 2024\n\nThe report follows.\n");

        Assert.Equal(("2024-06-04", "meeting_date"), (Detector.Detect(document)?.Label, Detector.Detect(document)?.Source));
    }

    [Theory]
    [InlineData("Cabinet – 30 January 2025", "2025-01-30")]
    [InlineData("Date of meeting: 26/10/2017", "2017-10-26")]
    [InlineData("Health Overview and Scrutiny Panel\n\n12 DECEMBER 2013", "2013-12-12")]
    public void A_meeting_date_is_read_from_the_meeting_line(string text, string date)
    {
        var document = TextDocuments.Read("# A report\n\n" + text + "\n\nThe report follows.\n");

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Detector.DetectMeeting(document));
    }

    [Fact]
    public void A_paragraph_telling_of_an_earlier_meeting_does_not_date_the_paper()
    {
        var document = TextDocuments.Read("# Draft Revenue Budget 2025-26\n\n2.15 The council's recovery strategy, Securing the Future, was agreed at a Cabinet meeting on 5th October 2023. This updated the council's ambitions in light of the changed landscape.\n\nThe figures follow.\n");

        Assert.Null(Detector.DetectMeeting(document));
    }

    [Theory]
    [InlineData("Quarter 3 2024/25", "2024/25 Q3", "2024-10-01", "2024-12-31")]
    [InlineData("Q1 2019-20 performance", "2019/20 Q1", "2019-04-01", "2019-06-30")]
    [InlineData("2015/16 Q4", "2015/16 Q4", "2016-01-01", "2016-03-31")]
    [InlineData("Finance Monitoring Report - Q3 - November 2024-25", "2024/25 Q3", "2024-10-01", "2024-12-31")]
    [InlineData("the second quarter of 2018/19", "2018/19 Q2", "2018-07-01", "2018-09-30")]
    public void A_quarter_is_the_financial_years(string text, string label, string start, string end)
    {
        Assert.True(Detector.TryQuarter(text, out var period));
        Assert.Equal((label, start, end, "quarter"), (period!.Label, period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), period.Source));
    }

    [Theory]
    [InlineData("Quarter 3")]
    [InlineData("Q3 results were good. In 2024/25 the budget")]
    [InlineData("Q5 2024/25")]
    public void A_quarter_needs_its_year_close_by(string text)
    {
        Assert.False(Detector.TryQuarter(text, out _));
    }

    [Theory]
    [InlineData("As at November 2024-25", "November 2024")]
    [InlineData("February 2024/25 monitoring", "February 2025")]
    public void A_month_of_a_financial_year_is_a_monitoring_month(string text, string label)
    {
        Assert.True(Detector.TryMonitoringMonth(text, out var period));
        Assert.Equal((label, "month"), (period!.Label, period.Source));
    }

    [Fact]
    public void The_cover_page_quarter_and_year_in_blocks_of_their_own_make_one_period()
    {
        var document = TextDocuments.Read("Kent County Council\n\nQuarterly Performance Report\n\nQuarter 3\n\n2024/25\n\nThe report follows.\n");

        Assert.Equal("2024/25 Q3", Detector.Detect(document)?.Label);
    }

    [Fact]
    public void Of_several_years_in_the_opening_the_one_the_document_names_most_is_the_period()
    {
        var body = string.Concat(Enumerable.Repeat("Spending in 2025-26 is set out below.\n\n", 5));
        var document = TextDocuments.Read("# Directorate funding\n\nRevised base 2024-25\n\nProposed 2025-26\n\n" + body);

        Assert.Equal("2025/26", Detector.Detect(document)?.Label);
    }

    [Fact]
    public void A_financial_year_deep_in_the_body_is_not_the_documents_period()
    {
        var body = string.Concat(Enumerable.Range(1, 20).Select(i => $"Paragraph number {i} says nothing about time.\n\n"));
        var document = TextDocuments.Read("# A plain report\n\n" + body + "In 2016/17 something happened.\n");

        Assert.Null(Detector.Detect(document));
    }

    [Fact]
    public void Years_before_the_earliest_year_are_ignored()
    {
        var detector = new PeriodDetector(earliestYear: 2010, openingBlocks: 15);

        Assert.False(detector.TryFinancialYear("2008/09", out _));
        Assert.True(detector.TryFinancialYear("2010/11", out _));
        Assert.Equal(2010, detector.EarliestYear);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
