using Microsoft.Playwright;
using ProfileMiner.Cli.Web;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary>
/// The search page end to end: a real index, the real server on a free port of 127.0.0.1, and
/// Debian's headless chromium driven by Playwright. Skips with the reason when chromium is not
/// installed; on CI (CI=true) it must be, and the test fails instead.
/// </summary>
public sealed class SearchPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task Typing_a_query_shows_highlighted_hits_and_a_facet_narrows_them()
    {
        RequireChromium();
        using var temp = new TempDirectory();
        SearchFixtureFiles.WriteTo(temp);
        var index = await CliRunner.RunAsync("index", temp.File("in"), "--out", temp.File("out"));
        Assert.True(index.ExitCode == 0, index.ToString());

        await using var server = await SearchServer.StartAsync(temp.File("out"), 0, CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        page.SetDefaultTimeout(15000);
        await page.GotoAsync(server.Address.ToString());

        // Type a query and press Enter: no mouse needed.
        await page.FocusAsync("#q");
        await page.Keyboard.TypeAsync("carers");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#hits li.hit");
        var summary = await page.TextContentAsync("#summary");
        // Bury's passage (and its copy) and Wigan's; the heading "Carers" is no hit of its own.
        Assert.StartsWith("2 hits", summary, StringComparison.Ordinal);
        Assert.Contains("carers", (await page.Locator("#hits mark").AllTextContentsAsync()).Select(t => t.ToLowerInvariant()));
        Assert.Contains("q=carers", page.Url, StringComparison.Ordinal);

        // Click the Wigan facet: only Wigan's passages are left, and the facet shows as pressed.
        await page.ClickAsync("button[data-facet=council][data-value=Wigan]");
        await page.WaitForFunctionAsync("document.querySelector('#summary').textContent.startsWith('1 hit')");
        var councils = await page.Locator("#hits .meta strong").AllTextContentsAsync();
        Assert.Equal(["Wigan"], councils);
        Assert.Equal("true", await page.GetAttributeAsync("button[data-facet=council][data-value=Wigan]", "aria-pressed"));

        // Each hit names its document's title and section path.
        Assert.Contains("Wigan improvement profile 2016/17", await page.TextContentAsync("#hits .meta"), StringComparison.Ordinal);
        Assert.Contains("Integration", await page.TextContentAsync("#hits .section"), StringComparison.Ordinal);

        // Read the hit in context: the document's title, the passages around it, the hit and the query's words marked.
        await page.ClickAsync("#hits a.context-link");
        await page.WaitForSelectorAsync("#context:not([hidden]) p.target:has-text('Shared Lives')");
        var context = await page.Locator("#context-body p").AllTextContentsAsync();
        Assert.True(context.Any(t => t.StartsWith("DToC remained", StringComparison.Ordinal)), string.Join(" | ", context));
        Assert.Equal("Wigan improvement profile 2016/17", await page.TextContentAsync("#context-title"));
        Assert.Equal(["carers"], await page.Locator("#context-body p.target mark").AllTextContentsAsync());
        var source = await page.GetAttributeAsync("#context-meta a.source-link", "href");
        Assert.StartsWith("api/source?key=wigan.md", source, StringComparison.Ordinal);
        var file = await page.APIRequest.GetAsync(server.Address + source!);
        Assert.Equal(200, file.Status);
        Assert.Contains("Shared Lives scheme", await file.TextAsync(), StringComparison.Ordinal);

        // A malformed query shows the error line, not a broken page.
        await page.ClickAsync("#back");
        await page.FillAsync("#q", "carers AND");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync("#error:not([hidden])");
        Assert.Contains("at column 10", await page.TextContentAsync("#error"), StringComparison.Ordinal);
    }

    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"{Chromium} is missing on CI: .ci/run must install Debian's chromium for the search page test");
        Skip.If(true, $"{Chromium} is not installed (apt-get install chromium); the search page test needs a real browser");
    }
}
