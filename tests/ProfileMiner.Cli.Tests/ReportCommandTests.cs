using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary><c>profileminer report</c> in-process: the files written, a broken template, filters.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public async Task Report_writes_the_markdown_digest_alone_when_asked_with_the_title_given()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("report", RepoPaths.Seeds, "--out", temp.Path, "--format", "md", "--title", "Seeds digest", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(Path.Combine(temp.Path, "report", "themes.html")));
        var md = await File.ReadAllTextAsync(Path.Combine(temp.Path, "report", "themes.md"));
        Assert.StartsWith("# Seeds digest\n", md, StringComparison.Ordinal);
        Assert.Contains("### Blackburn with Darwen", md, StringComparison.Ordinal);
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
        var note = System.Text.RegularExpressions.Regex.Match(left, @"(\d+) more metrics and claims of the documents read, read with a confidence below 0\.6, are left out here");
        Assert.True(note.Success, left[..Math.Min(400, left.Length)]);
        Assert.DoesNotContain("are left out here", all, StringComparison.Ordinal);
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
    [InlineData("Bury,Nowhere", "'Nowhere'")]
    [InlineData("Bury Metropolitan Borough Council,Wiggan", "did you mean Wigan")]
    public async Task A_council_filter_takes_registry_spellings_and_one_that_matches_nothing_is_a_warning(string councils, string warned)
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("report", RepoPaths.Seeds, "--out", temp.Path, "--council", councils, "--format", "md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.Contains("warning PM5004", StringComparison.Ordinal) && l.Contains(warned, StringComparison.Ordinal));
        var md = await File.ReadAllTextAsync(Path.Combine(temp.Path, "report", "themes.md"));
        Assert.Contains("### Bury", md, StringComparison.Ordinal);
        Assert.DoesNotContain("### Wigan", md, StringComparison.Ordinal);
    }
}
