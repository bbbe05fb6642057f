using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Report;
using ProfileMiner.Segment;

namespace ProfileMiner.Tests.Report;

/// <summary>The HTML digest of the fixed corpus, parsed with AngleSharp: links, citations, coverage, accessibility, duplicates.</summary>
public sealed class ReportHtmlTests
{
    internal static async Task<IDocument> ParseAsync(bool themes = true)
    {
        var html = (await ReportGoldenTests.RenderAsync(themes))[ReportFormat.Html];
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The file a citation's link opens, as a full path, and its <c>#page=</c> number or null.</summary>
    internal static (string File, int? Page) Target(IElement cite)
    {
        var href = cite.GetAttribute("href")!;
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? href : href[..hash]);
        int? page = hash < 0 ? null : int.Parse(href[(hash + "#page=".Length)..], System.Globalization.CultureInfo.InvariantCulture);
        return (Path.GetFullPath(Path.Combine(ReportGoldenTests.ReportFolder, path)), page);
    }

    [Fact]
    public async Task Every_link_within_the_page_resolves_and_every_citation_links_to_its_source_file_and_passage_key()
    {
        var page = await ParseAsync();
        var content = await ReportCorpus.WithThemesAsync();
        var links = page.QuerySelectorAll("a[href^='#']").ToList();
        var cites = page.QuerySelectorAll("a.cite").ToList();

        Assert.NotEmpty(cites);
        Assert.All(links, a => Assert.True(page.GetElementById(a.GetAttribute("href")![1..]) is not null, "no element for " + a.GetAttribute("href")));
        foreach (var cite in cites)
        {
            var (file, _) = Target(cite);
            Assert.True(File.Exists(file), $"{cite.GetAttribute("href")} opens no file");
            var key = cite.GetAttribute("data-key")!.Split('#');
            var document = content.Documents.Single(d => d.Source.File == key[0]);
            Assert.Equal(Path.GetFileName(file), document.Source.File);
            Assert.InRange(int.Parse(key[1], System.Globalization.CultureInfo.InvariantCulture), 0, document.Source.Blocks.Length - 1);
        }

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_quote_is_cited_by_council_real_title_and_line_and_its_passage_holds_the_quoted_text()
    {
        var page = await ParseAsync();
        var content = await ReportCorpus.WithThemesAsync();
        var quotes = page.QuerySelectorAll("figure.quote").ToList();

        Assert.NotEmpty(quotes);
        foreach (var figure in quotes)
        {
            var cite = figure.QuerySelector("a.cite")!;
            var key = cite.GetAttribute("data-key")!.Split('#');
            var block = content.Documents.Single(d => d.Source.File == key[0]).Source.Blocks[int.Parse(key[1], System.Globalization.CultureInfo.InvariantCulture)];
            var quoted = figure.QuerySelector("blockquote")!.TextContent.Trim().TrimEnd('…').Trim();

            Assert.Matches(@"^[A-Z][\w ]+, (Council Improvement Profiles|Report of the Executive Director|Self evaluation)[^,]*, line \d+$", cite.TextContent);
            Assert.Contains(quoted, block.Text, StringComparison.Ordinal);
            Assert.Equal($"{key[0]}, line {block.Source.Line}", cite.GetAttribute("title"));
        }
    }

    [Fact]
    public async Task Every_council_and_every_theme_appears()
    {
        var content = await ReportCorpus.WithThemesAsync();
        var page = await ParseAsync();
        var councils = content.Documents.SelectMany(d => d.Councils).Select(c => c.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var themes = content.Extractions.OfType<ThemeAssignment>().SelectMany(t => t.Themes).Distinct(StringComparer.Ordinal).ToList();

        Assert.Equal(["Bury", "Cheshire East", "Knowsley", "Leicestershire", "Oldham", "Sefton", "Trafford", "Wigan"], councils);
        Assert.Equal(councils, page.QuerySelectorAll("table.councils tbody tr").Select(r => r.Id![2..]).Select(id => councils.Single(c => c.Replace(' ', '-').Equals(id, StringComparison.OrdinalIgnoreCase))));
        Assert.Equal(councils, page.QuerySelectorAll("table.matrix tbody th[scope=row]").Select(th => th.TextContent).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
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

        Assert.DoesNotContain(page.QuerySelectorAll("a.cite"), a => a.GetAttribute("data-key")!.StartsWith(copy.Source.File, StringComparison.Ordinal));
        var wigan = page.QuerySelectorAll("table.matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Wigan");
        var safeguarding = page.QuerySelectorAll("table.matrix thead th").ToList().FindIndex(th => th.TextContent.EndsWith("Safeguarding", StringComparison.Ordinal));
        Assert.Equal("1", wigan.Children[safeguarding].TextContent);
        Assert.Single(page.QuerySelectorAll("#benchmarks tbody"), g => g.TextContent.Contains("Wigan", StringComparison.Ordinal));
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
    public async Task Comparable_metrics_compare_one_period_at_a_time_with_the_comparator_quoted()
    {
        var page = await ParseAsync();
        var satisfaction = page.QuerySelectorAll("article.comparison").Where(a => a.Id!.StartsWith("m-3a-", StringComparison.Ordinal)).ToList();
        string[][] Rows(IElement article) => [.. article.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray())];

        Assert.Equal(2, satisfaction.Count);
        var earlier = Rows(satisfaction.Single(a => a.QuerySelector("h3")!.TextContent.EndsWith("2015/16", StringComparison.Ordinal)));
        Assert.Equal(["Bury", "Wigan"], earlier.Select(r => r[0]));
        Assert.Equal(["66.1%", "69.8%"], earlier.Select(r => r[1]));
        Assert.All(earlier, r => Assert.Equal("64.4% (England)", r[2]));

        // Trafford's sentence names no period: it takes its document's, marked.
        var later = Rows(satisfaction.Single(a => a.QuerySelector("h3")!.TextContent.EndsWith("2016/17", StringComparison.Ordinal)));
        Assert.Equal(["Cheshire East", "Trafford"], later.Select(r => r[0]));
        Assert.Equal(["65.2%", "67.0%*"], later.Select(r => r[1]));
        Assert.All(satisfaction, a => Assert.Equal(2, a.QuerySelectorAll("svg rect").Length));
    }

    [Fact]
    public async Task Without_themes_the_digest_still_renders_benchmarks_metrics_and_councils()
    {
        var page = await ParseAsync(themes: false);

        Assert.Empty(page.QuerySelectorAll("article.theme"));
        Assert.Empty(page.QuerySelectorAll("table.matrix"));
        Assert.Equal(8, page.QuerySelectorAll("table.councils tbody tr").Length);
        Assert.NotEmpty(page.QuerySelectorAll("#benchmarks tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll("article.comparison"));
        Assert.All(page.QuerySelectorAll("a.cite"), a => Assert.True(File.Exists(Target(a).File)));
    }

    [Fact]
    public async Task Text_that_a_PDF_read_in_the_same_run_repeats_is_cited_at_the_PDF_page()
    {
        // The seeds are the text of the council PDFs: read together, the PDF is a near-duplicate copy, and a
        // citation of the text opens the PDF at the page holding the same words.
        var pdf = Path.Combine(Support.RepoPaths.Root, "corpus", "pdf", "002_2e1cfd4eb5ee4315.pdf");
        var text = Support.RepoPaths.Seed("002");
        using var output = new Support.TempDirectory();
        var result = await new ProfileMiner.Pipeline.PipelineBuilder().UseRuleExtractors().Build().RunAsync([text, pdf], output.Path);
        var content = new CorpusContent(result.Documents, [.. result.Extractions, .. result.Documents.SelectMany(ReportCorpus.ThemesOf)]);
        Assert.Equal(Path.GetFileName(text), content.Documents.Single(d => d.Source.File == Path.GetFileName(pdf)).DuplicateOf);

        var html = new ReportPublisher(ReportGoldenTests.Options with { Formats = [ReportFormat.Html] }).Render(content, new(), ReportGoldenTests.OutputFolder)![ReportFormat.Html];
        var cites = new HtmlParser().ParseDocument(html).QuerySelectorAll("a.cite").ToList();

        Assert.NotEmpty(cites);
        var pdfDocument = content.Documents.Single(d => d.Source.File == Path.GetFileName(pdf));
        foreach (var cite in cites)
        {
            var (file, page) = Target(cite);
            Assert.Equal(pdf, file);
            Assert.NotNull(page);
            Assert.EndsWith($", p. {page}", cite.TextContent, StringComparison.Ordinal);

            // The page holds the words of the passage cited (its first sentence, as the PDF reader laid it out).
            var key = cite.GetAttribute("data-key")!.Split('#');
            Assert.Equal(Path.GetFileName(text), key[0]);
            var block = content.Documents.Single(d => d.Source.File == key[0]).Source.Blocks[int.Parse(key[1], System.Globalization.CultureInfo.InvariantCulture)];
            var onPage = ReportModelBuilder.Fold(string.Join(" ", pdfDocument.Source.Blocks.Where(b => b.Source.Page == page).Select(b => b.Text))).Split(' ').ToHashSet();
            var words = ReportModelBuilder.Fold(block.Sentences.IsDefaultOrEmpty ? block.Text : block.Sentences[0].Text).Split(' ');
            Assert.True(words.Count(onPage.Contains) >= 0.8 * words.Length, $"p. {page} does not hold: {block.Text}");
        }
    }
}
