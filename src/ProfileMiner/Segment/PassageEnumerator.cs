using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// The passages of a segmented document, each with its council and heading path: worked out once per
/// document and shared by everything after segmentation (the extractors, the run's tables), so no two
/// stages can see a document's passages differently.
/// </summary>
public static class PassageEnumerator
{
    // Keyed by the document instance: a document changed with `with` is a new instance with its own passages.
    private static readonly ConditionalWeakTable<SegmentedDocument, Passage[]> s_passages = [];

    // A council heading written as a plain paragraph ("LOCAL AUTHORITY : BURY") still heads what follows.
    private static int HeadingLevel(TextBlock block) =>
        block.Kind == BlockKind.Heading ? block.HeadingLevel
        : block.Kind == BlockKind.Paragraph && CouncilSectionSegmenter.TryParseCouncilHeading(block.Text, out _) ? 2
        : 0;

    /// <summary>Every block of <paramref name="document"/> as a passage, in reading order.</summary>
    public static ImmutableArray<Passage> Of(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ImmutableCollectionsMarshal.AsImmutableArray(s_passages.GetValue(document, static d => [.. Enumerate(d)]));
    }

    private static IEnumerable<Passage> Enumerate(SegmentedDocument document)
    {
        var blocks = document.Source.Blocks;
        foreach (var section in document.Sections)
        {
            var headings = new List<(int Level, string Text)>();
            for (var i = section.FirstBlock; i < section.EndBlock; i++)
            {
                var block = blocks[i];
                var level = HeadingLevel(block);
                if (level > 0)
                {
                    headings.RemoveAll(h => h.Level >= level);
                }

                yield return new Passage
                {
                    Doc = document.Source.File,
                    Council = section.Council,
                    HeadingPath = [.. headings.Select(h => h.Text)],
                    Block = block,
                    BlockIndex = i,
                    SectionId = section.Id(document.Source.File),
                    DuplicateOf = section.DuplicateOf,
                    Topic = document.TopicOf(i),
                    Ocr = block.Source.Page is { } page && document.Source.OcrPages.Contains(page),
                };

                if (level > 0)
                {
                    headings.Add((level, block.Text));
                }
            }
        }
    }
}
