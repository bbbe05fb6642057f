using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests.Report;

/// <summary>One <c>run</c> over the default corpus (<c>seeds/</c> and <c>corpus/</c>), shared by the tests of its digest.</summary>
public sealed class DefaultCorpusRun : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    public string Output => _temp.File("out");

    public string Html => Path.Combine(Output, "report", "themes.html");

    public string Markdown => Path.Combine(Output, "report", "themes.md");

    internal TempDirectory Temp => _temp;

    public async Task InitializeAsync()
    {
        var run = await CliRunner.RunAsync("run", RepoPaths.Seeds, Path.Combine(RepoPaths.Root, "corpus"), "--out", Output, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// The default corpus's digest, as issue 19 measures it: at most 25 A4 pages printed by headless chromium, every claim
/// and figure shown cited, and the screenshots docs/report.md shows (rewritten with <c>PM_UPDATE_SCREENSHOTS=1</c>).
/// </summary>
public sealed class DefaultCorpusDigestTests(DefaultCorpusRun run) : IClassFixture<DefaultCorpusRun>
{
    private readonly DefaultCorpusRun _run = run;

    [SkippableFact]
    public async Task The_digest_prints_to_at_most_25_A4_pages()
    {
        DigestBrowser.Require();

        var pages = await DigestBrowser.PrintAsync(_run.Html, _run.Temp.File("themes.pdf"), _run.Temp.File("profile"));

        Assert.InRange(pages, 3, ProfileMiner.Report.ReportOptions.DefaultPageBudget);
        var estimate = int.Parse(new HtmlParser().ParseDocument(await File.ReadAllTextAsync(_run.Html)).QuerySelector("meta[name=profileminer-estimated-pages]")!.GetAttribute("content")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(estimate >= pages, $"the length estimate ({estimate}) is below the printed length ({pages}): the budget would not hold");
    }

    [Fact]
    public async Task Every_claim_and_figure_shown_is_cited_to_a_pdf_page_and_the_markdown_is_short()
    {
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(_run.Html));
        var md = await File.ReadAllLinesAsync(_run.Markdown);

        Assert.All(page.QuerySelectorAll("p.claim"), p => Assert.NotNull(p.ParentElement!.QuerySelector("a.cite")));
        Assert.All(page.QuerySelectorAll("figure.quote"), f => Assert.NotNull(f.QuerySelector("a.cite")));
        Assert.All(page.QuerySelectorAll("#benchmarks tbody"), g => Assert.NotNull(g.QuerySelector("a.cite")));
        Assert.All(page.QuerySelectorAll("article.comparison tbody tr"), r => Assert.NotNull(r.QuerySelector("a.cite")));

        // The seeds are the text of the council PDFs read in the same run: every citation opens a PDF at its page.
        var cites = page.QuerySelectorAll("a.cite").ToList();
        Assert.True(cites.Count > 100, $"{cites.Count} citations");
        Assert.All(cites, a => Assert.Matches(@"^\.\./\.\./[^#]+\.pdf#page=\d+$", a.GetAttribute("href")!));
        Assert.All(cites, a => Assert.Matches(@", p\. \d+$", a.TextContent));
        Assert.InRange(md.Length, 100, 500);
    }

    [SkippableFact]
    public async Task Screenshots_of_the_summary_and_of_a_theme_section()
    {
        DigestBrowser.Require();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DigestBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 }, DeviceScaleFactor = 1 });
        await page.GotoAsync(new Uri(_run.Html).AbsoluteUri);

        var update = Environment.GetEnvironmentVariable("PM_UPDATE_SCREENSHOTS") == "1";
        Assert.False(update && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "Screenshots cannot be rewritten on CI.");
        var folder = update ? Path.Combine(RepoPaths.Root, "docs") : _run.Temp.Path;
        var summary = Path.Combine(folder, "digest-summary.png");
        var theme = Path.Combine(folder, "digest-theme.png");

        // The summary page with the title above it; a theme with claims both ways (the first, if none has).
        var top = (await page.Locator("header").BoundingBoxAsync())!;
        var bottom = (await page.Locator("#summary").BoundingBoxAsync())!;
        await page.ScreenshotAsync(new() { Path = summary, FullPage = true, Clip = new() { X = top.X - 16, Y = top.Y, Width = top.Width + 32, Height = bottom.Y + bottom.Height - top.Y + 16 } });
        var mixed = page.Locator("article.theme:has(td.mixed)");
        var section = await mixed.CountAsync() > 0 ? mixed.First : page.Locator("article.theme").First;
        var box = (await section.BoundingBoxAsync())!;
        await page.ScreenshotAsync(new() { Path = theme, FullPage = true, Clip = new() { X = box.X - 16, Y = box.Y - 8, Width = box.Width + 32, Height = box.Height + 16 } });

        Assert.True(new FileInfo(summary).Length > 20_000, "the summary screenshot is missing or blank");
        Assert.True(new FileInfo(theme).Length > 20_000, "the theme screenshot is missing or blank");
    }
}
