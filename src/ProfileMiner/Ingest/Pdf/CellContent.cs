using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Tells a table row's labels from the prose some of its cells hold, as the text reader does with
/// the HTML cells of tab-separated tables: a cell of running text (long, with a sentence end or a
/// bullet inside) is content, and so is every cell after it; the content is written after the row as
/// paragraphs and list items, and the row keeps its label cells. A row left with one label is a
/// caption, a field label or a footnote: a paragraph. Bullets drawn inline (<c>Intro: • first • second</c>,
/// a list flattened into one cell or paragraph) start list items. Cells that only repeat a rule
/// character (<c>--</c>, <c>===</c>; a lone <c>-</c> may mean "no data" and is kept) are drawn lines, not text,
/// and a footnote mark after a cell's figure (<c>82.4% *</c>) is dropped.
/// </summary>
internal static partial class CellContent
{
    /// <summary>A cell longer than this, with a sentence end or an inline bullet, is content rather than a label.</summary>
    public const int MaxLabelLength = 160;

    /// <summary>Splits a row's cells into the labels kept as the row (empty cells in their places) and the blocks that follow it.</summary>
    public static (List<string> Labels, List<(BlockKind Kind, string Text)> Blocks) Split(IReadOnlyList<string> cells)
    {
        var labels = new List<string>(cells.Count);
        var blocks = new List<(BlockKind, string)>();
        var content = false;
        foreach (var raw in cells)
        {
            var cell = IsRule(raw) ? string.Empty : FootnoteMark().Replace(raw.Trim(), string.Empty);
            content |= IsProse(cell);
            if (content)
            {
                if (cell.Length > 0)
                {
                    SplitBullets(cell, BlockKind.Paragraph, blocks);
                }

                continue;
            }

            labels.Add(cell);
        }

        if (labels.Count(l => l.Length > 0) == 1)
        {
            var only = labels.First(l => l.Length > 0);
            var lifted = new List<(BlockKind, string)>();
            SplitBullets(only, BlockKind.Paragraph, lifted);
            blocks.InsertRange(0, lifted);
            labels.Clear();
        }

        return (labels, blocks);
    }

    /// <summary>True for running text: longer than a label, with a sentence end or an inline bullet.</summary>
    public static bool IsProse(string cell) =>
        cell.Length > MaxLabelLength && (SentenceEnd().IsMatch(cell) || InlineBullet().IsMatch(cell));

    /// <summary>True when the text has a bullet glyph standing as a word of its own after other text.</summary>
    public static bool HasInlineBullet(string text) => InlineBullet().IsMatch(text);

    /// <summary>
    /// Adds the text's parts at inline bullets: the part before the first bullet as
    /// <paramref name="firstKind"/>, each bulleted part as a list item.
    /// </summary>
    public static void SplitBullets(string text, BlockKind firstKind, List<(BlockKind Kind, string Text)> blocks)
    {
        var start = 0;
        var kind = firstKind;
        foreach (var match in BulletWord().EnumerateMatches(text))
        {
            Add(text[start..match.Index], kind, blocks);
            start = match.Index + match.Length;
            kind = BlockKind.ListItem;
        }

        Add(text[start..], kind, blocks);
    }

    private static void Add(string part, BlockKind kind, List<(BlockKind Kind, string Text)> blocks)
    {
        var trimmed = part.Trim();
        if (trimmed.Length > 0)
        {
            blocks.Add((kind, trimmed));
        }
    }

    /// <summary>True when the cell holds only rule characters (a line drawn with dashes or equals signs).</summary>
    public static bool IsRule(string cell) => cell.Length > 0 && RuleCell().IsMatch(cell);

    [GeneratedRegex(@"[.!?][""'’”)]?\s+[\p{Lu}\d•●▪■◦○]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\S\s+[•●▪■◦○](?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineBullet();

    [GeneratedRegex(@"(?:^|\s)[•●▪■◦○](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletWord();

    // "82.4% *": a footnote mark after a cell's figure (the text reader drops these stars too).
    [GeneratedRegex(@"(?<=\d%?)\s?[*†‡]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"^(?:[-=_–—]{2,}\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleCell();
}
