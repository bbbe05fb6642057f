using ProfileMiner.Model;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

/// <summary>The kind of a document: minutes first, then what it is about, then a committee paper's form.</summary>
public sealed class DocumentKindDetectorTests
{
    private static string Kind(string text, string name = "paper.txt") =>
        DocumentKinds.Name(DocumentKindDetector.Default.Detect(TextDocuments.Read(text, name)));

    [Fact]
    public void Minutes_are_minutes_whatever_the_meeting_discussed()
    {
        Assert.Equal("minutes", Kind("# Minutes of the meeting of the Scrutiny Committee\n\nPresent: Councillors A, B and C.\n\nQuarterly performance report\n\nThe Committee noted the KPIs.\n"));
    }

    [Fact]
    public void A_performance_report_to_cabinet_is_a_performance_report()
    {
        Assert.Equal("performance_report", Kind("# Quarterly Performance Report\n\nReport to Cabinet\n\nCabinet Member for Adult Social Care\n\nThe KPIs are set out below.\n"));
    }

    [Fact]
    public void A_decision_paper_about_nothing_of_a_kind_is_a_committee_report()
    {
        Assert.Equal("committee_report", Kind("From: Cabinet Member for Adult Social Care\n\nTo: Cabinet - 30 January 2025\n\nSubject: Transfer of a service\n\nDecision no: 24/00109\n\nKey decision: yes\n"));
    }

    [Theory]
    [InlineData("# Draft Revenue Budget 2025-26\n\nThe budget is set out below.\n", "finance_report")]
    [InlineData("# Finance Monitoring Report\n\nAs at November 2024-25\n", "finance_report")]
    [InlineData("# Local Account 2019/20\n\nWhat we did this year.\n", "local_account")]
    [InlineData("# Market Position Statement\n\nMessages to the market.\n", "market_position_statement")]
    [InlineData("# Joint Strategic Needs Assessment\n\nAdult social care chapter.\n", "jsna")]
    [InlineData("# Equality Impact Assessment\n\nProtected characteristics.\n", "impact_assessment")]
    [InlineData("# Adult Social Care Strategy 2025-29\n\nOur vision.\n", "strategy")]
    [InlineData("# CQC self-assessment\n\nHow we work.\n", "self_assessment")]
    public void The_title_names_the_kind(string text, string kind)
    {
        Assert.Equal(kind, Kind(text));
    }

    [Fact]
    public void An_impact_assessment_heading_inside_a_paper_does_not_make_it_one()
    {
        var filler = string.Concat(Enumerable.Range(1, 6).Select(i => $"Paragraph {i} of the report.\n\n"));
        Assert.Equal("committee_report", Kind("# Report to the Cabinet\n\nCabinet Member for Adults\n\n" + filler + "## Equality Impact Assessment\n\nNo impact was found.\n"));
    }

    [Fact]
    public void The_file_name_a_user_gave_is_a_title()
    {
        Assert.Equal("local_account", Kind("What we did for residents this year.\n", "camden-local-account-2019.txt"));
    }

    [Fact]
    public void A_news_release_is_other_whatever_it_reports()
    {
        Assert.Equal("other", Kind("# News\n\nThe council published its local account today.\n"));
        Assert.Equal("other", Kind("# Our local account is out\n\nThe council published its local account today.\n", "sutton-news-local-account.txt"));
    }

    [Fact]
    public void Every_kind_has_one_name_and_back()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            Assert.True(DocumentKinds.TryParse(DocumentKinds.Name(kind), out var back));
            Assert.Equal(kind, back);
        }

        Assert.Equal(Enum.GetValues<DocumentKind>().Length, DocumentKinds.Names.Distinct().Count());
    }
}
