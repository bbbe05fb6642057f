using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Extract.Themes;

/// <summary>
/// A passage as the theme scorers read it: its text and what surrounds it in its document. The
/// context matters for short passages: a list item such as "Reducing waiting times." takes its theme
/// from the sentence that introduced the list, or from the heading it stands under.
/// </summary>
/// <param name="Text">The passage's own text.</param>
public sealed record ThemePassage(string Text)
{
    /// <summary>The nearest headings above the passage inside its council section (at most two, outermost first, joined by " / "); empty when none.</summary>
    public string Heading { get; init; } = string.Empty;

    /// <summary>The block just before, when it stands under the same heading; empty otherwise.</summary>
    public string Previous { get; init; } = string.Empty;

    /// <summary>The block just after, when it stands under the same heading; empty otherwise.</summary>
    public string Next { get; init; } = string.Empty;

    /// <summary>For a list item, the paragraph that introduced its list; empty otherwise.</summary>
    public string LeadIn { get; init; } = string.Empty;

    /// <summary>How many headings <see cref="Heading"/> keeps.</summary>
    public const int HeadingDepth = 2;

    /// <summary>
    /// The passages of <paramref name="document"/> that get themes (<see cref="ThemeExtractor.IsThemed"/>),
    /// each with its context, in reading order.
    /// </summary>
    public static IReadOnlyList<(Passage Passage, ThemePassage Themed)> Of(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Of([.. PassageEnumerator.Of(document)]);
    }

    /// <summary>The themed passages among <paramref name="passages"/> (a document's, in reading order), each with its context.</summary>
    public static IReadOnlyList<(Passage Passage, ThemePassage Themed)> Of(IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var result = new List<(Passage, ThemePassage)>();
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (!ThemeExtractor.IsThemed(passage))
            {
                continue;
            }

            result.Add((passage, new ThemePassage(passage.Block.Text)
            {
                Heading = HeadingOf(passage),
                Previous = Neighbour(passages, i, -1),
                Next = Neighbour(passages, i, +1),
                LeadIn = passage.Block.Kind == BlockKind.ListItem ? LeadInOf(passages, i) : string.Empty,
            }));
        }

        return result;
    }

    // The headings below the council's own heading (a profile's title and "LOCAL AUTHORITY : X" say nothing of the theme).
    private static string HeadingOf(Passage passage)
    {
        var path = passage.HeadingPath;
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            if (CouncilSectionSegmenter.TryParseCouncilHeading(path[i], out _))
            {
                start = i + 1;
            }
        }

        return string.Join(" / ", path.Skip(start).TakeLast(HeadingDepth));
    }

    private static string Neighbour(IReadOnlyList<Passage> passages, int index, int step)
    {
        var at = index + step;
        if (at < 0 || at >= passages.Count)
        {
            return string.Empty;
        }

        var other = passages[at];
        return other.SectionId == passages[index].SectionId && ThemeExtractor.IsThemed(other) ? other.Block.Text : string.Empty;
    }

    private static string LeadInOf(IReadOnlyList<Passage> passages, int index)
    {
        for (var at = index - 1; at >= 0 && passages[at].SectionId == passages[index].SectionId; at--)
        {
            var kind = passages[at].Block.Kind;
            if (kind == BlockKind.ListItem)
            {
                continue;
            }

            return kind == BlockKind.Paragraph && ThemeExtractor.IsThemed(passages[at]) ? passages[at].Block.Text : string.Empty;
        }

        return string.Empty;
    }
}
