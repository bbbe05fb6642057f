using AngleSharp.Dom;
using ProfileMiner.Model;
using ProfileMiner.Report;

namespace ProfileMiner.Tests.Report;

/// <summary>
/// The defects issue 19 found in a digest nobody would publish, as checks over the golden digest: five rows for one
/// sentence, a sentence in both columns, table rows shown as claims, figures that mean nothing compared, a matrix that
/// sets periods side by side without a word, and a sentence shown twice in one section.
/// </summary>
public sealed class ReportDigestChecksTests
{
    private const string CheshireEast = "Comparing scores within the Adult Social Care Outcomes Framework (ASCOF), between 2015/16 and 2014/15, showed that 6 measures increased in performance, 10 measures were about the same, and 6 decreased.";
    private const string BothWays = "Delayed transfers of care from hospital have increased, but those attributable to social care were still significantly better than the national average.";

    [Fact]
    public async Task A_sentence_with_several_benchmark_claims_stands_once_with_one_row_per_claim()
    {
        // The pipeline reads three claims in Cheshire East's sentence; a model reads two of them again, one the
        // wrong way round: five claims in all, three distinct.
        var content = await ReportCorpus.WithThemesAsync();
        Assert.Equal(5, content.Extractions.OfType<Claim>().Count(c => c.Sentence == CheshireEast));
        var page = await ReportHtmlTests.ParseAsync();

        var groups = page.QuerySelectorAll("#benchmarks tbody").Where(g => g.TextContent.Contains(CheshireEast, StringComparison.Ordinal)).ToList();
        var group = Assert.Single(groups);
        Assert.Single(group.QuerySelectorAll("th.sentence"));
        var rows = group.QuerySelectorAll("tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(["6 measures", "10 measures were about the same", "6 decreased"], rows.Select(r => r[0]));
        Assert.Equal(["positive", "neutral", "negative"], rows.Select(r => r[3]));

        var md = (await ReportGoldenTests.RenderAsync(true))[ReportFormat.Markdown];
        Assert.Single(md.Split('\n'), l => l.StartsWith("| Cheshire East: Comparing scores", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sentence_that_is_positive_and_negative_stands_once_marked_both_never_in_both_columns()
    {
        var rendered = await ReportGoldenTests.RenderAsync(true);
        var page = await ReportHtmlTests.ParseAsync();

        foreach (var table in page.QuerySelectorAll("table.pairs"))
        {
            var positive = table.QuerySelectorAll("tbody tr td:first-child p.claim").Select(p => p.TextContent).ToHashSet(StringComparer.Ordinal);
            var negative = table.QuerySelectorAll("tbody tr td:last-child:not([colspan]) p.claim").Select(p => p.TextContent);
            Assert.DoesNotContain(negative, positive.Contains);
        }

        // The HTML digest quotes it (a quote is not shown again as a claim); the shorter Markdown shows it as a claim, once, as both.
        var hospital = page.GetElementById("t-hospital-discharge")!;
        Assert.Single(hospital.QuerySelectorAll("blockquote p, p.claim"), e => e.TextContent == BothWays);
        var md = rendered[ReportFormat.Markdown];
        Assert.Single(md.Split('\n'), l => l.Contains("have **increased**, but those attributable", StringComparison.Ordinal));
        Assert.Contains("- both: Delayed transfers of care from hospital have **increased**, but those attributable to social care were still significantly **better than** the national average.", md, StringComparison.Ordinal);

        // With one quote a theme, the HTML shows it as a claim too: once, its words marked each way.
        var oneQuote = new AngleSharp.Html.Parser.HtmlParser().ParseDocument((await ReportGoldenTests.RenderAsync(true, ReportGoldenTests.Options with { QuotesPerTheme = 1 }))[ReportFormat.Html]);
        var claim = Assert.Single(oneQuote.QuerySelectorAll("p.claim"), p => p.TextContent == BothWays);
        Assert.NotNull(claim.Closest("tr")!.QuerySelector("td.mixed"));
        Assert.Equal(["increased", "better than"], claim.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(["negative", "positive"], claim.QuerySelectorAll("mark").Select(m => m.ClassName));
    }

    [Fact]
    public async Task Table_rows_are_not_shown_as_claims_or_quotes()
    {
        var content = await ReportCorpus.WithThemesAsync();
        var rows = content.Extractions.OfType<Claim>().Where(c => c.Sentence.Contains(" | ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        var rendered = await ReportGoldenTests.RenderAsync(true);
        var page = await ReportHtmlTests.ParseAsync();

        Assert.All(rows, r => Assert.DoesNotContain(r.Sentence, rendered[ReportFormat.Html], StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotContain(r.Sentence.Replace("|", "\\|", StringComparison.Ordinal), rendered[ReportFormat.Markdown], StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("p.claim, blockquote, th.sentence"), e => Assert.DoesNotContain(" | ", e.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_figures_that_mean_something_side_by_side_are_compared()
    {
        // "The best performing council ... (ASCOF 2B(1))" is read as Trafford's figure 1 for 2B(i), and a model
        // reads "4 geographic areas" (Sefton) and "3 geographic areas" (Knowsley) as council figures.
        var content = await ReportCorpus.WithThemesAsync();
        Assert.Contains(content.Extractions.OfType<MetricMention>(), m => m.Council?.Name == "Trafford" && m.Indicator == "2B(i)" && m.Value == 1);
        Assert.Equal(2, content.Extractions.OfType<MetricMention>().Count(m => m.Measure == "geographic areas"));
        var page = await ReportHtmlTests.ParseAsync();
        var md = (await ReportGoldenTests.RenderAsync(true))[ReportFormat.Markdown];

        var comparisons = page.QuerySelectorAll("article.comparison").ToList();
        Assert.NotEmpty(comparisons);
        Assert.DoesNotContain(comparisons, a => a.TextContent.Contains("geographic", StringComparison.Ordinal) || a.Id!.Contains("2b-i", StringComparison.Ordinal));
        Assert.DoesNotContain("geographic areas (", md, StringComparison.Ordinal);
        foreach (var comparison in comparisons)
        {
            var councils = comparison.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
            Assert.True(councils.Distinct().Count() >= 2, comparison.Id);
            Assert.Equal(councils.Count, councils.Distinct().Count());
            Assert.Matches(@"\), (\d{4}/\d{2}|\d{4}-\d{2}-\d{2}|\d{4}–\d{4}|.+ \d{4} – .+ \d{4})$", comparison.QuerySelector("h3")!.TextContent);
        }

        Assert.DoesNotContain(page.QuerySelectorAll("#summary tbody th"), th => th.TextContent.Contains("geographic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_matrix_sets_each_period_apart_named_with_its_documents_and_shades_by_the_number_shown_with_a_legend()
    {
        var page = await ReportHtmlTests.ParseAsync();
        var matrix = page.QuerySelector("table.matrix")!;

        var groups = matrix.QuerySelectorAll("tbody").ToList();
        var periods = groups.Select(g => g.QuerySelector("tr.period th")!.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["2015/16", "2016/17", "2024-05-08", "Period not stated"], periods);
        Assert.All(groups, g => Assert.False(string.IsNullOrWhiteSpace(g.QuerySelector("tr.period small")?.TextContent.Trim(' ', '·')), "a period with no documents named"));

        // Bury wrote in two periods: two rows, one in each.
        Assert.Equal(["2015/16", "2024-05-08"], groups.Where(g => g.QuerySelectorAll("th[scope=row]").Any(th => th.TextContent == "Bury")).Select(g => periods[groups.IndexOf(g)]));

        // The shade follows the number in the cell, and the legend names every shade used.
        foreach (var cell in matrix.QuerySelectorAll("tbody td"))
        {
            var passages = cell.TextContent.Length == 0 ? 0 : int.Parse(cell.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("l" + ReportModelBuilder.Level(passages), cell.ClassName);
        }

        var legend = page.QuerySelectorAll("#matrix .legend .swatch").Select(s => s.ClassName!.Split(' ')[1]).ToList();
        Assert.Equal(matrix.QuerySelectorAll("tbody td").Select(c => c.ClassName!).Where(c => c != "l0").Distinct().Order(StringComparer.Ordinal), legend.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task No_sentence_is_shown_twice_in_one_section_and_every_claim_and_figure_shown_is_cited()
    {
        var page = await ReportHtmlTests.ParseAsync();
        var sections = page.QuerySelectorAll("article.theme, #benchmarks, article.comparison, #summary").ToList();
        Assert.True(sections.Count > 10);

        foreach (var section in sections)
        {
            var sentences = section.QuerySelectorAll("blockquote p, p.claim, th.sentence")
                .SelectMany(e => Sentences(e))
                .ToList();
            var twice = sentences.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{section.Id}: shown twice: {string.Join(" / ", twice)}");
        }

        Assert.All(page.QuerySelectorAll("figure.quote, p.claim"), e => Assert.NotNull((e.ParentElement!.QuerySelector("a.cite") ?? e.QuerySelector("a.cite"))));
        Assert.All(page.QuerySelectorAll("#benchmarks tbody"), g => Assert.NotNull(g.QuerySelector("th.sentence a.cite")));
        Assert.All(page.QuerySelectorAll("article.comparison tbody tr"), r => Assert.NotNull(r.QuerySelector("a.cite")));
    }

    [Fact]
    public async Task Documents_no_council_is_credited_with_are_named_in_the_summary_and_listed()
    {
        // The golden corpus credits every document; ReportUncreditedTests adds one that is not. Here: the summary
        // names the section only when there is one.
        var page = await ReportHtmlTests.ParseAsync();

        Assert.Null(page.GetElementById("uncredited"));
        Assert.DoesNotContain("no council and", page.GetElementById("summary")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The sentences of an element's text (without its citation), folded.</summary>
    private static IEnumerable<string> Sentences(IElement element)
    {
        var text = element.TextContent;
        foreach (var cite in element.QuerySelectorAll("a.cite"))
        {
            text = text.Replace(cite.TextContent, string.Empty, StringComparison.Ordinal);
        }

        return System.Text.RegularExpressions.Regex.Split(text.Replace("…", string.Empty, StringComparison.Ordinal), @"(?<=[.!?])\s+(?=[A-Z])")
            .Select(ReportModelBuilder.Fold)
            .Where(s => s.Length > 20);
    }
}
