using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>
/// The layout of seven real council committee papers (../shared/pdf-real/council, never copied into
/// the repository; skipped when absent): no page furniture left in the passages, and their tables
/// read row by row.
/// </summary>
public sealed partial class CouncilPdfLayoutTests
{
    private const string Absent = "(council PDFs absent)";

    private static string Folder => Path.Combine(RepoPaths.RealPdfs, "council");

    public static TheoryData<string> CouncilPdfs() => SharedData.PdfNames(Folder, Absent);

    [SkippableTheory]
    [MemberData(nameof(CouncilPdfs))]
    public void No_passage_is_page_furniture(string name)
    {
        var (document, diagnostics) = Read(name);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.NoisyText);
        var byPage = document.Blocks.GroupBy(b => b.Source.Page).ToList();
        var edges = byPage.SelectMany(g => new[] { g.First(), g.Last() }).ToHashSet();
        Assert.DoesNotContain(document.Blocks, b => PageLabel().IsMatch(b.Text));
        Assert.DoesNotContain(document.Blocks, b => DotLeaders().IsMatch(b.Text));
        Assert.DoesNotContain(edges, b => b.Kind != BlockKind.Heading && BareNumber().IsMatch(b.Text));

        // A running title: the same words (digits aside) opening or closing half the pages.
        var running = edges.Where(b => b.Kind != BlockKind.TableRow && b.Text.Any(char.IsLetter))
            .GroupBy(b => Digits().Replace(b.Text, "#"))
            .Where(g => g.Select(b => b.Source.Page).Distinct().Count() >= Math.Max(3, byPage.Count / 2))
            .Select(g => g.Key);
        Assert.Empty(running);
    }

    [SkippableFact]
    public void Furniture_is_counted_per_page()
    {
        var (finance, _) = Read("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf");

        Assert.Equal(finance.Pages, finance.PageFurniture.Length);

        // "Page N of 54" on every page; the contents page also loses its entries.
        Assert.All(finance.PageFurniture, n => Assert.True(n >= 1));
        Assert.True(finance.PageFurniture[1] >= 20, $"{finance.PageFurniture[1]} lines on the contents page");
    }

    private static (SourceDocument Document, DiagnosticBag Diagnostics) Read(string name)
    {
        var path = Path.Combine(Folder, name);
        SharedData.Require(name != Absent && File.Exists(path), "../shared/pdf-real/council/" + name);
        var diagnostics = new DiagnosticBag();
        var document = PdfDocumentReader.Default.Read(InputFile.Read(path), diagnostics);
        Assert.NotNull(document);
        return (document, diagnostics);
    }

    [GeneratedRegex(@"^\s*page\s+\d+(?:\s+of\s+\d+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\.{5,}|(?:\.\s){5,}|…{3,}")]
    private static partial Regex DotLeaders();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
