using System.Diagnostics;
using Microsoft.Playwright;

namespace ProfileMiner.Cli.Tests.Report;

/// <summary>
/// Debian's headless chromium for the digest's browser tests: Playwright drives it for pages and screenshots, and its
/// command line prints to PDF as docs/report.md measures the digest's length. Tests skip, with the reason, where it
/// is not installed; on CI (CI=true) it must be, and they fail instead.
/// </summary>
internal static class DigestBrowser
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] s_arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static void Require()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"{Chromium} is missing on CI: .ci/run must install Debian's chromium for the digest's browser tests");
        Skip.If(true, $"{Chromium} is not installed (apt-get install chromium); the digest's browser tests need a real browser");
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = s_arguments });

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/> as <c>chromium --headless --print-to-pdf</c> does, and returns its number of pages.</summary>
    public static async Task<int> PrintAsync(string html, string pdf, string profile)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in s_arguments.Concat(["--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(File.Exists(pdf), "chromium wrote no PDF: " + await stderr + await stdout);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
