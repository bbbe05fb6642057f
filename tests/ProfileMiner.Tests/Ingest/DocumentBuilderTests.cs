using ProfileMiner.Ingest;
using ProfileMiner.Model;

namespace ProfileMiner.Tests.Ingest;

public sealed class DocumentBuilderTests
{
    [Theory]
    [InlineData("  a \t b\n\nc  ", "a b c")]
    [InlineData("non\u00A0breaking\u200Bzero\uFEFFwidth", "non breaking zero width")]
    [InlineData("ctrl\u0007char", "ctrl char")]
    [InlineData("", "")]
    [InlineData(" \n\t ", "")]
    public void Fold_collapses_whitespace_and_controls(string text, string expected)
    {
        Assert.Equal(expected, DocumentBuilder.Fold(text));
    }

    [Fact]
    public void Build_lays_blocks_out_with_blank_lines_and_offsets()
    {
        var builder = new DocumentBuilder("f.txt");
        builder.Add(BlockKind.Heading, "  Title ", null, 1, headingLevel: 9);
        builder.Add(BlockKind.Paragraph, "   ", null, 2);
        builder.Add(BlockKind.Paragraph, "One.  Two.", 3, null);
        var table = builder.NewTable();
        builder.AddTableRow(table, ["a", " ", "b"], null, 5);
        builder.AddTableRow(table, ["", "  "], null, 6);

        var (text, blocks) = builder.Build();

        Assert.Equal("Title\n\nOne. Two.\n\na | b", text);
        Assert.Equal(3, blocks.Length);
        Assert.Equal(6, blocks[0].HeadingLevel);
        Assert.Equal(new Provenance("f.txt", null, 1, 0, 5), blocks[0].Source);
        Assert.Equal(new Provenance("f.txt", 3, null, 7, 16), blocks[1].Source);
        Assert.Equal(["One.", "Two."], blocks[1].Sentences.Select(s => s.Text));
        Assert.Equal([(7, 11), (12, 16)], blocks[1].Sentences.Select(s => (s.Start, s.End)));
        Assert.Equal(["a", "b"], blocks[2].Cells.ToArray());
        Assert.Equal(0, blocks[2].TableIndex);
    }

    [Theory]
    [InlineData(BlockKind.Paragraph, "the rest of it.", true, true)]
    [InlineData(BlockKind.Paragraph, "the rest of it.", false, false)]
    [InlineData(BlockKind.Paragraph, "The rest of it.", true, false)]
    [InlineData(BlockKind.Heading, "the rest of it", true, false)]
    [InlineData(BlockKind.ListItem, "the rest of it.", true, false)]
    public void A_block_after_a_break_joins_the_previous_paragraph_only_when_it_continues_it(BlockKind kind, string second, bool afterBreak, bool joined)
    {
        var builder = new DocumentBuilder("f.txt");
        builder.Add(BlockKind.Paragraph, "A sentence cut by a page break before", null, 1);
        builder.Add(kind, second, null, 5, headingLevel: 2, afterBreak: afterBreak);

        var (_, blocks) = builder.Build();

        Assert.Equal(joined ? 1 : 2, blocks.Length);
        if (joined)
        {
            Assert.Equal("A sentence cut by a page break before the rest of it.", blocks[0].Text);
            Assert.Equal(1, blocks[0].Source.Line);
        }
    }

    [Theory]
    [InlineData("It ended.")]
    [InlineData("Is it over?")]
    [InlineData("Note:")]
    [InlineData("He said “done”")]
    [InlineData("(see above)")]
    public void A_paragraph_that_ends_a_sentence_is_not_joined(string first)
    {
        var builder = new DocumentBuilder("f.txt");
        builder.Add(BlockKind.Paragraph, first, null, 1);
        builder.Add(BlockKind.Paragraph, "lower case start.", null, 5, afterBreak: true);

        Assert.Equal(2, builder.Build().Blocks.Length);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void From_a_layout_a_block_after_a_word_such_as_the_goes_on_with_it_even_in_capitals(bool fromLayout, int blocks)
    {
        var builder = new DocumentBuilder("f.pdf") { FromLayout = fromLayout };
        builder.Add(BlockKind.ListItem, "Short breaks are provided by the", 1, null);
        builder.Add(BlockKind.Paragraph, "Department and a block contract.", 1, null, afterBreak: true);
        builder.Add(BlockKind.Paragraph, "Financial management is", 2, null);
        builder.Add(BlockKind.Paragraph, "Strong.", 2, null);

        var built = builder.Build().Blocks;

        // Only after a break: two blocks that merely follow each other are not joined.
        Assert.Equal(blocks + 2, built.Length);
        Assert.Equal(fromLayout ? "Short breaks are provided by the Department and a block contract." : "Short breaks are provided by the", built[0].Text);
    }

    [Fact]
    public void Table_rows_and_headings_are_never_joined_to()
    {
        var builder = new DocumentBuilder("f.txt");
        builder.AddTableRow(builder.NewTable(), ["a", "b"], null, 1);
        builder.Add(BlockKind.Paragraph, "continues here", null, 5, afterBreak: true);
        builder.Add(BlockKind.Heading, "Heading without stop", null, 7, headingLevel: 1);
        builder.Add(BlockKind.Paragraph, "continues here too", null, 9, afterBreak: true);

        Assert.Equal(4, builder.Build().Blocks.Length);
    }

    [Fact]
    public void An_empty_builder_builds_an_empty_document()
    {
        var (text, blocks) = new DocumentBuilder("f.txt").Build();

        Assert.Equal(string.Empty, text);
        Assert.Empty(blocks);
    }
}
