using System.Diagnostics;
using ProfileMiner.Report;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Report;

/// <summary>
/// The HTML digest opened in Debian's headless chromium: no console errors, and a screenshot is taken. Skipped, with
/// the reason, where chromium is not installed; on CI (<c>CI=true</c>) it must be, so the test fails instead.
/// </summary>
public sealed class ReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task The_digest_opens_in_chromium_without_console_errors()
    {
        RequireChromium();
        using var temp = new TempDirectory();
        var html = temp.Write("themes.html", (await ReportGoldenTests.RenderAsync(true))[ReportFormat.Html]);

        var (console, screenshot) = await OpenAsync(html, temp);

        Assert.Empty(console);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or blank");
    }

    [SkippableFact]
    public async Task A_page_with_a_script_error_is_caught_by_the_same_check()
    {
        RequireChromium();
        using var temp = new TempDirectory();
        var html = temp.Write("bad.html", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>x</p><script>console.error('broken digest'); undefinedFunction();</script></body></html>");

        var (console, _) = await OpenAsync(html, temp);

        Assert.Contains(console, line => line.Contains("broken digest", StringComparison.Ordinal));
    }

    /// <summary>Skips where chromium is not installed; on CI it must be (its setup installs it), so the test fails instead.</summary>
    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), Chromium + " is missing on CI, where it is installed");
        Skip.If(true, Chromium + " is not installed here (Debian package chromium)");
    }

    /// <summary>Opens <paramref name="html"/>, screenshots it, and returns the CONSOLE lines chromium logged.</summary>
    internal static async Task<(List<string> Console, string Screenshot)> OpenAsync(string html, TempDirectory temp, int width = 1280, int height = 2000)
    {
        var screenshot = temp.File("screenshot.png");
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--user-data-dir=" + temp.File("profile"), "--enable-logging=stderr", "--v=0",
            "--screenshot=" + screenshot, $"--window-size={width},{height}", new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        var log = await stderr + await stdout;
        var console = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal)).ToList();
        Assert.True(File.Exists(screenshot), "chromium wrote no screenshot: " + log);
        return (console, screenshot);
    }
}
