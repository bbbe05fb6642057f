using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>
/// Who wrote each real document of the shared data beside the checkout: the council of every real
/// excerpt (from its gold coverage) and of every council committee paper, and no council for the
/// broadcaster's briefing and the charities' accounts. Skipped, with the reason, when the data is absent.
/// </summary>
public sealed class RealIssuerTests
{
    private static string RealDocs => Path.Combine(RepoPaths.Shared, "real", "docs");

    private static string RealCoverage => Path.Combine(RepoPaths.Shared, "real", "gold", "coverage.jsonl");

    private static string CouncilPdfs => Path.Combine(RepoPaths.RealPdfs, "council");

    private static SegmentedDocument Segment(string path)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = ProfileMiner.Pipeline.Pipeline.CreateDefault();
        var document = pipeline.Ingest(path, diagnostics);
        Assert.True(document is not null, $"{Path.GetFileName(path)} was not read: {string.Join("; ", diagnostics.Items)}");
        return pipeline.Segment(document, diagnostics);
    }

    private static void AssertCredited(SegmentedDocument document, string council)
    {
        var file = document.Source.File;
        Assert.True(document.Issuer.Kind == IssuerKind.Council, $"{file}: issuer {document.Issuer.Kind}, expected the council {council}");
        Assert.True(council == document.Issuer.Council?.Name, $"{file}: credited to {document.Issuer.Council?.Name ?? "no council"}, expected {council}");
        Assert.Equal([council], document.Councils.Select(c => c.Name));
    }

    [SkippableFact]
    public void Every_real_excerpt_is_credited_to_its_own_council()
    {
        SharedData.Require(File.Exists(RealCoverage), "../shared/real");
        var expected = File.ReadLines(RealCoverage)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("doc").GetString()!, e => e.GetProperty("council").GetString()!, StringComparer.Ordinal);

        Assert.Equal(18, expected.Count);
        foreach (var (file, council) in expected)
        {
            AssertCredited(Segment(Path.Combine(RealDocs, file)), council);
        }
    }

    [SkippableTheory]
    [InlineData("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf", "Kent")]
    [InlineData("24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf", "Kent")]
    [InlineData("24-00115 - Appendix B - KCC ICS priorities measures.pdf", "Kent")]
    [InlineData("Appendix G - Key Service Statement.pdf", "Kent")]
    [InlineData("February 2025 Kent County Council Budget Report.pdf", "Kent")]
    [InlineData("QPR Q3 Cabinet appendix 1.pdf", "Kent")]
    [InlineData("medway_cycle_action_plan_2014_2017.pdf", "Medway")] // a council's paper on another subject is still the council's
    public void Every_council_committee_paper_is_credited_to_its_council(string file, string council)
    {
        SharedData.Require(Directory.Exists(CouncilPdfs), "../shared/pdf-real/council");

        AssertCredited(Segment(Path.Combine(CouncilPdfs, file)), council);
    }

    [SkippableTheory]
    [InlineData("bbc-social-care-in-crisis.pdf", IssuerKind.Media)]
    [InlineData("charity-accounts-partly-scanned.pdf", IssuerKind.Charity)]
    [InlineData("charity-accounts-ocr-layer.pdf", IssuerKind.Charity)]
    [InlineData("charity-accounts-ocr-short.pdf", IssuerKind.Charity)]
    public void A_document_no_council_wrote_is_credited_to_none(string file, IssuerKind kind)
    {
        SharedData.Require(File.Exists(Path.Combine(RepoPaths.RealPdfs, file)), "../shared/pdf-real/" + file);

        var document = Segment(Path.Combine(RepoPaths.RealPdfs, file));

        Assert.Equal(kind, document.Issuer.Kind);
        Assert.Empty(document.Councils);
        Assert.All(document.Sections, s => Assert.Null(s.Council));
    }
}
