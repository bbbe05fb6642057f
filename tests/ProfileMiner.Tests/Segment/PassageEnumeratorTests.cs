using ProfileMiner.Diagnostics;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

public sealed class PassageEnumeratorTests
{
    [Fact]
    public void Each_passage_has_the_headings_above_it_outermost_first()
    {
        var document = TextDocuments.Segment("# A\n\n## B\n\npara one.\n\n### B1\n\npara two.\n\n## C\n\npara three.\n\n# D\n\npara four.\n", new DiagnosticBag());

        var paths = PassageEnumerator.Of(document).ToDictionary(p => p.Block.Text, p => string.Join(" > ", p.HeadingPath));

        Assert.Equal(string.Empty, paths["A"]);
        Assert.Equal("A", paths["B"]);
        Assert.Equal("A > B", paths["para one."]);
        Assert.Equal("A > B > B1", paths["para two."]);
        Assert.Equal("A > C", paths["para three."]);
        Assert.Equal(string.Empty, paths["D"]);
        Assert.Equal("D", paths["para four."]);
    }

    [Fact]
    public void Passages_cover_every_block_once_in_order_with_their_section()
    {
        var document = SeedFiles.Segmented(SeedFiles.Name("001"));

        var passages = PassageEnumerator.Of(document).ToList();

        Assert.Equal(Enumerable.Range(0, document.Source.Blocks.Length), passages.Select(p => p.BlockIndex));
        Assert.All(passages, p => Assert.Same(document.Source.Blocks[p.BlockIndex], p.Block));
        Assert.All(passages, p => Assert.Equal(document.Source.File, p.Doc));
        foreach (var section in document.Sections)
        {
            Assert.All(passages.Skip(section.FirstBlock).Take(section.BlockCount), p =>
            {
                Assert.Equal(section.Id(document.Source.File), p.SectionId);
                Assert.Equal(section.Council, p.Council);
            });
        }
    }

    [Fact]
    public void Heading_paths_start_afresh_in_each_council_section()
    {
        var document = SeedFiles.Segmented(SeedFiles.Name("001"));

        var firstOfEachSection = PassageEnumerator.Of(document).GroupBy(p => p.SectionId).Select(g => g.First());

        Assert.All(firstOfEachSection, p => Assert.Empty(p.HeadingPath));
    }
}
