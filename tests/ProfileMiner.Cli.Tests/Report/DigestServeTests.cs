using Microsoft.Playwright;
using ProfileMiner.Cli.Web;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests.Report;

/// <summary>The digest opened through <c>serve</c>: a citation opens its passage in context on the search page.</summary>
public sealed class DigestServeTests
{
    [SkippableFact]
    public async Task Through_serve_a_citation_opens_its_passage_in_context()
    {
        DigestBrowser.Require();
        using var temp = new TempDirectory();
        var corpus = Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Tests", "Report", "Corpus");
        var run = await CliRunner.RunAsync("run", corpus, "--out", temp.File("out"), "--json");
        Assert.True(run.ExitCode == 0, run.ToString());

        await using var server = await SearchServer.StartAsync(temp.File("out"), 0, CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DigestBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(15000);
        // Every request the page makes answers (the browser's own favicon.ico aside).
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) { failed.Add($"{response.Status} {response.Url}"); } };
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(server.Address, "report/themes.html").ToString());

        // Served, the links go to the search page's passage view instead of the files.
        await page.WaitForSelectorAsync("html[data-served=true]", new() { State = WaitForSelectorState.Attached });
        var quote = page.Locator("figure.quote").First;
        var cite = quote.Locator("a.cite");
        var key = await cite.GetAttributeAsync("data-key");
        Assert.Equal("/#passage=" + Uri.EscapeDataString(key!), await cite.GetAttributeAsync("href"));
        Assert.StartsWith("../../", await cite.GetAttributeAsync("data-source"), StringComparison.Ordinal);
        var quoted = (await quote.Locator("blockquote").TextContentAsync())!.Trim().TrimEnd('…').Trim();

        await cite.ClickAsync();
        await page.WaitForSelectorAsync("#context:not([hidden]) p.target");
        var target = await page.Locator("#context p.target").TextContentAsync();
        Assert.Contains(quoted[..Math.Min(60, quoted.Length)], target, StringComparison.Ordinal);
        Assert.Empty(errors);
        Assert.Empty(failed);
    }
}
