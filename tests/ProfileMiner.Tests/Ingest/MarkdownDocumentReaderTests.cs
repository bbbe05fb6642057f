using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Ingest;

public sealed class MarkdownDocumentReaderTests
{
    [Fact]
    public void Headings_keep_their_levels()
    {
        var document = TextDocuments.Read("# Title\n\n## Part one\n\n### Detail\n\nBody text.\n\n###### Deep\n", "doc.md");

        Assert.Equal(
            [(BlockKind.Heading, "Title", 1), (BlockKind.Heading, "Part one", 2), (BlockKind.Heading, "Detail", 3), (BlockKind.Paragraph, "Body text.", 0), (BlockKind.Heading, "Deep", 6)],
            document.Blocks.Select(b => (b.Kind, b.Text, b.HeadingLevel)));
        Assert.Equal(DocumentFormat.Markdown, document.Format);
    }

    [Fact]
    public void A_sentence_broken_by_a_blank_line_is_one_paragraph_cited_from_its_first_line()
    {
        var document = TextDocuments.Read("Of the 27 measures, the account showed\n\nthat we are above the average in 20.\n\nNext paragraph.\n\nSee www.example.gov.uk\n\nwww.example.gov.uk\n", "doc.txt");

        Assert.Equal(
            ["Of the 27 measures, the account showed that we are above the average in 20.", "Next paragraph.", "See www.example.gov.uk", "www.example.gov.uk"],
            document.Blocks.Select(b => b.Text));
        Assert.Equal([1, 5, 7, 9], document.Blocks.Select(b => b.Source.Line ?? 0));
    }

    [Fact]
    public void Emphasis_markup_is_stripped()
    {
        var document = TextDocuments.Read("# The **bold** plan\n\nThis is **very** important and *also* _this_.\n\n**TONY POUNDER**  \n**Director of Adult Social Care**\n");

        Assert.Equal(
            ["The bold plan", "This is very important and also this.", "TONY POUNDER Director of Adult Social Care"],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Bullet_items_are_list_items_without_their_markers()
    {
        const string text = """
            # Recommendation

            - i. Consider the information provided.
            - ii. Reflect and feedback on the work.
            - (a) contribute towards preventing needs.
            - (b) reduce the needs for support.
            * A star bullet.
            1. A numbered item.
            """;

        var document = TextDocuments.Read(text);

        Assert.Equal(
            [
                "Consider the information provided.", "Reflect and feedback on the work.", "contribute towards preventing needs.",
                "reduce the needs for support.", "A star bullet.", "A numbered item.",
            ],
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void A_pipe_table_gives_one_row_per_line_with_cells()
    {
        const string text = """
            # Measures

            | Measure | 2015/16 | 2016/17 |
            |---------|---------|---------|
            | **1A** quality of life | 18.3 | 18.9 |
            | Reviews |  | 46.5% |

            After the table.
            """;

        var document = TextDocuments.Read(text, "table.md");

        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Measure", "2015/16", "2016/17"], rows[0].Cells.ToArray());
        Assert.Equal(["1A quality of life", "18.3", "18.9"], rows[1].Cells.ToArray());
        Assert.Equal(["Reviews", "46.5%"], rows[2].Cells.ToArray());
        Assert.Equal("1A quality of life | 18.3 | 18.9", rows[1].Text);
        Assert.Single(rows.Select(r => r.TableIndex).Distinct());
        Assert.True(rows[0].TableIndex >= 0);
        Assert.Equal("After the table.", document.Blocks[^1].Text);
        Assert.Equal([3, 5, 6], rows.Select(r => r.Source.Line!.Value));
    }

    [Fact]
    public void Tab_separated_lines_are_table_rows_numbered_by_table()
    {
        const string text = "Indicator Ref\tMeasure\t2011/12\t2012/13\n1A\tSocial care related quality of life\t18.3\t18.9\n1B\tControl over daily life\t\t74.4%\n\nBetween the tables.\n\n2A\tPermanent admissions\t13.7\t11\n";

        var document = TextDocuments.Read(text);

        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Indicator Ref", "Measure", "2011/12", "2012/13"], rows[0].Cells.ToArray());
        Assert.Equal(["1B", "Control over daily life", "74.4%"], rows[2].Cells.ToArray());
        Assert.Equal([0, 0, 0, 1], rows.Select(r => r.TableIndex));
        Assert.Equal([1, 2, 3, 7], rows.Select(r => r.Source.Line!.Value));
        Assert.All(document.Blocks.Where(b => b.Kind != BlockKind.TableRow), b => Assert.Equal(-1, b.TableIndex));
        Assert.All(document.Blocks.Where(b => b.Kind != BlockKind.TableRow), b => Assert.Empty(b.Cells));
    }

    [Fact]
    public void Separator_rows_of_a_tab_table_are_not_rows()
    {
        var document = TextDocuments.Read("Theme\tScore\n--\t---\nChoice\t3\n");

        Assert.Equal(["Theme | Score", "Choice | 3"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_tab_row_with_html_cells_gives_a_row_of_short_cells_then_paragraphs_and_list_items()
    {
        const string row = "<p>How well are outcomes being achieved?</p>\t<p>1</p>\t<p>2</p>\t<p>3</p>\t<p>4</p>\t" +
            "<p>Interpretation of Performance Data:</p> <ul style=\"list-style-type: none\"> • Personal budgets rose from 39% to 51%. • Carers were supported.</ul>" +
            "<p>The Department also:</p><ul><li>Launched a website.</li><li>Trained staff.</li></ul>";

        var document = TextDocuments.Read("# Evidence\n\n" + row + "\n");

        Assert.Equal(
            [
                (BlockKind.Heading, "Evidence"),
                (BlockKind.TableRow, "How well are outcomes being achieved? | 1 | 2 | 3 | 4"),
                (BlockKind.Paragraph, "Interpretation of Performance Data:"),
                (BlockKind.ListItem, "Personal budgets rose from 39% to 51%."),
                (BlockKind.ListItem, "Carers were supported."),
                (BlockKind.Paragraph, "The Department also:"),
                (BlockKind.ListItem, "Launched a website."),
                (BlockKind.ListItem, "Trained staff."),
            ],
            TextDocuments.Shape(document));
        Assert.Equal(["How well are outcomes being achieved?", "1", "2", "3", "4"], document.Blocks[1].Cells.ToArray());
        Assert.All(document.Blocks.Skip(1), b => Assert.Equal(3, b.Source.Line));
    }

    [Fact]
    public void A_line_break_in_an_html_cell_keeps_the_words_apart()
    {
        var document = TextDocuments.Read("Department\tAdults<br>Communities\tRoom<br/>600\n");

        Assert.Equal(["Department", "Adults Communities", "Room 600"], document.Blocks[0].Cells.ToArray());
    }

    [Fact]
    public void A_footnote_row_is_a_paragraph_and_cells_lose_their_footnote_stars()
    {
        const string text = "Ref\tMeasure\tValue\nSLI\tPersonal budgets\t82.4%*\n\t* The figure of 82.4% relates to home care only.\t\t\t\n";

        var document = TextDocuments.Read(text);

        Assert.Equal(
            [
                (BlockKind.TableRow, "Ref | Measure | Value"),
                (BlockKind.TableRow, "SLI | Personal budgets | 82.4%"),
                (BlockKind.Paragraph, "The figure of 82.4% relates to home care only."),
            ],
            TextDocuments.Shape(document));
    }

    [Fact]
    public void A_label_and_value_row_is_a_table_row_and_a_lone_label_is_a_paragraph()
    {
        var document = TextDocuments.Read("Name of Local Authority:\tLeicestershire County Council\nNarrative on process:\t\n");

        Assert.Equal(
            [(BlockKind.TableRow, "Name of Local Authority: | Leicestershire County Council"), (BlockKind.Paragraph, "Narrative on process:")],
            TextDocuments.Shape(document));
    }

    [Fact]
    public void A_paragraph_cut_by_a_page_break_is_joined()
    {
        const string text =
            "# Detail\n\n" +
            "Upon the conclusion of the innovation period, six teams evaluated their experience and presented it to the\n\n\n\n" +
            "delivery team in place at the time, who wrote a report.\n";

        var document = TextDocuments.Read(text);

        Assert.Equal(
            [
                (BlockKind.Heading, "Detail"),
                (BlockKind.Paragraph, "Upon the conclusion of the innovation period, six teams evaluated their experience and presented it to the delivery team in place at the time, who wrote a report."),
            ],
            TextDocuments.Shape(document));
        Assert.Equal(3, document.Blocks[1].Source.Line);
    }

    [Fact]
    public void A_paragraph_cut_by_a_page_break_is_joined_in_plain_text_too()
    {
        const string text =
            "Upon the conclusion of the innovation period, six teams evaluated their experience and presented it to the\n\n\n\n" +
            "delivery team in place at the time, who wrote a report.\n";

        var document = TextDocuments.Read(text);

        Assert.Single(document.Blocks);
        Assert.EndsWith("presented it to the delivery team in place at the time, who wrote a report.", document.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_cut_by_a_page_break_is_joined()
    {
        var document = TextDocuments.Read("# List\n\n- The first item runs over the page and goes on to the\n\n\n\nnext page where it ends.\n");

        Assert.Equal([(BlockKind.Heading, "List"), (BlockKind.ListItem, "The first item runs over the page and goes on to the next page where it ends.")], TextDocuments.Shape(document));
    }

    [Fact]
    public void Paragraphs_separated_by_one_blank_line_are_not_joined()
    {
        const string text = "# Detail\n\nThe first paragraph has no full stop at its end and talks about the\n\nsecond paragraph, which starts in lower case.\n";

        var document = TextDocuments.Read(text);

        Assert.Equal(3, document.Blocks.Length);
    }

    [Fact]
    public void A_paragraph_ending_with_a_full_stop_is_not_joined_after_a_break()
    {
        const string text = "# Detail\n\nThe first paragraph ends properly with a full stop.\n\n\n\nsecond paragraph, which starts in lower case.\n";

        var document = TextDocuments.Read(text);

        Assert.Equal(3, document.Blocks.Length);
    }

    [Fact]
    public void A_capitalised_paragraph_after_a_break_is_not_joined()
    {
        const string text = "# Detail\n\nThe first paragraph has no full stop at its end\n\n\n\nThe second paragraph starts in upper case.\n";

        var document = TextDocuments.Read(text);

        Assert.Equal(3, document.Blocks.Length);
    }

    [Fact]
    public void Plain_text_short_lines_become_headings()
    {
        var document = TextDocuments.Read("ENABLING MAXIMUM CHOICE AND CONTROL\n\nBrief Summary\n\nThis report explains the plan. It is short.\n");

        Assert.Equal(
            [(BlockKind.Heading, "ENABLING MAXIMUM CHOICE AND CONTROL", 1), (BlockKind.Heading, "Brief Summary", 2), (BlockKind.Paragraph, "This report explains the plan. It is short.", 0)],
            document.Blocks.Select(b => (b.Kind, b.Text, b.HeadingLevel)));
        Assert.Equal(DocumentFormat.Text, document.Format);
    }

    [Fact]
    public void Sentences_are_split_with_offsets_into_the_document_text()
    {
        var document = TextDocuments.Read("# Title\n\nFirst sentence here. Second one follows! A third?\n");

        var paragraph = document.Blocks[1];
        Assert.Equal(["First sentence here.", "Second one follows!", "A third?"], paragraph.Sentences.Select(s => s.Text));
        Assert.All(paragraph.Sentences, s => Assert.Equal(s.Text, document.Text[s.Start..s.End]));
    }

    [Fact]
    public void The_document_carries_name_path_hash_and_size()
    {
        var bytes = Encoding.UTF8.GetBytes("# Title\n\nBody.\n");
        var file = InputFile.FromBytes("some/dir/notes.md", bytes);

        var document = MarkdownDocumentReader.Default.Read(file, new DiagnosticBag())!;

        Assert.Equal("notes.md", document.File);
        Assert.Equal("some/dir/notes.md", document.Path);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), document.Sha256);
        Assert.Equal(bytes.Length, document.Bytes);
        Assert.Null(document.Pages);
        Assert.Equal("Title\n\nBody.", document.Text);
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_reads_like_one_without()
    {
        var withoutBom = Encoding.UTF8.GetBytes("# Title\n\nBody text.\n");
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. withoutBom];

        var expected = MarkdownDocumentReader.Default.Read(InputFile.FromBytes("plain.md", withoutBom), new DiagnosticBag())!;
        var actual = MarkdownDocumentReader.Default.Read(InputFile.FromBytes("bom.md", withBom), new DiagnosticBag())!;

        Assert.Equal((BlockKind.Heading, "Title", 1), (expected.Blocks[0].Kind, expected.Blocks[0].Text, expected.Blocks[0].HeadingLevel));
        Assert.Equal(TextDocuments.Shape(expected), TextDocuments.Shape(actual));
    }

    [Fact]
    public void Windows_line_endings_read_like_unix_ones()
    {
        var unix = TextDocuments.Read("# Title\n\nFirst line\nsame paragraph.\n\n- item\n");
        var windows = TextDocuments.Read("# Title\r\n\r\nFirst line\r\nsame paragraph.\r\n\r\n- item\r\n");

        Assert.Equal(unix.Text, windows.Text);
        Assert.Equal(unix.Blocks.Select(b => b.Source.Line), windows.Blocks.Select(b => b.Source.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void Text_with_nothing_to_read_gives_one_empty_file_error(string text)
    {
        var diagnostics = new DiagnosticBag();

        var document = TextDocuments.TryRead(text, "blank.txt", diagnostics);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Error, DiagnosticCodes.EmptyFile, "blank.txt"), (error.Severity, error.Code, error.Where?.File));
    }

    [Fact]
    public void CanRead_accepts_text_and_refuses_pdf_and_binary()
    {
        var reader = MarkdownDocumentReader.Default;

        Assert.True(reader.CanRead(InputFile.FromBytes("a.pdf", Encoding.UTF8.GetBytes("plain text despite the name"))));
        Assert.False(reader.CanRead(InputFile.FromBytes("a.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n..."))));
        Assert.False(reader.CanRead(InputFile.FromBytes("a.txt", [0x41, 0x00, 0x42])));
    }
}
