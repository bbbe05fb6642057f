using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

/// <summary>
/// Kind, period, meeting date and title of the seven real council committee papers (PDF, from the
/// shared data beside the checkout), as a reader of each gives them; skipped when that folder is absent.
/// </summary>
public sealed class CouncilPdfDocumentTests
{
    private static readonly ProfileMiner.Pipeline.Pipeline s_pipeline = new PipelineBuilder().Build();

    private static SegmentedDocument Read(string file) => CouncilPdfs.Read(s_pipeline, file);

    [SkippableTheory]
    [InlineData("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf", "finance_report", "2024/25 Q3", "2025-01-30", "Finance Monitoring Report")]
    [InlineData("24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf", "committee_report", "2025-01-30", "2025-01-30", "Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate")]
    [InlineData("24-00115 - Appendix B - KCC ICS priorities measures.pdf", "strategy", null, null, "Improving Health and Wellbeing ~ Kent County Council Priorities and Actions")]
    [InlineData("Appendix G - Key Service Statement.pdf", "finance_report", "2025/26", null, "APPENDIX G - DIRECTORATE & FUNDING (PROPOSED BUDGET)")]
    [InlineData("February 2025 Kent County Council Budget Report.pdf", "finance_report", "2025/26", null, "Draft Revenue Budget 2025-26 and 2025-28 MTFP, and Draft Capital Programme 2025-35")]
    [InlineData("QPR Q3 Cabinet appendix 1.pdf", "performance_report", "2024/25 Q3", null, "Quarterly Performance Report")]
    [InlineData("medway_cycle_action_plan_2014_2017.pdf", "strategy", "2014–2017", "2013-12-12", "MEDWAY CYCLE ACTION PLAN (2014 – 2017)")]
    public void Each_paper_has_its_kind_period_meeting_and_title(string file, string kind, string? period, string? meeting, string title)
    {
        var document = Read(file);

        Assert.Equal(kind, DocumentKinds.Name(document.Kind));
        Assert.Equal(period, document.Period?.Label);
        Assert.Equal(meeting, document.MeetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        // The title as far as the layout surely gives it (a cover line's last word may sit in another block).
        Assert.StartsWith(title, document.Title, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_quarter_covers_its_three_months_of_the_financial_year()
    {
        var period = Read("QPR Q3 Cabinet appendix 1.pdf").Period!;

        Assert.Equal((new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31), "quarter"), (period.Start, period.End, period.Source));
    }
}
