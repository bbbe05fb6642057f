using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

/// <summary>Each kind of evidence of who wrote a document, alone and weighed against the others.</summary>
public sealed class IssuerDetectorTests
{
    private const string Neutral = "Adult social care\n\nThe service supported more people at home this year than last.\n";

    private static Issuer Detect(SourceDocument document, DocumentHints? hints = null) =>
        IssuerDetector.Default.Detect(document, [], hints);

    private static Issuer Detect(string text, string name = "report.txt") => Detect(TextDocuments.Read(text, name));

    private static void AssertCouncil(Issuer issuer, string council, string source)
    {
        Assert.Equal(IssuerKind.Council, issuer.Kind);
        Assert.Equal(council, issuer.Council?.Name);
        Assert.Contains(issuer.Evidence, e => e.Source == source && e.Council == council);
    }

    [Fact]
    public void Without_evidence_the_issuer_is_unknown()
    {
        var issuer = Detect(Neutral);

        Assert.Equal(IssuerKind.Unknown, issuer.Kind);
        Assert.True(issuer.IsUnknown);
        Assert.Empty(issuer.Evidence);
    }

    [Fact]
    public void Council_names_in_the_text_count_more_with_council_after_them()
    {
        var issuer = Detect("Adult social care\n\nOver the year Lancashire County Council supported more people at home than in any year since the service began.\n");

        AssertCouncil(issuer, "Lancashire", "text");
        Assert.Equal(3, Assert.Single(issuer.Evidence).Weight);
    }

    [Fact]
    public void A_stated_local_authority_field_wins()
    {
        var issuer = Detect("Name of Local Authority: Wigan\n\nUnlike Bolton and Bolton and Bolton, the service grew.\n");

        AssertCouncil(issuer, "Wigan", "stated");
    }

    [Fact]
    public void A_derived_abbreviation_such_as_kcc_is_evidence()
    {
        AssertCouncil(Detect("Adult social care\n\nKCC supported more people at home; KCC will report again.\n"), "Kent", "abbreviation");
    }

    [Fact]
    public void A_council_e_mail_or_web_domain_is_evidence()
    {
        AssertCouncil(Detect("Performance report\n\nContact: performance@eastsussex.gov.uk\n"), "East Sussex", "domain");
        AssertCouncil(Detect("Performance report\n\nSee https://democracy.medway.gov.uk/mgAi.aspx for the papers.\n"), "Medway", "domain");
    }

    [Fact]
    public void A_council_named_formally_in_the_opening_is_a_letterhead()
    {
        var issuer = Detect("Kent County Council\n\nQuarterly Performance Report\n\nThe service supported more people at home.\n");

        AssertCouncil(issuer, "Kent", "letterhead");
        Assert.Contains(issuer.Evidence, e => e.Source == "letterhead" && e.Weight == IssuerOptions.Default.LetterheadWeight);
    }

    [Fact]
    public void Cabinet_member_and_committee_lines_say_a_council_wrote_it_without_saying_which()
    {
        var issuer = Detect("From: Dan Watkins, Cabinet Member for Adult Social Care\n\nTo: Scrutiny Committee\n\nThe service grew.\n");

        Assert.Equal(IssuerKind.Council, issuer.Kind);
        Assert.Null(issuer.Council);
        Assert.True(issuer.IsUnknown);
        Assert.Equal(2, issuer.Evidence.Count(e => e.Source == "role"));
    }

    [Fact]
    public void Role_lines_do_not_let_a_single_mention_name_the_council()
    {
        // Minutes name the neighbour they compare with as often as their own council.
        var issuer = Detect("From: Cabinet Member for Adult Social Care\n\nTo: Scrutiny Committee\n\nThe service did better than in Reading.\n");

        Assert.Equal(IssuerKind.Council, issuer.Kind);
        Assert.Null(issuer.Council);
        Assert.Contains(issuer.Mentions, c => c.Name == "Reading");
    }

    [Fact]
    public void The_pdf_metadata_is_evidence()
    {
        var document = TextDocuments.Read(Neutral, "a.pdf") with { Metadata = new DocumentMetadata("Surrey County Council: adult social care", null, null, null) };

        AssertCouncil(Detect(document), "Surrey", "metadata");
    }

    [Theory]
    [InlineData("camden-local-account-2019.txt", "Camden")]
    [InlineData("117_bath-ne-somerset-minutes.txt", "Bath and North East Somerset")]
    [InlineData("hammersmith-fulham-bcf.txt", "Hammersmith and Fulham")]
    [InlineData("Appendix B - KCC priorities.txt", "Kent")]
    [InlineData("saint-helens-plan.txt", "St Helens")]
    [InlineData("reading-local-account-2019.txt", "Reading")]
    [InlineData("bury-asc-performance-q3.txt", "Bury")]
    [InlineData("Slough Borough Council budget.txt", "Slough")]
    [InlineData("Reading.txt", "Reading")]
    public void The_file_name_is_evidence(string file, string council)
    {
        AssertCouncil(Detect(Neutral, file), council, "file_name");
    }

    [Theory]
    [InlineData("reading-list-2024.txt")]
    [InlineData("bath-time-notes.txt")]
    [InlineData("stoke-the-fire.txt")]
    public void A_council_whose_name_is_an_everyday_word_needs_a_council_word_beside_it(string file)
    {
        Assert.Equal(IssuerKind.Unknown, Detect(Neutral, file).Kind);
    }

    [Fact]
    public void A_folder_name_is_evidence()
    {
        var document = TextDocuments.Read(Neutral, "minutes.txt") with { Path = Path.Combine("papers", "west-berkshire", "minutes.txt") };

        AssertCouncil(Detect(document), "West Berkshire", "folder");
    }

    [Fact]
    public void Lower_case_letters_in_a_file_name_are_no_abbreviation()
    {
        Assert.Equal(IssuerKind.Unknown, Detect(Neutral, "kcc-notes.txt").Kind);
    }

    [Fact]
    public void What_the_user_said_outweighs_the_text()
    {
        var document = TextDocuments.Read("Kent County Council\n\nKent supported more people.\n", "kent.txt");
        var hints = new DocumentHints("manifest", "profileminer.csv(2)") { Council = new Council("Medway", "E06000035", "South East", true, "Medway Council") };

        var issuer = Detect(document, hints);

        AssertCouncil(issuer, "Medway", "manifest");
        Assert.Equal("Kent", Assert.Single(issuer.Mentions).Name);
    }

    [Fact]
    public void A_broadcaster_briefing_is_media_and_the_councils_it_names_are_mentions_only()
    {
        const string text = "Social Care in Crisis\n\nBBC Shared Data Unit, shared.dataunit@bbc.co.uk\n\n"
            + "In Cornwall the wait was 40 days. Cornwall Council said it was investing. Cornwall and Essex had the longest waits; Essex County Council declined to comment.\n";

        var issuer = Detect(text, "briefing.txt");

        Assert.Equal(IssuerKind.Media, issuer.Kind);
        Assert.Null(issuer.Council);
        Assert.Equal(["Cornwall", "Essex"], issuer.Mentions.Select(c => c.Name));
    }

    [Fact]
    public void A_charity_report_is_a_charity_s_and_credited_to_no_council()
    {
        const string text = "Cantate Youth Choir Trustees' report for 2014\n\nCharity Number: 1039369\n\n"
            + "The choir sang in Hertfordshire and Essex, and Hertfordshire County Council funded a concert in Hertfordshire.\n";

        var document = TextDocuments.Read(text, "accounts.txt");
        var segmented = CouncilSectionSegmenter.Default.Segment(document, new DiagnosticBag());

        Assert.Equal(IssuerKind.Charity, segmented.Issuer.Kind);
        Assert.All(segmented.Sections, s => Assert.Null(s.Council));
        Assert.Empty(segmented.Councils);
        Assert.False(segmented.Unattributed);
        Assert.Contains(segmented.Issuer.Mentions, c => c.Name == "Hertfordshire");
    }

    [Fact]
    public void A_council_letterhead_outweighs_another_body_named_in_the_opening()
    {
        const string text = "Medway Council\n\nBBC\n\nHealth and Wellbeing Board\n\nThe board noted the report.\n";

        AssertCouncil(Detect(text), "Medway", "letterhead");
    }

    [Fact]
    public void A_document_with_no_evidence_is_unattributed_and_one_with_a_council_is_not()
    {
        var diagnostics = new DiagnosticBag();

        Assert.True(TextDocuments.Segment(Neutral, diagnostics).Unattributed);
        Assert.False(TextDocuments.Segment(Neutral, diagnostics, "camden-notes.txt").Unattributed);
        Assert.Equal("Camden", TextDocuments.Segment(Neutral, diagnostics, "camden-notes.txt").Sections.Single().Council?.Name);
    }

    [Fact]
    public void A_document_about_several_councils_is_not_credited_to_one_its_body_names()
    {
        var segmented = SeedFiles.Segmented(SeedFiles.Name("001"));

        Assert.True(segmented.Councils.Count() > 20);
        Assert.Equal(IssuerKind.Unknown, segmented.Issuer.Kind);
        Assert.False(segmented.Unattributed);
    }
}
