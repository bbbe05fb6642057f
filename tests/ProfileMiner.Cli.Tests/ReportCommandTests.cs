using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary><c>profileminer report</c> in-process: the files written, a broken template, filters.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public async Task Report_writes_the_markdown_digest_alone_when_asked_with_the_title_given()
    {
        using var temp = new TempDirectory();
        await SeedsRun.SeedCachesAsync(temp.Path);

        var run = await CliRunner.RunAsync("report", RepoPaths.Seeds, "--out", temp.Path, "--format", "md", "--title", "Seeds digest", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(Path.Combine(temp.Path, "report", "themes.html")));
        var md = await File.ReadAllTextAsync(Path.Combine(temp.Path, "report", "themes.md"));
        Assert.StartsWith("# Seeds digest\n", md, StringComparison.Ordinal);
        Assert.Contains("\n| Blackburn with Darwen | ", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_leaves_the_lowest_confidence_band_out_by_default_and_says_how_much()
    {
        using var byDefault = new TempDirectory();
        using var everything = new TempDirectory();

        var first = await CliRunner.RunAsync("report", RepoPaths.Seed("002"), "--out", byDefault.Path, "--format", "md");
        var second = await CliRunner.RunAsync("report", RepoPaths.Seed("002"), "--out", everything.Path, "--format", "md", "--min-confidence", "0");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var left = await File.ReadAllTextAsync(Path.Combine(byDefault.Path, "report", "themes.md"));
        var all = await File.ReadAllTextAsync(Path.Combine(everything.Path, "report", "themes.md"));
        var note = System.Text.RegularExpressions.Regex.Match(left, @"(\d+) more metrics and claims, read with a confidence below 0\.6, are left out");
        Assert.True(note.Success, left[..Math.Min(400, left.Length)]);
        Assert.DoesNotContain("are left out", all, StringComparison.Ordinal);
        static int Figures(string md) => System.Text.RegularExpressions.Regex.Matches(md, @"(\d+) metrics?\b").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).First();
        Assert.True(Figures(all) > Figures(left), $"{Figures(all)} metrics with everything, {Figures(left)} by default");
    }

    [Fact]
    public async Task A_template_that_does_not_parse_stops_the_command_with_one_line_naming_file_line_and_column()
    {
        using var temp = new TempDirectory();
        var template = Path.Combine(temp.Path, "mine.html.scriban");
        await File.WriteAllTextAsync(template, "<p>{{ title }}</p>\n{{ if summary.councils > 0 }}\n<p>no end</p>\n");

        var run = await CliRunner.RunAsync("report", RepoPaths.Seeds, "--out", Path.Combine(temp.Path, "out"), "--template", template);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Matches(@"mine\.html\.scriban\(\d+\): error PM5001: template does not parse at line \d+, column \d+: ", line);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out", "report")));
    }

    [Theory]
    [InlineData("Bury,Nowhere", "PM2001", "'Nowhere'")]
    [InlineData("Bury Metropolitan Borough Council,Wiggan", "PM2001", "did you mean Wigan")]
    [InlineData("Bury,Kent County Council", "PM5004", "'Kent County Council' matches no council of the corpus")]
    public async Task A_council_filter_takes_registry_spellings_and_one_that_matches_nothing_is_one_warning(string councils, string code, string warned)
    {
        using var temp = new TempDirectory();
        await SeedsRun.SeedCachesAsync(temp.Path);

        var run = await CliRunner.RunAsync("report", RepoPaths.Seeds, "--out", temp.Path, "--council", councils, "--format", "md");

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.ErrorLines, l => l.Contains("warning PM", StringComparison.Ordinal));
        Assert.Contains($"warning {code}", warning, StringComparison.Ordinal);
        Assert.Contains(warned, warning, StringComparison.Ordinal);
        var md = await File.ReadAllTextAsync(Path.Combine(temp.Path, "report", "themes.md"));
        Assert.Contains("\n| Bury | ", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n| Wigan | ", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_takes_a_period_a_kind_and_a_page_budget_and_run_passes_them_to_its_digest()
    {
        using var report = new TempDirectory();
        using var run = new TempDirectory();
        await SeedsRun.SeedCachesAsync(report.Path);

        var byReport = await CliRunner.RunAsync("report", RepoPaths.Seeds, "--out", report.Path, "--format", "md", "--period", "2016/17", "--kind", "improvement profile", "--pages", "12");
        var byRun = await CliRunner.RunAsync("run", RepoPaths.Seed("002"), "--out", run.Path, "--report-period", "2024", "--report-pages", "0", "--json");

        Assert.True(byReport.ExitCode == 0, byReport.ToString());
        var md = await File.ReadAllTextAsync(Path.Combine(report.Path, "report", "themes.md"));
        Assert.Contains("Limited to periods 2016/17; kinds improvement profile.", md, StringComparison.Ordinal);
        Assert.Contains("Periods covered: 2016/17 (1 document, 22 councils).", md, StringComparison.Ordinal);
        Assert.Contains("To fit 12 printed pages", md, StringComparison.Ordinal);
        Assert.True(byRun.ExitCode == 0, byRun.ToString());
        var html = await File.ReadAllTextAsync(Path.Combine(run.Path, "report", "themes.html"));
        Assert.Contains("Limited to periods 2024.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("To fit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_with_another_digest_scope_is_no_replay_of_the_last()
    {
        using var temp = new TempDirectory();

        var first = await CliRunner.RunAsync("run", RepoPaths.Seed("002"), "--out", temp.Path, "--json");
        var second = await CliRunner.RunAsync("run", RepoPaths.Seed("002"), "--out", temp.Path, "--report-pages", "2");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("nothing changed since the last run", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("To fit 2 printed pages", await File.ReadAllTextAsync(Path.Combine(temp.Path, "report", "themes.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_page_budget_is_refused()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("report", RepoPaths.Seeds, "--out", temp.Path, "--pages", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("--pages must be 0 (no budget) or more", StringComparison.Ordinal));
    }
}
