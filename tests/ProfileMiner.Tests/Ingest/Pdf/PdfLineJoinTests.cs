using ProfileMiner.Model;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>How the lines of a paragraph are joined at their ends.</summary>
public sealed class PdfLineJoinTests
{
    [Fact]
    public void A_compound_broken_at_its_hyphen_before_a_capital_keeps_the_hyphen_and_no_space()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(page, 50, 760, 10, 12.5, "More people than ever are now receiving Self-", "Directed Support, and more of them use a direct", "payment to buy the care they choose.");
        var (document, _) = TestPdf.Read("hyphen.pdf", pdf.Build());

        Assert.NotNull(document);
        var block = Assert.Single(document.Blocks);
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Equal("More people than ever are now receiving Self-Directed Support, and more of them use a direct payment to buy the care they choose.", block.Text);
    }

    [Fact]
    public void A_list_item_without_a_hanging_indent_goes_on_under_its_marker_in_lower_case()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Lines(page, 50, 760, 10, 12.5, "• Waiting lists for an occupational therapy", "assessment have fallen this year, with most people", "seen within four weeks.", "• Carers report that they feel better supported.", "Next year the service will open on Saturdays.");
        var (document, _) = TestPdf.Read("flush.pdf", pdf.Build());

        Assert.NotNull(document);
        Assert.Equal(
            [
                (BlockKind.ListItem, "Waiting lists for an occupational therapy assessment have fallen this year, with most people seen within four weeks."),
                (BlockKind.ListItem, "Carers report that they feel better supported."),
                (BlockKind.Paragraph, "Next year the service will open on Saturdays."),
            ],
            document.Blocks.Select(b => (b.Kind, b.Text)));
    }
}
