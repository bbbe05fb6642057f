using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

public sealed class CouncilSectionSegmenterTests
{
    // The North West councils of ../shared/gold/councils.tsv, in the order the regional profile (seed 001) has them.
    private static readonly (string Name, string Code)[] s_northWest =
    [
        ("Blackburn with Darwen", "E06000008"), ("Blackpool", "E06000009"), ("Bolton", "E08000001"), ("Bury", "E08000002"),
        ("Cheshire East", "E06000049"), ("Cheshire West and Chester", "E06000050"), ("Cumbria", "E10000006"), ("Halton", "E06000006"),
        ("Knowsley", "E08000011"), ("Lancashire", "E10000017"), ("Liverpool", "E08000012"), ("Manchester", "E08000003"),
        ("Oldham", "E08000004"), ("Rochdale", "E08000005"), ("Salford", "E08000006"), ("Sefton", "E08000014"),
        ("St Helens", "E08000013"), ("Stockport", "E08000007"), ("Tameside", "E08000008"), ("Trafford", "E08000009"),
        ("Warrington", "E06000007"), ("Wigan", "E08000010"), ("Wirral", "E08000015"),
    ];

    private static SegmentedDocument Regional => SeedFiles.Segmented(SeedFiles.Name("001"));

    [Fact]
    public void The_regional_profile_has_the_23_north_west_councils_in_document_order_each_once()
    {
        var councils = Regional.Sections.Where(s => s.Council is not null).Select(s => (s.Council!.Name, s.Council.GssCode!)).ToArray();

        Assert.Equal(s_northWest, councils);
        Assert.All(Regional.Sections.Where(s => s.Council is not null), s => Assert.True(s.Council!.Known));
        Assert.All(Regional.Sections.Where(s => s.Council is not null), s => Assert.Equal("North West", s.Council!.Region));
    }

    [Theory]
    [InlineData("001_791e1c115867365e.pdf")]
    [InlineData("001_791e1c115867365e.twocol.pdf")]
    public void The_regional_profile_pdfs_have_the_same_23_councils_in_order(string pdf)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = ProfileMiner.Pipeline.Pipeline.CreateDefault();
        var document = pipeline.Ingest(Path.Combine(RepoPaths.CorpusPdf, pdf), diagnostics);
        Assert.NotNull(document);

        var segmented = pipeline.Segment(document, diagnostics);
        var councils = segmented.Sections.Where(s => s.Council is not null).Select(s => (s.Council!.Name, s.Council.GssCode!)).ToArray();

        Assert.Equal(s_northWest, councils);
        Assert.Null(segmented.Sections[0].Council);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownCouncil);
    }

    [SkippableFact]
    public void The_expected_councils_are_the_north_west_rows_of_the_gold_file()
    {
        SharedData.Require(GoldCouncils.Present, "../shared/gold/councils.tsv");

        var gold = GoldCouncils.Load().Where(r => r.Region == "North West").Select(r => (r.Name, r.GssCode));

        Assert.Equal(s_northWest, gold);
    }

    [Fact]
    public void The_regional_profile_keeps_the_spellings_of_its_headings()
    {
        var asWritten = Regional.Sections.Where(s => s.Council is not null).ToDictionary(s => s.Council!.Name, s => s.Council!.AsWritten);

        Assert.Equal("ST. HELENS", asWritten["St Helens"]);
        Assert.Equal("CHESHIRE WEST & CHESTER", asWritten["Cheshire West and Chester"]);
        Assert.Equal("BLACKBURN WITH DARWEN", asWritten["Blackburn with Darwen"]);
    }

    [Fact]
    public void The_contents_table_is_front_matter_without_a_council()
    {
        var front = Regional.Sections[0];
        var blocks = Regional.Source.Blocks;

        Assert.Null(front.Council);
        Assert.Equal(0, front.FirstBlock);
        var frontBlocks = blocks.Skip(front.FirstBlock).Take(front.BlockCount).ToList();
        Assert.Contains(frontBlocks, b => b.Kind == BlockKind.Heading && b.Text == "CONTENTS");
        Assert.Contains(frontBlocks, b => b.Kind == BlockKind.TableRow && b.Cells.Contains("LANCASHIRE"));
        Assert.DoesNotContain(frontBlocks, b => CouncilSectionSegmenter.TryParseCouncilHeading(b.Text, out _));
    }

    [Fact]
    public void Continuation_headings_stay_in_their_councils_section()
    {
        var blocks = Regional.Source.Blocks;
        foreach (var section in Regional.Sections.Where(s => s.Council is not null))
        {
            var headings = Enumerable.Range(section.FirstBlock, section.BlockCount)
                .Select(i => CouncilSectionSegmenter.TryParseCouncilHeading(blocks[i].Text, out var name) ? name : null)
                .OfType<string>()
                .ToList();

            Assert.NotEmpty(headings);
            Assert.All(headings, h => Assert.Equal(section.Council!.GssCode, CouncilDirectory.Default.ToCouncil(h).GssCode));
        }

        // Most councils run over two pages, each with its own heading.
        var repeated = Regional.Sections.Count(s => Enumerable.Range(s.FirstBlock, s.BlockCount).Count(i => CouncilSectionSegmenter.TryParseCouncilHeading(blocks[i].Text, out _)) >= 2);
        Assert.True(repeated >= 20, $"only {repeated} sections hold a continuation heading");
    }

    [Fact]
    public void A_running_title_before_a_council_heading_opens_that_councils_section()
    {
        var blocks = Regional.Source.Blocks;
        var blackburn = Regional.Sections.Single(s => s.Council?.Name == "Blackburn with Darwen");

        Assert.Equal("Council Improvement Profiles", blocks[blackburn.FirstBlock].Text);
        Assert.Equal(BlockKind.Heading, blocks[blackburn.FirstBlock].Kind);
        Assert.True(CouncilSectionSegmenter.TryParseCouncilHeading(blocks[blackburn.FirstBlock + 1].Text, out var name));
        Assert.Equal("BLACKBURN WITH DARWEN", name);
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Every_block_is_in_exactly_one_section(string seed)
    {
        var document = SeedFiles.Segmented(seed);

        var next = 0;
        for (var i = 0; i < document.Sections.Length; i++)
        {
            var section = document.Sections[i];
            Assert.Equal(i, section.Index);
            Assert.Equal(next, section.FirstBlock);
            Assert.True(section.BlockCount > 0, $"section {i} is empty");
            next = section.EndBlock;
        }

        Assert.Equal(document.Source.Blocks.Length, next);
    }

    [Theory]
    [InlineData("000", "Lancashire", "E10000017")]
    [InlineData("002", "Lancashire", "E10000017")]
    [InlineData("003", "Leicestershire", "E10000018")]
    [InlineData("004", "Leicestershire", "E10000018")]
    public void A_single_council_document_is_one_section_about_its_council(string prefix, string council, string code)
    {
        var document = SeedFiles.Segmented(SeedFiles.Name(prefix));

        var section = Assert.Single(document.Sections);
        Assert.Equal((council, code), (section.Council?.Name, section.Council?.GssCode));
        Assert.Equal(document.Source.Blocks.Length, section.BlockCount);
        Assert.Equal([code], document.Councils.Select(c => c.GssCode));
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Seeds_segment_without_warnings(string seed)
    {
        Assert.DoesNotContain(SeedFiles.Diagnostics(seed), d => d.Severity >= Severity.Warning);
    }

    [Fact]
    public void An_unknown_council_heading_keeps_the_name_and_gives_one_warning()
    {
        const string text = """
            # Council Improvement Profiles

            LOCAL AUTHORITY : ATLANTIS

            Atlantis supports 300 people at home and runs two care homes under the sea.

            # Council Improvement Profiles

            LOCAL AUTHORITY : ATLANTIS

            A second page about the same place, which still is not in the registry.

            LOCAL AUTHORITY : WIGAN

            Wigan's page follows.
            """;
        var diagnostics = new DiagnosticBag();

        var document = TextDocuments.Segment(text, diagnostics, "atlantis.md");

        Assert.Equal(2, document.Sections.Length);
        var atlantis = document.Sections[0].Council!;
        Assert.Equal(("Atlantis", false, "ATLANTIS"), (atlantis.Name, atlantis.Known, atlantis.AsWritten));
        Assert.Null(atlantis.GssCode);
        Assert.Equal("E08000010", document.Sections[1].Council?.GssCode);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnknownCouncil), (warning.Severity, warning.Code));
        Assert.Contains("ATLANTIS", warning.Message, StringComparison.Ordinal);
        Assert.Equal("atlantis.md", warning.Where?.File);
        Assert.Equal(3, warning.Where?.Line);
    }

    [Fact]
    public void A_stated_council_field_wins_over_the_council_named_most()
    {
        const string text = "Name of Local Authority:\tWigan Council\nContact:\tA Person\n\n" +
            "We work with Bolton Council, Bolton CCG and Bolton hospitals. Bolton Council leads the Bolton partnership.\n";
        var diagnostics = new DiagnosticBag();

        var document = TextDocuments.Segment(text, diagnostics);

        Assert.Equal("Wigan", Assert.Single(document.Sections).Council?.Name);
    }

    [Fact]
    public void A_document_naming_no_council_has_one_section_without_a_council()
    {
        var document = TextDocuments.Segment("# Notes\n\nNothing here names a place that runs social care.\n", new DiagnosticBag());

        var section = Assert.Single(document.Sections);
        Assert.Null(section.Council);
        Assert.Empty(document.Councils);
    }

    [Fact]
    public void A_glossary_line_starting_local_authority_is_not_a_council_heading()
    {
        var diagnostics = new DiagnosticBag();

        var document = TextDocuments.Segment("# Glossary\n\nLocal authority: a council with social services duties, such as Wigan.\n\nCare Act: the law since 2014.\n", diagnostics);

        Assert.Single(document.Sections);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("LOCAL AUTHORITY : LANCASHIRE", "LANCASHIRE")]
    [InlineData("Local Authority: St. Helens", "St. Helens")]
    [InlineData("LOCAL AUTHORITY – WIGAN ", "WIGAN")]
    [InlineData("  LOCAL  AUTHORITY  -  BURY", "BURY")]
    public void TryParseCouncilHeading_reads_the_name(string text, string expected)
    {
        Assert.True(CouncilSectionSegmenter.TryParseCouncilHeading(text, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("The local authority: a history")]
    [InlineData("LOCAL AUTHORITY")]
    [InlineData("LOCAL AUTHORITY :")]
    [InlineData("Our local authority : Wigan is good")]
    public void TryParseCouncilHeading_rejects_other_text(string text)
    {
        Assert.False(CouncilSectionSegmenter.TryParseCouncilHeading(text, out var name));
        Assert.Equal(string.Empty, name);
    }
}
