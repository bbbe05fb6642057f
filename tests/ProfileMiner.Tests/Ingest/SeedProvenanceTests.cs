using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Ingest;

/// <summary>Offsets and line numbers of every block and sentence of every seed trace back to the text.</summary>
public sealed class SeedProvenanceTests
{
    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Block_text_is_the_documents_text_at_its_offsets(string seed)
    {
        var document = SeedFiles.Document(seed);

        Assert.NotEmpty(document.Blocks);
        var previousEnd = -2;
        foreach (var block in document.Blocks)
        {
            Assert.Equal(block.Text, document.Text[block.Source.Start..block.Source.End]);
            Assert.Equal(seed, block.Source.File);
            Assert.Equal(previousEnd + 2, block.Source.Start);
            Assert.False(string.IsNullOrWhiteSpace(block.Text));
            previousEnd = block.Source.End;
        }

        Assert.Equal(document.Text.Length, previousEnd);
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Sentence_text_is_the_documents_text_at_its_offsets_inside_its_block(string seed)
    {
        var document = SeedFiles.Document(seed);

        foreach (var block in document.Blocks)
        {
            Assert.NotEmpty(block.Sentences);
            var previousEnd = block.Source.Start;
            foreach (var sentence in block.Sentences)
            {
                Assert.Equal(sentence.Text, document.Text[sentence.Start..sentence.End]);
                Assert.True(sentence.Start >= previousEnd && sentence.End <= block.Source.End, $"sentence [{sentence.Start},{sentence.End}) is outside block [{block.Source.Start},{block.Source.End}) or overlaps the previous one");
                previousEnd = sentence.End;
            }
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void Lines_are_one_based_ordered_and_hold_the_start_of_the_blocks_text(string seed)
    {
        var document = SeedFiles.Document(seed);
        var lines = SeedFiles.RawLines(seed);

        var previous = 0;
        foreach (var block in document.Blocks)
        {
            Assert.Null(block.Source.Page);
            var line = Assert.NotNull(block.Source.Line);
            Assert.InRange(line, 1, lines.Length);
            Assert.True(line >= previous, $"block '{Short(block.Text)}' at line {line} comes after line {previous}");
            previous = line;

            var firstWord = FirstWord(block.Kind == BlockKind.TableRow ? block.Cells[0] : block.Text);
            Assert.True(lines[line - 1].Contains(firstWord, StringComparison.Ordinal), $"line {line} '{Short(lines[line - 1])}' does not hold '{firstWord}', the start of block '{Short(block.Text)}'");
        }
    }

    [Theory]
    [InlineData("000", "Council Improvement Profiles", BlockKind.Heading, 3)]
    [InlineData("000", "LOCAL AUTHORITY : LANCASHIRE", BlockKind.Paragraph, 5)]
    [InlineData("002", "Brief Summary", BlockKind.Heading, 17)]
    [InlineData("002", "Upon the conclusion of the twenty-week innovation period", BlockKind.Paragraph, 57)]
    [InlineData("003", "Name of Local Authority: | Leicestershire County Council", BlockKind.TableRow, 5)]
    [InlineData("003", "Period covered by this self assessment | April 2012 – March 2013", BlockKind.TableRow, 12)]
    [InlineData("004", "OUR MISSION", BlockKind.Heading, 90)]
    public void Known_blocks_sit_at_their_raw_lines(string prefix, string start, BlockKind kind, int line)
    {
        var document = SeedFiles.Document(SeedFiles.Name(prefix));

        var block = document.Blocks.First(b => b.Text.StartsWith(start, StringComparison.Ordinal));

        Assert.Equal((kind, line), (block.Kind, block.Source.Line));
        var raw = SeedFiles.RawLines(SeedFiles.Name(prefix))[line - 1];
        var firstCell = start.Split(" | ")[0];
        Assert.True(raw.Contains(firstCell, StringComparison.Ordinal), $"raw line {line} is '{raw}'");
    }

    [Fact]
    public void The_paragraph_cut_by_a_page_break_in_seed_002_is_one_block_at_its_first_line()
    {
        var document = SeedFiles.Document(SeedFiles.Name("002"));

        var block = Assert.Single(document.Blocks, b => b.Text.Contains("presented to the LBLiL delivery team in place at the time", StringComparison.Ordinal));
        Assert.Equal(57, block.Source.Line);
        Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith("delivery team in place", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith("outset while also", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_003s_footnote_is_a_paragraph_after_its_table()
    {
        var document = SeedFiles.Document(SeedFiles.Name("003"));

        var index = document.Blocks.IndexOf(document.Blocks.First(b => b.Text.StartsWith("The figure of 82.4% relates", StringComparison.Ordinal)));
        Assert.Equal(BlockKind.Paragraph, document.Blocks[index].Kind);
        Assert.Equal(BlockKind.TableRow, document.Blocks[index - 1].Kind);
        Assert.StartsWith("SLI Core: Reviews", document.Blocks[index - 1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_003s_indicator_tables_are_numbered_apart()
    {
        var document = SeedFiles.Document(SeedFiles.Name("003"));

        var headers = document.Blocks.Where(b => b.Kind == BlockKind.TableRow && b.Text.StartsWith("Indicator Ref | Measure", StringComparison.Ordinal)).ToList();

        Assert.True(headers.Count >= 3);
        Assert.Equal(headers.Count, headers.Select(h => h.TableIndex).Distinct().Count());
        Assert.Equal(headers.Select(h => h.TableIndex).Order(), headers.Select(h => h.TableIndex));
    }

    private static string FirstWord(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
