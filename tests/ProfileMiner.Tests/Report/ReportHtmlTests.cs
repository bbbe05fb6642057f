using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ProfileMiner.Model;
using ProfileMiner.Report;

namespace ProfileMiner.Tests.Report;

/// <summary>The HTML digest of the fixed corpus, parsed with AngleSharp: links, coverage, accessibility, duplicates.</summary>
public sealed class ReportHtmlTests
{
    private static async Task<IDocument> ParseAsync(bool themes = true)
    {
        var html = (await ReportGoldenTests.RenderAsync(themes))[ReportFormat.Html];
        return new HtmlParser().ParseDocument(html);
    }

    [Fact]
    public async Task Every_link_within_the_page_resolves_and_every_citation_lands_on_a_source_passage()
    {
        var page = await ParseAsync();
        var links = page.QuerySelectorAll("a[href^='#']").ToList();
        var cites = page.QuerySelectorAll("a.cite").ToList();

        Assert.NotEmpty(cites);
        Assert.All(links, a => Assert.True(page.GetElementById(a.GetAttribute("href")![1..]) is not null, "no element for " + a.GetAttribute("href")));
        Assert.All(cites, a => Assert.Contains("passage", page.GetElementById(a.GetAttribute("href")![1..])!.ClassList));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_citation_names_council_document_and_line_and_its_passage_holds_the_quoted_text()
    {
        var page = await ParseAsync();
        foreach (var figure in page.QuerySelectorAll("figure.quote"))
        {
            var cite = figure.QuerySelector("a.cite")!;
            var passage = page.GetElementById(cite.GetAttribute("href")![1..])!;
            var quoted = figure.QuerySelector("blockquote")!.TextContent.Trim().TrimEnd('…');

            Assert.Matches(@"^[A-Z][\w ]+, \d{3}_\w+\.(md|txt), line \d+$", cite.TextContent);
            Assert.Contains(quoted, passage.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_council_and_every_theme_appears()
    {
        var content = await ReportCorpus.WithThemesAsync();
        var page = await ParseAsync();
        var councils = content.Documents.SelectMany(d => d.Councils).Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
        var themes = content.Extractions.OfType<ThemeAssignment>().SelectMany(t => t.Themes).Distinct(StringComparer.Ordinal).ToList();

        Assert.Equal(["Bury", "Oldham", "Wigan"], councils.Order(StringComparer.Ordinal));
        var councilHeadings = page.QuerySelectorAll("article.council h3").Select(h => h.TextContent).ToList();
        Assert.Equal(councils.Order(StringComparer.Ordinal), councilHeadings);
        Assert.Equal(councils.Count, page.QuerySelectorAll("table.matrix tbody tr").Length);
        var themeIds = page.QuerySelectorAll("article.theme").Select(a => a.Id).ToList();
        Assert.Equal(themes.Select(t => "t-" + t.Replace('_', '-')).Order(StringComparer.Ordinal), themeIds.Order(StringComparer.Ordinal));
        Assert.Equal(themes.Count, page.QuerySelectorAll("table.matrix thead th.vert").Length);
    }

    [Fact]
    public async Task Text_of_a_near_duplicate_copy_counts_once()
    {
        var content = await ReportCorpus.WithThemesAsync();
        var copy = Assert.Single(content.Documents, d => d.DuplicateOf is not null);
        Assert.Equal("103_wigan_copy.md", copy.Source.File);
        var page = await ParseAsync();

        Assert.DoesNotContain(page.QuerySelectorAll("a.cite"), a => a.TextContent.Contains(copy.Source.File, StringComparison.Ordinal));
        var wigan = page.QuerySelectorAll("table.matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Wigan");
        var safeguarding = page.QuerySelectorAll("table.matrix thead th").ToList().FindIndex(th => th.TextContent == "Safeguarding");
        Assert.Equal("1", wigan.Children[safeguarding].TextContent);
        Assert.Single(page.QuerySelectorAll("#benchmarks tbody tr"), r => r.TextContent.Contains("Wigan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_is_accessible_and_printable()
    {
        var page = await ParseAsync();

        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.All(page.QuerySelectorAll("th"), th => Assert.True(th.HasAttribute("scope"), "a table header without scope: " + th.OuterHtml));
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        var charts = page.QuerySelectorAll("svg").ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, svg => Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent)));
        Assert.All(charts, svg => Assert.Equal("img", svg.GetAttribute("role")));
        Assert.Empty(page.QuerySelectorAll("link, img, script[src], iframe"));
        var css = page.QuerySelector("style")!.TextContent;
        Assert.Contains("@page { size: A4", css ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("@media print", css ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparable_metrics_show_each_councils_figure_with_the_comparator_quoted()
    {
        var page = await ParseAsync();
        var satisfaction = page.QuerySelectorAll("article.comparison").Single(a => a.Id?.StartsWith("m-3a", StringComparison.Ordinal) == true);
        var rows = satisfaction.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();

        Assert.Equal(["Bury", "Wigan"], rows.Select(r => r[0]));
        Assert.Equal(["66.1%", "69.8%"], rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal("64.4% (England)", r[3]));
        Assert.Equal(2, satisfaction.QuerySelectorAll("svg rect").Length);
    }

    [Fact]
    public async Task Without_themes_the_digest_still_renders_metrics_claims_and_councils()
    {
        var page = await ParseAsync(themes: false);

        Assert.Empty(page.QuerySelectorAll("article.theme"));
        Assert.Empty(page.QuerySelectorAll("table.matrix"));
        Assert.Equal(3, page.QuerySelectorAll("article.council").Length);
        Assert.NotEmpty(page.QuerySelectorAll("#benchmarks tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll("article.comparison"));
        Assert.All(page.QuerySelectorAll("a.cite"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
    }
}
