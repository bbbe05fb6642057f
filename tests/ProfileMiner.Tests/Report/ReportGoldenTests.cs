using ProfileMiner.Diagnostics;
using ProfileMiner.Report;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Report;

/// <summary>The shipped templates rendered over the fixed corpus, compared with the checked-in digests.</summary>
public sealed class ReportGoldenTests
{
    internal static ReportOptions Options => ReportOptions.Default with { Title = "North West digest (test corpus)", TemplateFolder = ReportCorpus.Templates };

    /// <summary>The output folder the test digests are rendered for: <c>out/</c> of the checkout, so links to the sources are the same on every machine.</summary>
    internal static string OutputFolder => Path.Combine(RepoPaths.Root, "out");

    /// <summary>The folder the digest is written to, which its links are relative to.</summary>
    internal static string ReportFolder => Path.Combine(OutputFolder, "report");

    internal static async Task<IReadOnlyDictionary<ReportFormat, string>> RenderAsync(bool themes, ReportOptions? options = null)
    {
        var content = themes ? await ReportCorpus.WithThemesAsync() : await ReportCorpus.PlainAsync();
        var diagnostics = new DiagnosticBag();
        var rendered = new ReportPublisher(options ?? Options).Render(content, diagnostics, OutputFolder);
        Assert.True(rendered is not null, string.Join("; ", diagnostics.Items));
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);
        return rendered!;
    }

    [Theory]
    [InlineData(true, "themes")]
    [InlineData(false, "no-themes")]
    public async Task The_digest_matches_its_golden_files(bool themes, string name)
    {
        var rendered = await RenderAsync(themes);

        GoldenFile.Match(Path.Combine(ReportCorpus.GoldenFolder, name + ".html"), rendered[ReportFormat.Html]);
        GoldenFile.Match(Path.Combine(ReportCorpus.GoldenFolder, name + ".md"), rendered[ReportFormat.Markdown]);
    }

    [Fact]
    public async Task The_built_in_templates_render_the_same_as_the_templates_folder()
    {
        var fromFolder = await RenderAsync(true);
        using var elsewhere = new Support.TempDirectory();
        var builtIn = await RenderAsync(true, Options with { TemplateFolder = elsewhere.Path });

        Assert.Equal(fromFolder[ReportFormat.Html], builtIn[ReportFormat.Html]);
        Assert.Equal(fromFolder[ReportFormat.Markdown], builtIn[ReportFormat.Markdown]);
    }

    [Fact]
    public async Task The_markdown_reads_on_its_own_without_html()
    {
        var md = (await RenderAsync(true))[ReportFormat.Markdown];

        Assert.DoesNotContain("<", md.Replace("\\<", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", md, StringComparison.Ordinal);
        Assert.StartsWith("# North West digest (test corpus)\n", md, StringComparison.Ordinal);
        foreach (var table in md.Split("\n\n").Where(b => b.StartsWith('|')))
        {
            var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var columns = rows[0].Count(c => c == '|') - rows[0].Split("\\|").Length + 1;
            Assert.All(rows, r => Assert.Equal(columns, r.Count(c => c == '|') - r.Split("\\|").Length + 1));
        }
    }
}
