using System.Collections.Immutable;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>Lists the passages of a segmented document, each with its council and heading path.</summary>
public static class PassageEnumerator
{
    /// <summary>Returns every block of <paramref name="document"/> as a passage, in reading order.</summary>
    public static IEnumerable<Passage> Enumerate(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Source.Blocks;
        foreach (var section in document.Sections)
        {
            var headings = new List<(int Level, string Text)>();
            for (var i = section.FirstBlock; i < section.EndBlock; i++)
            {
                var block = blocks[i];
                if (block.Kind == BlockKind.Heading)
                {
                    headings.RemoveAll(h => h.Level >= block.HeadingLevel);
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
                };

                if (block.Kind == BlockKind.Heading)
                {
                    headings.Add((block.HeadingLevel, block.Text));
                }
            }
        }
    }
}
