using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Tests.Support;

/// <summary>Reads small synthetic documents from strings, as the text reader would read a file.</summary>
internal static class TextDocuments
{
    /// <summary>Reads <paramref name="text"/> (UTF-8) as a file named <paramref name="name"/>; fails the test when nothing is read.</summary>
    public static SourceDocument Read(string text, string name = "test.txt", DiagnosticBag? diagnostics = null)
    {
        var bag = diagnostics ?? new DiagnosticBag();
        var document = TryRead(text, name, bag);
        Assert.True(document is not null, "no document was read: " + string.Join("; ", bag.Items));
        return document!;
    }

    public static SourceDocument? TryRead(string text, string name, DiagnosticBag diagnostics) =>
        MarkdownDocumentReader.Default.Read(InputFile.FromBytes(name, Encoding.UTF8.GetBytes(text)), diagnostics);

    /// <summary>Reads and segments <paramref name="text"/> with the shipped registry.</summary>
    public static SegmentedDocument Segment(string text, DiagnosticBag diagnostics, string name = "test.txt") =>
        CouncilSectionSegmenter.Default.Segment(Read(text, name, diagnostics), diagnostics);

    /// <summary>The (kind, text) of each block, for compact assertions.</summary>
    public static (BlockKind Kind, string Text)[] Shape(SourceDocument document) =>
        [.. document.Blocks.Select(b => (b.Kind, b.Text))];
}
