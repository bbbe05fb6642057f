using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Tests.Ingest;

public sealed class DocumentManifestTests
{
    private static readonly string s_folder = Path.GetFullPath("manifest-root");

    private static DocumentManifest Parse(string text, DiagnosticBag? diagnostics = null) =>
        DocumentManifest.Parse(text, s_folder, DocumentManifest.FileName, CouncilDirectory.Default, diagnostics ?? new DiagnosticBag());

    private static DocumentHints? For(DocumentManifest manifest, params string[] relative) =>
        manifest.HintsFor(Path.Combine([s_folder, .. relative]));

    [Fact]
    public void A_row_names_a_file_s_council_kind_and_period_through_the_registry()
    {
        var manifest = Parse("path,council,kind,period\ncamden-2019.txt,London Borough of Camden,strategy,2019/20\n");

        var hints = For(manifest, "camden-2019.txt");

        Assert.Equal("Camden", hints?.Council?.Name);
        Assert.Equal("E09000007", hints?.Council?.GssCode);
        Assert.Equal(DocumentKind.Strategy, hints?.Kind);
        Assert.Equal("2019/20", hints?.Period?.Label);
        Assert.Equal("manifest", hints?.Period?.Source);
        Assert.Null(For(manifest, "other.txt"));
    }

    [Theory]
    [InlineData("kent", "kent/papers/a.pdf", true)]
    [InlineData("kent", "kentish.pdf", false)]
    [InlineData("*.pdf", "sub/a.pdf", true)]
    [InlineData("sub/*.pdf", "sub/a.pdf", true)]
    [InlineData("sub/*.pdf", "sub/deeper/a.pdf", false)]
    [InlineData("sub/**/*.pdf", "sub/deeper/a.pdf", true)]
    [InlineData("QPR ?3*.pdf", "QPR Q3 Cabinet.pdf", true)]
    public void Paths_are_globs_and_a_bare_name_matches_a_file_or_folder_at_any_depth(string pattern, string file, bool matches)
    {
        Assert.Equal(matches, DocumentManifest.Glob(pattern).IsMatch(file));
    }

    [Fact]
    public void A_later_row_wins_field_by_field()
    {
        var manifest = Parse("path,council,issuer,kind\n*,Kent,,strategy\nbbc.pdf,,media,\n");

        var kent = For(manifest, "a.pdf");
        var bbc = For(manifest, "bbc.pdf");

        Assert.Equal("Kent", kent?.Council?.Name);
        Assert.Null(bbc?.Council);
        Assert.Equal(IssuerKind.Media, bbc?.IssuerKind);
        Assert.Equal(DocumentKind.Strategy, bbc?.Kind);
    }

    [Fact]
    public void An_unknown_council_is_one_warning_with_suggestions_and_kept_as_written()
    {
        var diagnostics = new DiagnosticBag();

        var hints = For(Parse("# councils\npath,council\na.txt,Lancashre\n", diagnostics), "a.txt");

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.UnknownCouncil, warning.Code);
        Assert.Contains("Lancashire", warning.Message, StringComparison.Ordinal);
        Assert.Equal("profileminer.csv(3)", warning.Where?.File);
        Assert.False(hints?.Council?.Known);
        Assert.Equal("Lancashre", hints?.Council?.Name);
    }

    [Fact]
    public void Unreadable_values_are_warnings_and_left_out()
    {
        var diagnostics = new DiagnosticBag();

        var hints = For(Parse("path,kind,period,issuer\na.txt,brochure,someday,newspaper\n", diagnostics), "a.txt");

        Assert.Equal(3, diagnostics.Items.Count(d => d.Code == DiagnosticCodes.ManifestInvalid));
        Assert.True(hints?.IsEmpty);
    }

    [Theory]
    [InlineData("performance report", DocumentKind.PerformanceReport)]
    [InlineData("market-position-statement", DocumentKind.MarketPositionStatement)]
    [InlineData("scrutiny_report", DocumentKind.CommitteeReport)]
    public void A_kind_is_any_spelling_of_a_kinds_name(string written, DocumentKind kind)
    {
        Assert.Equal(kind, For(Parse($"path,kind\na.txt,{written}\n"), "a.txt")?.Kind);
    }

    [Fact]
    public void An_unknown_column_is_an_error_naming_it()
    {
        var error = Assert.Throws<ProfileMinerException>(() => Parse("path,councill\na.txt,Kent\n"));

        Assert.Contains("'councill'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_cells_may_hold_commas()
    {
        var hints = For(Parse("path,council\n\"report, final.txt\",\"Bournemouth, Christchurch and Poole\"\n"), "report, final.txt");

        Assert.Equal("Bournemouth, Christchurch and Poole", hints?.Council?.Name);
    }
}
