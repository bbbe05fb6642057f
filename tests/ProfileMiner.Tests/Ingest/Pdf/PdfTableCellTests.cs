using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Model;
using UglyToad.PdfPig.Core;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>Table cells rebuilt from layout: key-value tables, cells of several lines, prose and bullets inside cells.</summary>
public sealed class PdfTableCellTests
{
    [Fact]
    public void A_key_value_table_with_long_values_is_read_row_by_row()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(page, 72, 760, 12, 14, "Annual review form");
        var y = 730.0;
        y = Row(pdf, page, y, ["Name of council:"], ["Northshire County", "Council"]);
        y = Row(pdf, page, y, ["Office address:"], ["Care and Wellbeing Directorate,", "Northshire County Council,", "Shire Hall, Market Street,", "Northtown, NT1 2AB"]);
        y = Row(pdf, page, y, ["Phone:"], ["01234 567890"]);
        y = Row(pdf, page, y, ["Notes on how this form was filled in:"], []);
        y = Row(pdf, page, y, ["This form was completed with the help of", "team managers and project leads, and was", "discussed at two meetings of the senior", "management team in the spring."], []);
        y = Row(pdf, page, y, ["Period covered by this review"], ["April 2021 – March 2022"]);
        Row(pdf, page, y, ["Date completed"], ["3 May 2022"]);
        var (document, diagnostics) = TestPdf.Read("form.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.Empty(diagnostics.Items);
        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text).ToList();
        Assert.Contains("Period covered by this review | April 2021 – March 2022", rows);
        Assert.Contains("Office address: | Care and Wellbeing Directorate, Northshire County Council, Shire Hall, Market Street, Northtown, NT1 2AB", rows);
        Assert.Contains("Name of council: | Northshire County Council", rows);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph
            && b.Text == "This form was completed with the help of team managers and project leads, and was discussed at two meetings of the senior management team in the spring.");
        Assert.Equal("Annual review form", document.Blocks[0].Text);
    }

    [Fact]
    public void A_ruled_row_keeps_its_cells_of_many_lines_and_its_prose_becomes_paragraphs_and_list_items()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        string[] label = ["How well", "are we", "doing?"];
        string[] prose =
        [
            "Our findings: • Waiting times for an",
            "assessment fell from nine weeks to six",
            "weeks over the year. • Carers told us",
            "that they felt better supported than",
            "before, and more of them had a break.",
            "• The number of reviews done on time",
            "rose again in the second half.",
        ];
        const double top = 700;
        page.DrawLine(new PdfPoint(67, top + 14), new PdfPoint(535, top + 14));
        pdf.Lines(page, 72, top, 12, 14, label);
        string[] scale = ["1", "2", "3", "4"];
        double[] xs = [134, 154, 185, 205];
        for (var k = 0; k < scale.Length; k++)
        {
            pdf.Lines(page, xs[k], top, 12, 14, scale[k]);
        }

        var below = pdf.Lines(page, 240, top, 12, 14, prose);
        page.DrawLine(new PdfPoint(67, below + 9), new PdfPoint(535, below + 9));
        var (document, _) = TestPdf.Read("ruled.pdf", pdf.Build());

        Assert.NotNull(document);
        var blocks = document.Blocks;
        var row = Assert.Single(blocks, b => b.Kind == BlockKind.TableRow);
        Assert.Equal(["How well are we doing?", "1", "2", "3", "4"], row.Cells.ToArray());
        var after = blocks.SkipWhile(b => b.Kind != BlockKind.TableRow).Skip(1).Select(b => (b.Kind, b.Text)).ToList();
        Assert.Equal(
            [
                (BlockKind.Paragraph, "Our findings:"),
                (BlockKind.ListItem, "Waiting times for an assessment fell from nine weeks to six weeks over the year."),
                (BlockKind.ListItem, "Carers told us that they felt better supported than before, and more of them had a break."),
                (BlockKind.ListItem, "The number of reviews done on time rose again in the second half."),
            ],
            after);
    }

    [Fact]
    public void Prose_cells_are_lifted_out_of_the_row_and_labels_stay()
    {
        const string prose = "Interpretation: • The first finding is that more people were helped at home this year than last. • The second finding is that reviews were done sooner, though not yet within the target.";
        var (labels, blocks) = CellContent.Split(["How well are outcomes being achieved?", "1", "2", prose]);

        Assert.Equal(["How well are outcomes being achieved?", "1", "2"], labels);
        Assert.Equal(
            [
                (BlockKind.Paragraph, "Interpretation:"),
                (BlockKind.ListItem, "The first finding is that more people were helped at home this year than last."),
                (BlockKind.ListItem, "The second finding is that reviews were done sooner, though not yet within the target."),
            ],
            blocks);
    }

    [Fact]
    public void A_row_of_one_cell_is_a_paragraph_and_rule_cells_are_dropped()
    {
        var (labels, blocks) = CellContent.Split(["", "* The figure excludes people who pay for their own care.", "-- --"]);
        Assert.Empty(labels);
        Assert.Equal([(BlockKind.Paragraph, "* The figure excludes people who pay for their own care.")], blocks);

        var (ruleOnly, none) = CellContent.Split(["--", "---- ----", "=="]);
        Assert.True(ruleOnly.All(c => c.Length == 0));
        Assert.Empty(none);
    }

    [Fact]
    public void Long_labels_without_a_sentence_end_and_lone_dashes_stay_cells()
    {
        var measure = "Proportion of adults in contact with secondary mental health services who live independently, with or without support, measured across all ages and all care settings in the area";
        Assert.True(measure.Length > CellContent.MaxLabelLength);
        var (labels, blocks) = CellContent.Split(["1H", measure, "–", "58.2%"]);

        Assert.Equal(["1H", measure, "–", "58.2%"], labels);
        Assert.Empty(blocks);
    }

    [Fact]
    public void A_footnote_mark_after_a_figure_is_dropped()
    {
        var (labels, _) = CellContent.Split(["Direct payments", "31.5% *", "12*", "Note *"]);

        Assert.Equal(["Direct payments", "31.5%", "12", "Note *"], labels);
    }

    [Fact]
    public void A_bold_header_whose_titles_wrap_in_narrow_columns_is_one_row_of_whole_titles()
    {
        // As council finance tables set them: "Revenue Budget" over a column too narrow for
        // "Revenue", broken "Revenu" / "e", with the three titles' lines staggered.
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(page, 282, 555, 10, 12, "All figures in £m");
        (double Y, string Text, double Right)[] header =
        [
            (537.0, "Revenu", 302), (537.0, "Revenu", 353),
            (531.3, "Revenu", 251),
            (525.5, "e", 302), (525.5, "e", 353),
            (519.8, "Key Service", 187), (519.8, "e", 251),
            (514.0, "Forecas", 302), (514.0, "Varianc", 353),
            (508.3, "Budget", 251),
            (502.5, "t", 302), (502.5, "e", 353),
        ];
        foreach (var (y, text, right) in header)
        {
            RightAligned(page, pdf.Bold, text, right, y);
        }

        page.AddText("Summary", 10, new PdfPoint(364, 519.8), pdf.Bold);
        page.AddText("Detail", 10, new PdfPoint(453, 519.8), pdf.Bold);
        (double Y, string[] Cells)[] body =
        [
            (484.8, ["Older People", "97.5", "124.9", "+27.4"]),
            (467.6, ["Learning Disability", "127.1", "129.5", "+2.4"]),
        ];
        foreach (var (y, cells) in body)
        {
            RightAligned(page, pdf.Regular, cells[0], 187, y);
            RightAligned(page, pdf.Regular, cells[1], 251, y);
            RightAligned(page, pdf.Regular, cells[2], 302, y);
            RightAligned(page, pdf.Regular, cells[3], 353, y);
            page.AddText("Pressure on care", 10, new PdfPoint(364, y), pdf.Regular);
            page.AddText("More people were supported at home than planned.", 10, new PdfPoint(453, y), pdf.Regular);
        }

        var (document, _) = TestPdf.Read("finance.pdf", pdf.Build());

        Assert.NotNull(document);
        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Cells.ToArray()).ToList();
        Assert.True(rows.Count >= 3, string.Join(Environment.NewLine, document.Blocks.Select(b => $"{b.Kind}: {b.Text}")));
        Assert.Equal(["Key Service", "Revenue Budget", "Revenue Forecast", "Revenue Variance", "Summary", "Detail"], rows[0]);
        Assert.Equal(["Older People", "97.5", "124.9", "+27.4", "Pressure on care", "More people were supported at home than planned."], rows[1]);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Revenu ", StringComparison.Ordinal) || b.Text.EndsWith("Revenu", StringComparison.Ordinal));
    }

    [Fact]
    public void Right_aligned_figures_one_space_from_a_column_of_names_are_cells_of_their_own()
    {
        // As an A3 budget statement sets them: each column of figures ends one space before the
        // next column's words begin, so nothing but alignment down the page shows the column.
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        string[][] table =
        [
            ["Ref", "£000s", "Key Service", "£000s", "£000s", "Key Service Description"],
            ["1", "3,800.7", "Innovation and Partnership", "1,498.2", "3,799.7", "Services supporting involvement"],
            ["2", "547.5", "Adaptive Technology", "0.0", "1,149.2", "Technology enabled care"],
            ["3", "2,444.6", "Carer Services", "2,582.9", "2,677.2", "Respite services for carers"],
            ["4", "10,755.9", "Total", "4,063.2", "10,754.9", "All services"],
        ];
        var y = 700.0;
        foreach (var row in table)
        {
            page.AddText(row[0], 10, new PdfPoint(40, y), pdf.Regular);
            RightAligned(page, pdf.Regular, row[1], 120, y);
            page.AddText(row[2], 10, new PdfPoint(123.5, y), pdf.Regular);
            RightAligned(page, pdf.Regular, row[3], 300, y);
            RightAligned(page, pdf.Regular, row[4], 360, y);
            page.AddText(row[5], 10, new PdfPoint(363.5, y), pdf.Regular);
            y -= 24;
        }

        var (document, _) = TestPdf.Read("statement.pdf", pdf.Build());

        Assert.NotNull(document);
        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Cells.ToArray()).ToList();
        Assert.Equal(table, rows);
    }

    [Fact]
    public void Figures_in_prose_numbered_paragraphs_and_telephone_numbers_stay_whole()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(
            page, 72, 400, 10, 12,
            "In 2023 the council supported 1,250 people at home and 412 people in",
            "care homes, and 96 per cent of them said that they felt safe at home.");
        // Numbered paragraphs with a hanging indent: the numbers line up, and nothing crosses the
        // space after them.
        var y = 680.0;
        foreach (var (number, body) in new[] { ("10.1", "The Director of Adult Social Services is accountable for"), ("10.2", "The Director of Children's Services has statutory duties"), ("10.3", "The Cabinet Member takes the decision on the transfer") })
        {
            page.AddText(number, 10, new PdfPoint(72, y), pdf.Regular);
            page.AddText(body, 10, new PdfPoint(93, y), pdf.Regular);
            page.AddText("the services that the paragraph names.", 10, new PdfPoint(93, y - 12), pdf.Regular);
            y -= 30;
        }

        pdf.Lines(page, 72, 600, 10, 12, "Head of Finance", "Chief Accountant");
        pdf.Lines(page, 250, 600, 10, 12, "03000 416 934", "03000 419 601");
        var (document, _) = TestPdf.Read("report.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph
            && b.Text == "In 2023 the council supported 1,250 people at home and 412 people in care homes, and 96 per cent of them said that they felt safe at home.");
        Assert.Contains(document.Blocks, b => b.Kind != BlockKind.TableRow
            && b.Text.StartsWith("10.1 The Director of Adult Social Services is accountable for", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.TableRow && b.Text.Contains("Director", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.TableRow && b.Cells.SequenceEqual(["Head of Finance", "03000 416 934"]));
    }

    [Theory]
    [InlineData("3,800.7", true)]
    [InlineData("-1,373.9", true)]
    [InlineData("(12.5)", true)]
    [InlineData("£000s", true)]
    [InlineData("45%", true)]
    [InlineData("£55m", true)]
    [InlineData("2025-26", false)]
    [InlineData("(0-25", false)]
    [InlineData("Key", false)]
    [InlineData("/", false)]
    public void A_figure_is_a_number_as_tables_set_it(string text, bool figure) =>
        Assert.Equal(figure, FigureGutter.IsFigure(text));

    private static void RightAligned(UglyToad.PdfPig.Writer.PdfPageBuilder page, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont font, string text, double right, double y)
    {
        var letters = page.MeasureText(text, 10, new PdfPoint(0, y), font);
        var width = letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        page.AddText(text, 10, new PdfPoint(right - width, y), font);
    }

    // Writes one key-value row top-aligned at y; the next row starts a wider gap below the taller cell.
    private static double Row(TestPdf pdf, UglyToad.PdfPig.Writer.PdfPageBuilder page, double y, string[] key, string[] value)
    {
        var left = pdf.Lines(page, 72, y, 12, 14, key);
        var right = value.Length > 0 ? pdf.Lines(page, 365, y, 12, 14, value) : y;
        return Math.Min(left, right) - 3.6;
    }
}
