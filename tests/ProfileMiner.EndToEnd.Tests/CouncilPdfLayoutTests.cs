using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

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

    [SkippableFact]
    public void Kpi_table_keeps_each_name_with_its_ratings_in_one_row()
    {
        var (report, _) = Read("QPR Q3 Cabinet appendix 1.pdf");

        // The adult social care KPIs: names of two or three lines, each rating set in the middle of its row.
        (string Name, string Latest, string Previous)[] expected =
        [
            ("% of people who have their contact resolved by ASCH but then make contact again within 3 months", "GREEN", "AMBER"),
            ("Proportion of new Care Needs Assessments delivered within 28 days", "RED", "AMBER"),
            ("% of people receiving a long-term community service who receive Direct Payments", "AMBER", "AMBER"),
            ("Proportion of older people (65+) who were still at home 91 days after discharge from hospital into reablement / rehabilitation services", "AMBER", "AMBER"),
            ("Long Term support needs of older people (65 and over) met by admission to residential and nursing care homes, per 100,000", "GREEN", "GREEN"),
            ("% of KCC supported people in residential or nursing care where the CQC rating is Good or Outstanding", "AMBER", "AMBER"),
        ];
        var rows = report.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        foreach (var (name, latest, previous) in expected)
        {
            var row = Assert.Single(rows, r => r.Cells[0] == name);
            Assert.Equal([name, latest, previous], row.Cells.ToArray());
        }

        Assert.Contains(rows, r => r.Cells.SequenceEqual(["Adult Social Care KPIs", "Latest", "Previous", "DoT"]));
        Assert.DoesNotContain(report.Blocks, b => b.Kind != BlockKind.TableRow && b.Text.Contains(expected[1].Name, StringComparison.Ordinal) && b.Text.Contains(expected[2].Name, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Cells.All(c => c is "GREEN" or "AMBER" or "RED"));
    }

    [SkippableFact]
    public void Finance_tables_have_whole_header_titles_where_they_wrap_in_narrow_columns()
    {
        var (report, _) = Read("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf");

        // Each directorate's table of key services: "Revenue Budget" set as "Revenu" / "e" / "Budget".
        var rows = report.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.True(rows.Count(r => r.Cells.SequenceEqual(["Key Service", "Revenue Budget", "Revenue Forecast", "Revenue Variance", "Summary", "Detail"])) >= 4);
        Assert.True(rows.Count(r => r.Cells.Take(3).SequenceEqual(["Revenue Budget", "Revenue Forecast", "Revenue Variance"])) >= 4);
        var broken = report.Blocks.Where(b => BrokenTitle().IsMatch(b.Text)).Select(b => $"page {b.Source.Page}: {b.Text}").ToList();
        Assert.Empty(broken);
    }

    [SkippableFact]
    public void Finance_rows_keep_each_service_with_its_figures_summary_and_note()
    {
        var (report, _) = Read("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf");

        // A name of three lines, three figures, a summary of three lines and a justified note, with a
        // column of summaries standing in the gap between the figures and the notes.
        var rows = report.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Cells.ToArray()).ToList();
        Assert.Contains(["Older People & Physical Disability Carer Support - Commissioned", "1.7", "2.6", "+0.9", "Activity pressures beyond budgeted levels", "Increasing levels of activity and costs associated with carer respite."], rows);
        Assert.Contains(["Provision for Demographic Growth - Residential Based Services", "12.5", "1.0", "-11.5", "Release of centrally held funds", "This is the release of centrally held funds to partly offset pressures across ASCH operations."], rows);
        Assert.Contains(["Local Member Grants", "1.0", "0.9", "-0.1", "Currently uncommitted member grants", "This underspend reflects current forecast activity. Members had to commit spend by mid-November 2024 as this year precedes County Council elections in May 25."], rows);
    }

    [SkippableTheory]
    [MemberData(nameof(CouncilPdfs))]
    public void No_line_of_justified_prose_is_cut_into_cells_of_a_word(string name)
    {
        var (document, _) = Read(name);

        // Four or more cells of one word, mostly lower case: a justified line whose stretched spaces
        // passed for cell gaps ("and | additional | posts | recruited | to | drive").
        var cut = document.Blocks.Where(b => b.Kind == BlockKind.TableRow)
            .Where(b =>
            {
                var words = b.Cells.Where(c => !c.Contains(' ', StringComparison.Ordinal) && c.Any(char.IsLetter)).ToList();
                return words.Count >= 4 && words.Count(c => char.IsLower(c[0])) * 2 >= words.Count;
            })
            .Select(b => $"page {b.Source.Page}: {b.Text}")
            .ToList();
        Assert.Empty(cut);
    }

    [SkippableFact]
    public void Figures_of_an_a3_budget_table_stand_apart_from_the_next_columns_words()
    {
        var (statement, _) = Read("Appendix G - Key Service Statement.pdf");

        // Right-aligned figures one space from the left-aligned service names and descriptions.
        var rows = statement.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        var innovation = Assert.Single(rows, r => r.Cells.Length > 3 && r.Cells[2] == "Innovation and Partnership");
        Assert.Equal(["1", "3,800.7", "Innovation and Partnership", "1,498.2", "3,675.4", "5,173.6", "-1,373.9", "0.0", "3,799.7"], innovation.Cells.Take(9).ToArray());
        var carers = Assert.Single(rows, r => r.Cells.Length > 3 && r.Cells[2] == "Adult In House Carer Services");
        Assert.Equal(["7", "2,444.6", "Adult In House Carer Services", "2,582.9", "104.9", "2,687.8", "-10.6", "0.0", "2,677.2", "In-House residential respite services to support carers"], carers.Cells.ToArray());
        Assert.Contains(rows, r => r.Cells.Length == 10 && r.Cells[1] == "£000s" && r.Cells[2] == "Key Service" && r.Cells[^1] == "Key Service Description");

        // Counted over the whole statement: a cell holding a figure and a word of the next column.
        var glued = rows.Where(r => r.Cells.Any(c => GluedFigure().IsMatch(c))).Select(r => r.Text).ToList();
        Assert.True(glued.Count * 10 <= rows.Count, $"{glued.Count} of {rows.Count} rows: " + string.Join(" / ", glued.Take(5)));
    }

    [SkippableFact]
    public void Numbered_paragraphs_with_a_hanging_indent_keep_their_numbers()
    {
        var (report, _) = Read("24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf");

        // "10.1" ends one space before its text, and the numbers line up down the page like a column of figures.
        Assert.Contains(report.Blocks, b => b.Text.StartsWith("10.1 The Director of Adult Social Services (DASS) at Kent County Council (KCC) is accountable", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Blocks, b => b.Text is "10.1" or "10.2" or "7.1" or "9.1");
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

    // A header title broken where its column is too narrow: "Revenu" / "e", "Forecas" / "t".
    [GeneratedRegex(@"\b(?:Revenu|Forecas|Varianc)\b")]
    private static partial Regex BrokenTitle();

    // "3,800.7 Innovation" or "Support (ASCH) 5,414.9": a figure of the money columns beside a word.
    [GeneratedRegex(@"(^|\s)-?\d{1,3}(,\d{3})*\.\d\s+[A-Za-z(]|[A-Za-z)]\s+-?\d{1,3}(,\d{3})*\.\d($|\s)")]
    private static partial Regex GluedFigure();
}
