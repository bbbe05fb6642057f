using ProfileMiner.Model;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>Each layout feature on a PDF built in the test with PdfDocumentBuilder.</summary>
public sealed class PdfLayoutTests
{
    [Fact]
    public void Two_columns_are_read_column_by_column()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        TestPdf.Lines(page, pdf.Bold, 50, 790, 18, 22, "Annual report of the adult social care service");
        string[] left =
        [
            "alpha one the left column starts with this",
            "alpha two line that continues the paragraph",
            "alpha three line keeps going on the left side",
            "alpha four line ends the first left paragraph.",
        ];
        string[] right =
        [
            "omega one the right column begins here and",
            "omega two line continues the right paragraph",
            "omega three line keeps going on the right side",
            "omega four line ends the right column text.",
        ];

        // Baselines line up across the gutter: the harder case for a reader that sorts lines by y.
        pdf.Lines(page, 50, 740, 10, 12.5, left);
        pdf.Lines(page, 320, 740, 10, 12.5, right);
        var (document, diagnostics) = TestPdf.Read("twocol.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.Empty(diagnostics.Items);
        var text = document.Text;
        var lastLeft = text.IndexOf("alpha four", StringComparison.Ordinal);
        var firstRight = text.IndexOf("omega one", StringComparison.Ordinal);
        Assert.True(lastLeft >= 0 && firstRight > lastLeft, text);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text.StartsWith("alpha one", StringComparison.Ordinal) && b.Text.EndsWith("first left paragraph.", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text.StartsWith("omega one", StringComparison.Ordinal) && b.Text.EndsWith("column text.", StringComparison.Ordinal));
    }

    [Fact]
    public void Running_header_and_page_footer_are_dropped()
    {
        using var pdf = new TestPdf();
        for (var n = 1; n <= 4; n++)
        {
            var page = pdf.AddPage();
            pdf.Lines(page, 200, 815, 8, 10, "North West ADASS - Council Improvement Profiles 2016/2017");
            pdf.Lines(page, 50, 700, 10, 12.5, $"Body text on page {n} tells the reader about care homes.", "It has a second sentence on the same page.");
            pdf.Lines(page, 270, 30, 8, 10, $"Page {n} of 4");
        }

        var (document, diagnostics) = TestPdf.Read("running.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(4, document.Pages);
        Assert.DoesNotContain("ADASS", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("of 4", document.Text, StringComparison.Ordinal);
        for (var n = 1; n <= 4; n++)
        {
            Assert.Contains(document.Blocks, b => b.Source.Page == n && b.Text.StartsWith($"Body text on page {n}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Footer_above_the_bottom_band_and_a_contents_page_are_furniture_counted_per_page()
    {
        using var pdf = new TestPdf();
        var contents = pdf.AddPage();
        pdf.Lines(contents, 50, 790, 10, 14, "Contents");
        pdf.Lines(contents, 50, 760, 10, 14, "1 | Introduction and Headlines ..........................................4", "2 | Recommendations | Care homes ..............................................5");
        for (var n = 2; n <= 5; n++)
        {
            var page = pdf.AddPage();
            pdf.Lines(page, 50, 700, 10, 12.5, $"Body text on page {n} tells the reader about care homes.", "It has a second sentence on the same page.");

            // About 11 % of the page height from the bottom: above the narrow band, below a blank line.
            pdf.Lines(page, 70, 100, 10, 12, "Provisional Cycling Action Plan 2014-17 - November 2013");
            pdf.Lines(page, 290, 80, 10, 12, (n + 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var (document, diagnostics) = TestPdf.Read("furniture.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.Empty(diagnostics.Items);
        Assert.DoesNotContain("Cycling", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommendations", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Blocks, b => b.Text.All(char.IsDigit));
        Assert.Equal([2, 2, 2, 2, 2], document.PageFurniture.ToArray());
        for (var n = 2; n <= 5; n++)
        {
            Assert.Contains(document.Blocks, b => b.Source.Page == n && b.Text.StartsWith($"Body text on page {n}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_number_near_the_foot_that_does_not_count_with_the_pages_is_kept()
    {
        using var pdf = new TestPdf();
        string[] totals = ["412", "97", "1,250"];
        foreach (var total in totals)
        {
            var page = pdf.AddPage();
            pdf.Lines(page, 50, 700, 10, 12.5, "The table below gives the number of people in care homes.");
            pdf.Lines(page, 290, 80, 10, 12, total);
        }

        var (document, _) = TestPdf.Read("totals.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.All(totals, t => Assert.Contains(document.Blocks, b => b.Text == t));
        Assert.Equal([0, 0, 0], document.PageFurniture.ToArray());
    }

    [Fact]
    public void Line_end_hyphen_is_joined_and_real_compounds_are_kept()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(
            page,
            50,
            740,
            10,
            12.5,
            "Outcomes following hospital discharge and re-",
            "ablement continue to be extremely positive, and self-directed",
            "support is now the default option for people.");
        var (document, _) = TestPdf.Read("hyphen.pdf", pdf.Build());

        Assert.NotNull(document);
        var block = Assert.Single(document.Blocks);
        Assert.Equal("Outcomes following hospital discharge and reablement continue to be extremely positive, and self-directed support is now the default option for people.", block.Text);
    }

    [Fact]
    public void Paragraph_cut_by_a_page_break_is_joined()
    {
        using var pdf = new TestPdf();
        var first = pdf.AddPage();
        pdf.Lines(first, 50, 740, 10, 12.5, "First paragraph on its own.");
        pdf.Lines(first, 50, 700, 10, 12.5, "The council will continue to work with local care providers to");
        var second = pdf.AddPage();
        pdf.Lines(second, 50, 790, 10, 12.5, "improve the quality of services over the coming year.");
        var (document, _) = TestPdf.Read("break.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.Equal(2, document.Blocks.Length);
        Assert.Equal("The council will continue to work with local care providers to improve the quality of services over the coming year.", document.Blocks[1].Text);
        Assert.Equal(1, document.Blocks[1].Source.Page);
    }

    [Fact]
    public void Bullets_and_numbers_become_list_items_without_markers()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(page, 50, 760, 10, 12.5, "Our priorities for the year are:");
        var y = 740.0;
        foreach (var (marker, text) in new[] { ("•", "Carers get a needs assessment within"), ("–", "Waiting lists fall below four weeks"), ("1.", "Reviews happen every year"), ("(a)", "Direct payments are offered first") })
        {
            pdf.Lines(page, 60, y, 10, 12.5, marker);
            pdf.Lines(page, 78, y, 10, 12.5, text);
            y -= 12.5;
            if (marker == "•")
            {
                pdf.Lines(page, 78, y, 10, 12.5, "four weeks of asking");
                y -= 12.5;
            }
        }

        pdf.Lines(page, 50, y - 12, 10, 12.5, "A closing paragraph follows the list.");
        var (document, _) = TestPdf.Read("bullets.pdf", pdf.Build());

        Assert.NotNull(document);
        var items = document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text).ToArray();
        Assert.Equal(
            ["Carers get a needs assessment within four weeks of asking", "Waiting lists fall below four weeks", "Reviews happen every year", "Direct payments are offered first"],
            items);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[0].Kind);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[^1].Kind);
    }

    [Fact]
    public void Large_and_bold_lines_are_headings_ranked_by_size()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        TestPdf.Lines(page, pdf.Bold, 50, 790, 20, 24, "Adult Social Care Strategy");
        TestPdf.Lines(page, pdf.Bold, 50, 750, 14, 18, "Our priorities");
        pdf.Lines(page, 50, 720, 10, 12.5, "Body text explains the priorities in a paragraph that runs", "over two lines of ordinary text.");
        TestPdf.Lines(page, pdf.Bold, 50, 680, 10, 12.5, "Key findings");
        pdf.Lines(page, 50, 660, 10, 12.5, "More body text follows the bold heading, in the body size, and", "it has a second line of text, and then a third line that", "closes the paragraph.");
        var (document, _) = TestPdf.Read("headings.pdf", pdf.Build());

        Assert.NotNull(document);
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.HeadingLevel)).ToArray();
        Assert.Equal([("Adult Social Care Strategy", 1), ("Our priorities", 2), ("Key findings", 3)], headings);
        Assert.Equal(2, document.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    [Fact]
    public void A_pdf_in_one_font_and_size_takes_its_headings_from_short_stand_alone_lines()
    {
        // Text sent to a printer: one font, one size, so the type marks no heading.
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(page, 50, 780, 10, 12.5, "Brief Summary");
        pdf.Lines(page, 50, 755, 10, 12.5, "The report sets out how the council will support carers over the", "coming year, with the partners it works alongside.");
        pdf.Lines(page, 50, 715, 10, 12.5, "RECOMMENDATION");
        pdf.Lines(page, 50, 690, 10, 12.5, "The committee is asked to:");
        pdf.Lines(page, 60, 670, 10, 12.5, "•");
        pdf.Lines(page, 78, 657.5, 10, 12.5, "i.");
        pdf.Lines(page, 96, 657.5, 10, 12.5, "Consider the information provided.");
        pdf.Lines(page, 50, 625, 10, 12.5, "Background and Context:");
        pdf.Lines(page, 50, 600, 10, 12.5, "Short breaks are provided by the");
        pdf.Lines(page, 50, 575, 10, 12.5, "Department and a block");
        pdf.Lines(page, 50, 550, 10, 12.5, "contracted service commissioned by the NHS.");
        pdf.Lines(page, 50, 520, 10, 12.5, "- - - ---");
        pdf.Lines(page, 50, 495, 10, 12.5, "%");
        var (document, _) = TestPdf.Read("printed.pdf", pdf.Build());

        Assert.NotNull(document);
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.HeadingLevel)).ToArray();
        Assert.Equal([("Brief Summary", 2), ("RECOMMENDATION", 1)], headings);

        // A line ending in a colon is not a heading; a sentence broken into blocks, each ending on
        // "the" or going on in lower case, is one paragraph again.
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "Background and Context:");
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "Short breaks are provided by the Department and a block contracted service commissioned by the NHS.");

        // A bullet drawn on a line of its own above a numbered item, a row of dashes and a lone "%" are not blocks.
        Assert.All(document.Blocks, b => Assert.Contains(b.Text, char.IsLetterOrDigit));
        Assert.EndsWith("commissioned by the NHS.", document.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.ListItem && b.Text == "Consider the information provided.");
    }

    [Fact]
    public void Aligned_columns_with_wide_gaps_become_a_table()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(page, 50, 760, 10, 12.5, "The table below shows the indicators.");
        string[][] rows =
        [
            ["Indicator", "2022/23", "2023/24", "Trend"],
            ["Delayed transfers", "1.6", "1.4", "down"],
            ["Care homes rated good", "22", "25", "up"],
            ["Staff turnover", "11.3%", "10.9%", "down"],
        ];
        var y = 735.0;
        foreach (var row in rows)
        {
            double[] xs = [50, 260, 340, 420];
            for (var c = 0; c < row.Length; c++)
            {
                pdf.Lines(page, xs[c], y, 10, 14, row[c]);
            }

            y -= 14;
        }

        pdf.Lines(page, 50, y - 14, 10, 12.5, "Text after the table is a paragraph again.");
        var (document, _) = TestPdf.Read("table.pdf", pdf.Build());

        Assert.NotNull(document);
        var tableRows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToArray();
        Assert.Equal(4, tableRows.Length);
        Assert.All(tableRows, r => Assert.Equal(0, r.TableIndex));
        Assert.Equal(["Indicator", "2022/23", "2023/24", "Trend"], tableRows[0].Cells.ToArray());
        Assert.Equal(["Care homes rated good", "22", "25", "up"], tableRows[2].Cells.ToArray());
        Assert.Equal("Staff turnover | 11.3% | 10.9% | down", tableRows[3].Text);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[0].Kind);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[^1].Kind);
    }
}
