using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Segment;
using PmPipeline = ProfileMiner.Pipeline.Pipeline;

namespace ProfileMiner.Tests.BadInputs;

/// <summary>Random text never makes a stage throw, and what comes out still traces back to the text (STYLE.md §6).</summary>
public sealed class RandomTextPropertyTests
{
    private const int Cases = 300;

    [Property(MaxTest = Cases, Arbitrary = [typeof(RandomTextArbitraries)])]
    public void SentenceSplitter_ranges_are_ordered_non_overlapping_trimmed_and_inside_the_text(RandomText input)
    {
        var text = input.Value;

        var ranges = SentenceSplitter.Default.Split(text);

        var previousEnd = 0;
        foreach (var (start, end) in ranges)
        {
            Assert.True(start >= previousEnd && end > start && end <= text.Length, $"bad range [{start},{end}) after {previousEnd} in a text of {text.Length}");
            Assert.False(char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]), "a sentence starts or ends with whitespace");
            Assert.True(end - start <= SentenceSplitter.MaxSentenceLength);
            previousEnd = end;
        }

        Assert.Equal(text.Any(c => !char.IsWhiteSpace(c)), ranges.Count > 0);
    }

    [Property(MaxTest = Cases)]
    public Property SentenceSplitter_accepts_any_characters() =>
        Prop.ForAll(RandomTextArbitraries.AnyChars().ToArbitrary(), text =>
        {
            var ranges = SentenceSplitter.Default.Split(text);
            Assert.All(ranges, r => Assert.InRange(r.End, r.Start + 1, text.Length));
        });

    [Property(MaxTest = Cases, Arbitrary = [typeof(RandomTextArbitraries)])]
    public void DocumentBuilder_blocks_and_sentences_are_slices_of_the_text(RandomText[] pieces, bool[] breaks)
    {
        var builder = new DocumentBuilder("random.txt");
        var kinds = new[] { BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.Paragraph };
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 5 == 4)
            {
                builder.AddTableRow(builder.NewTable(), pieces[i].Value.Split('|'), null, i + 1);
            }
            else
            {
                builder.Add(kinds[i % kinds.Length], pieces[i].Value, null, i + 1, i % 7, breaks.Length > i && breaks[i]);
            }
        }

        var (text, blocks) = builder.Build();

        AssertSlices(text, blocks);
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(RandomTextArbitraries)])]
    public void MarkdownDocumentReader_reads_any_text_or_reports_one_error(RandomText input)
    {
        var diagnostics = new DiagnosticBag();

        var document = MarkdownDocumentReader.Default.Read(InputFile.FromBytes("random.md", Encoding.UTF8.GetBytes(input.Value)), diagnostics);

        if (document is null)
        {
            var error = Assert.Single(diagnostics.Items);
            Assert.Equal(DiagnosticCodes.EmptyFile, error.Code);
        }
        else
        {
            Assert.Empty(diagnostics.Items);
            Assert.NotEmpty(document.Blocks);
            AssertSlices(document.Text, document.Blocks);
            Assert.All(document.Blocks, b => Assert.True(b.Source.Line >= 1));
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(RandomTextArbitraries)])]
    public void CouncilSectionSegmenter_sections_cover_every_block_of_any_document(RandomText input)
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownDocumentReader.Default.Read(InputFile.FromBytes("random.txt", Encoding.UTF8.GetBytes(input.Value)), diagnostics);
        if (document is null)
        {
            return;
        }

        var segmented = CouncilSectionSegmenter.Default.Segment(document, diagnostics);

        AssertSectionsCover(segmented);
        Assert.All(diagnostics.Items, d => Assert.Equal(DiagnosticCodes.UnknownCouncil, d.Code));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(RandomTextArbitraries)])]
    public void CouncilSectionSegmenter_accepts_built_documents_with_any_heading_text(RandomText[] headings)
    {
        var builder = new DocumentBuilder("random.txt");
        foreach (var heading in headings)
        {
            builder.Add(BlockKind.Heading, "LOCAL AUTHORITY : " + heading.Value, null, 1, 1);
            builder.Add(BlockKind.Paragraph, heading.Value + " Wigan Council and Bury Council work together.", null, 2);
        }

        var (text, blocks) = builder.Build();
        var document = new SourceDocument { File = "random.txt", Path = "random.txt", Sha256 = "0", Format = DocumentFormat.Text, Text = text, Blocks = blocks };

        AssertSectionsCover(CouncilSectionSegmenter.Default.Segment(document, new DiagnosticBag()));
    }

    [Property(MaxTest = Cases)]
    public Property Pipeline_Ingest_of_random_bytes_gives_a_document_or_exactly_one_error()
    {
        var bytes = Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0x20, 0x7E)), (1, Gen.Choose(0, 255)))).Select(a => a.Select(b => (byte)b).ToArray());
        return Prop.ForAll(bytes.ToArbitrary(), data =>
        {
            var diagnostics = new DiagnosticBag();

            var document = PmPipeline.CreateDefault().Ingest(InputFile.FromBytes("random.txt", data), diagnostics);

            var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
            Assert.Equal(document is null ? 1 : 0, errors);
            Assert.All(diagnostics.Items, d => Assert.Equal("random.txt", d.Where?.File));
        });
    }

    private static void AssertSlices(string text, IReadOnlyList<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            Assert.Equal(block.Text, text[block.Source.Start..block.Source.End]);
            Assert.NotEqual(string.Empty, block.Text);
            var previousEnd = block.Source.Start;
            foreach (var sentence in block.Sentences)
            {
                Assert.True(sentence.Start >= previousEnd && sentence.End <= block.Source.End);
                Assert.Equal(sentence.Text, text[sentence.Start..sentence.End]);
                previousEnd = sentence.End;
            }
        }
    }

    private static void AssertSectionsCover(SegmentedDocument document)
    {
        if (document.Source.Blocks.IsEmpty)
        {
            // Readers never build a document without blocks; the segmenter still gives it its one (empty) section.
            Assert.Equal(0, Assert.Single(document.Sections).BlockCount);
            return;
        }

        var next = 0;
        foreach (var section in document.Sections)
        {
            Assert.Equal(next, section.FirstBlock);
            Assert.True(section.BlockCount > 0);
            next = section.EndBlock;
        }

        Assert.Equal(document.Source.Blocks.Length, next);
    }
}
