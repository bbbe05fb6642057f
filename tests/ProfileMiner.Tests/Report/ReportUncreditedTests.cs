using AngleSharp.Html.Parser;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Report;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Report;

/// <summary>Documents no council is credited with are listed in the digest, with why, never left out without a word.</summary>
public sealed class ReportUncreditedTests
{
    private static async Task<IReadOnlyDictionary<ReportFormat, string>> RenderWithAsync(string name, string text)
    {
        var content = await ReportCorpus.PlainAsync();
        var diagnostics = new DiagnosticBag();
        var extra = CouncilSectionSegmenter.Default.Segment(TextDocuments.Read(text, name), diagnostics);
        var rendered = new ReportPublisher(ReportGoldenTests.Options).Render(content with { Documents = [.. content.Documents, extra] }, diagnostics);
        Assert.True(rendered is not null, string.Join("; ", diagnostics.Items));
        return rendered!;
    }

    [Fact]
    public async Task A_document_with_no_council_is_listed_with_why_in_both_formats()
    {
        var rendered = await RenderWithAsync("999_note.txt", "Notes on social care\n\nSocial care needs more money, a national survey found.\n");

        var page = new HtmlParser().ParseDocument(rendered[ReportFormat.Html]);
        var row = Assert.Single(page.QuerySelectorAll("#uncredited + p + table tbody tr"));
        Assert.Equal("999_note.txt", row.QuerySelector("th")!.TextContent);
        Assert.Contains("no author or council found", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("| 999_note.txt | Notes on social care |", rendered[ReportFormat.Markdown], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_section_is_left_out_when_every_document_has_a_council()
    {
        var html = (await ReportGoldenTests.RenderAsync(themes: false))[ReportFormat.Html];

        Assert.DoesNotContain("id=\"uncredited\"", html, StringComparison.Ordinal);
    }
}
