using System.Text.RegularExpressions;
using ProfileMiner.Report;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Report;

/// <summary>The custom-template example of docs/report.md renders, so the documentation cannot drift from the model.</summary>
public sealed partial class ReportDocsExampleTests
{
    [Fact]
    public async Task The_example_template_in_the_docs_renders_over_the_model()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "report.md"));
        var example = ExampleTemplate().Matches(docs).Select(m => m.Groups[1].Value).Single(t => t.Contains("{{ for t in themes", StringComparison.Ordinal));
        using var temp = new TempDirectory();
        var file = temp.Write("example.md.scriban", example);

        var text = (await ReportGoldenTests.RenderAsync(true, ReportGoldenTests.Options with { TemplateFile = file, Formats = [ReportFormat.Markdown] }))[ReportFormat.Markdown];

        Assert.StartsWith("# North West digest (test corpus)\n", text, StringComparison.Ordinal);
        Assert.Contains("- Performance overview: 5 councils (Bury, Cheshire East, Oldham, Trafford, Wigan)\n", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("```\\n(\\{\\{ include.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleTemplate();
}
