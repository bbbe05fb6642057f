using ProfileMiner.Diagnostics;
using ProfileMiner.Report;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Report;

/// <summary>A user's own template: includes of the shipped partials, and errors that name file, line and column.</summary>
public sealed class ReportTemplateTests
{
    [Fact]
    public async Task A_users_template_can_include_the_shipped_partials()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("mine.md.scriban", "{{ include \"_partials/text.scriban\" ~}}\n{{ title }}: {{ summary_line }}\n{{ for c in councils }}- {{ c.name }} ({{ c.passage_count }})\n{{ end }}");
        var options = ReportGoldenTests.Options with { TemplateFile = file, Formats = [ReportFormat.Markdown] };

        var text = (await ReportGoldenTests.RenderAsync(true, options))[ReportFormat.Markdown];

        Assert.StartsWith("North West digest (test corpus): 4 documents (and 1 near-duplicate copy, counted once) about 8 councils", text, StringComparison.Ordinal);
        Assert.Contains("- Wigan (", text, StringComparison.Ordinal);
        Assert.Empty(new ReportPublisher(options).CheckTemplates());
    }

    [Fact]
    public void A_template_that_does_not_parse_gives_one_error_with_file_line_and_column()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("broken.html.scriban", "<h1>{{ title }}</h1>\n<ul>\n{{ for c in councils }}<li>{{ c.name }</li>{{ end }}\n");

        var problems = new ReportPublisher(ReportOptions.Default with { TemplateFile = file }).CheckTemplates();

        var error = Assert.Single(problems);
        Assert.Equal(DiagnosticCodes.TemplateParseError, error.Code);
        Assert.EndsWith("broken.html.scriban", error.Where!.Value.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Where.Value.Line);
        Assert.Matches(@"^\S*broken\.html\.scriban\(3\): error PM5001: template does not parse at line 3, column \d+: .+; no report written$", error.ToString());
    }

    [Fact]
    public async Task A_template_that_fails_while_rendering_writes_nothing_and_leaves_the_last_digest()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("fails.html.scriban", "<p>{{ title }}</p>\n\n  {{ include \"_partials/no-such-partial.scriban\" }}\n");
        var old = temp.Write("out/report/themes.html", "the previous digest");
        var publisher = new ReportPublisher(ReportGoldenTests.Options with { TemplateFile = file, Formats = [ReportFormat.Html] });
        var diagnostics = new DiagnosticBag();

        var written = publisher.Publish(RunTables.Create(await ReportCorpus.WithThemesAsync()), temp.File("out"), diagnostics, CancellationToken.None);

        Assert.Empty(written);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.TemplateRenderError, error.Code);
        Assert.Equal(3, error.Where!.Value.Line);
        Assert.Contains("column 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-partial", error.Message, StringComparison.Ordinal);
        Assert.Equal("the previous digest", await File.ReadAllTextAsync(old));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_missing_template_file_is_one_error()
    {
        var problems = new ReportPublisher(ReportOptions.Default with { TemplateFile = "no/such/template.scriban" }).CheckTemplates();

        Assert.Equal(DiagnosticCodes.TemplateNotFound, Assert.Single(problems).Code);
    }

    [Fact]
    public async Task Publish_writes_both_files_atomically_into_the_report_folder()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        var written = new ReportPublisher(ReportGoldenTests.Options).Publish(RunTables.Create(await ReportCorpus.WithThemesAsync()), temp.Path, diagnostics, CancellationToken.None);

        Assert.Equal([temp.File("report/themes.html"), temp.File("report/themes.md")], written);
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(written[0]), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Filters_keep_the_councils_and_themes_asked_for_and_warn_about_a_filter_that_matches_nothing()
    {
        var content = await ReportCorpus.WithThemesAsync();
        var diagnostics = new DiagnosticBag();
        var options = ReportGoldenTests.Options with { Councils = ["oldham", "Nowhere"], Themes = ["workforce"], Formats = [ReportFormat.Markdown] };

        var md = new ReportPublisher(options).Render(content, diagnostics)![ReportFormat.Markdown];

        Assert.Contains("\n| Oldham | ", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n| Bury | ", md, StringComparison.Ordinal);
        Assert.Contains("### 1. Workforce", md, StringComparison.Ordinal);
        Assert.DoesNotContain("### 2.", md, StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Warning);
        Assert.Equal(DiagnosticCodes.UnknownCouncil, warning.Code);
        Assert.Contains("'Nowhere'", warning.Message, StringComparison.Ordinal);
    }
}
