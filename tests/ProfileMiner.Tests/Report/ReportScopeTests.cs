using ProfileMiner.Diagnostics;
using ProfileMiner.Report;

namespace ProfileMiner.Tests.Report;

/// <summary>The digest's scope (period, council, theme, kind) and its length budget.</summary>
public sealed class ReportScopeTests
{
    private static async Task<(string Md, IReadOnlyList<Diagnostic> Diagnostics)> MarkdownAsync(ReportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = new ReportPublisher(options with { Formats = [ReportFormat.Markdown] }).Render(await ReportCorpus.WithThemesAsync(), diagnostics, ReportGoldenTests.OutputFolder);
        Assert.True(rendered is not null, string.Join("; ", diagnostics.Items));
        return (rendered![ReportFormat.Markdown], diagnostics.Items);
    }

    private static List<string> CouncilRows(string md) =>
        [.. md[md.IndexOf("## Appendix C", StringComparison.Ordinal)..md.IndexOf("## Appendix D", StringComparison.Ordinal)]
            .Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| council", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)).Select(l => l.Split(" | ")[0][2..])];

    [Theory]
    [InlineData("2016/17", "Cheshire East,Knowsley,Sefton,Trafford")]
    [InlineData("2016-17", "Cheshire East,Knowsley,Sefton,Trafford")]
    [InlineData("2015", "Bury,Oldham,Wigan")]
    [InlineData("2024", "Bury")]
    [InlineData("2014-2016", "Bury,Cheshire East,Knowsley,Oldham,Sefton,Trafford,Wigan")]
    public async Task A_period_keeps_the_documents_whose_period_overlaps_it(string period, string councils)
    {
        var (md, diagnostics) = await MarkdownAsync(ReportGoldenTests.Options with { Periods = [period] });

        Assert.Empty(diagnostics);
        Assert.Equal(councils.Split(','), CouncilRows(md));
        Assert.Contains($"Limited to periods {period}.", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_and_a_council_by_any_registry_spelling_narrow_the_digest()
    {
        var (byKind, kindWarnings) = await MarkdownAsync(ReportGoldenTests.Options with { Kinds = ["self-assessment"] });
        var (byCouncil, councilWarnings) = await MarkdownAsync(ReportGoldenTests.Options with { Councils = ["Trafford Metropolitan Borough Council", "E08000002"] });

        Assert.Empty(kindWarnings);
        Assert.Equal(["Leicestershire"], CouncilRows(byKind));
        Assert.Empty(councilWarnings);
        Assert.Equal(["Bury", "Trafford"], CouncilRows(byCouncil));
    }

    [Theory]
    [InlineData("Councils", "Wiggan", "PM2001", "did you mean Wigan")]
    [InlineData("Councils", "Lancashire", "PM5004", "'Lancashire' matches no council of the corpus")]
    [InlineData("Themes", "carer", "PM5004", "did you mean carers")]
    [InlineData("Themes", "dementia", "PM5004", "'dementia' matches no passage")]
    [InlineData("Kinds", "self assesment", "PM5004", "did you mean self_assessment")]
    [InlineData("Kinds", "minutes", "PM5004", "'minutes' matches no document of the corpus; its kinds are committee_report, improvement_profile, self_assessment")]
    [InlineData("Periods", "2019/20", "PM5004", "'2019/20' matches no document of the corpus; the documents' periods are 2015/16, 2016/17, 2024-05-08")]
    [InlineData("Periods", "last year", "PM5004", "'last year' is not a period")]
    public async Task A_value_that_matches_nothing_is_one_warning_saying_what_it_could_be_and_the_digest_is_written_without_it(string option, string value, string code, string said)
    {
        var options = option switch
        {
            "Councils" => ReportGoldenTests.Options with { Councils = [value, "Bury"] },
            "Themes" => ReportGoldenTests.Options with { Themes = [value, "workforce"] },
            "Kinds" => ReportGoldenTests.Options with { Kinds = [value, "committee_report"] },
            _ => ReportGoldenTests.Options with { Periods = [value, "2024"] },
        };

        var (md, diagnostics) = await MarkdownAsync(options);

        var warning = Assert.Single(diagnostics, d => true);
        Assert.True(diagnostics.Count == 1, string.Join("\n", diagnostics));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(code, warning.Code);
        Assert.Contains(said, warning.Message, StringComparison.Ordinal);
        if (option == "Themes")
        {
            Assert.Contains("### 1. Workforce", md, StringComparison.Ordinal);
            Assert.DoesNotContain("### 2.", md, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(["Bury"], CouncilRows(md));
        }
    }

    [Fact]
    public async Task The_length_budget_cuts_quotes_and_claims_per_theme_and_says_so_and_the_appendices_stay_whole()
    {
        var (full, _) = await MarkdownAsync(ReportGoldenTests.Options with { PageBudget = 0, MarkdownQuotesPerTheme = 9, MarkdownClaimsPerTheme = 9 });
        var (short_, _) = await MarkdownAsync(ReportGoldenTests.Options with { PageBudget = 5, MarkdownQuotesPerTheme = 9, MarkdownClaimsPerTheme = 9 });
        static int Quotes(string md) => md.Split('\n').Count(l => l.StartsWith("> ", StringComparison.Ordinal));
        static string Appendices(string md) => md[md.IndexOf("## Appendix A", StringComparison.Ordinal)..];

        Assert.True(Quotes(short_) < Quotes(full), $"{Quotes(short_)} quotes in 5 pages, {Quotes(full)} with no budget");
        Assert.Contains("To fit 5 printed pages, each theme shows its 1 most representative quote", short_, StringComparison.Ordinal);
        Assert.DoesNotContain("To fit", full, StringComparison.Ordinal);
        Assert.Equal(Appendices(full), Appendices(short_));
    }

    [Fact]
    public async Task The_markdown_digest_shows_fewer_quotes_than_the_html_one()
    {
        var rendered = await ReportGoldenTests.RenderAsync(true, ReportGoldenTests.Options with { PageBudget = 0 });

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(rendered[ReportFormat.Html]);
        var md = rendered[ReportFormat.Markdown];
        Assert.Contains(html.QuerySelectorAll("article.theme"), a => a.QuerySelectorAll("figure.quote").Length > ReportOptions.Default.MarkdownQuotesPerTheme);
        Assert.All(md.Split("\n### ").Skip(1), theme => Assert.True(theme.Split('\n').Count(l => l.StartsWith("> ", StringComparison.Ordinal)) <= ReportOptions.Default.MarkdownQuotesPerTheme));
    }
}
