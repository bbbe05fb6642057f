using ProfileMiner.Model;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Turns one region's lines and tables into blocks. A line starts a new block when it carries a
/// list marker, changes font size or weight, follows a wider vertical gap than the block's line
/// spacing, is indented or outdented against the block, or follows a short line that ended a
/// sentence. A finished block is a heading when its font is a heading size (or it is a short bold
/// line), a list item when it started with a marker, and a paragraph otherwise.
/// </summary>
internal sealed class BlockAssembler(int page, FontStatistics fonts, IReadOnlyList<(double Left, double Bottom, double Right, double Top)> marks)
{
    private readonly int _page = page;
    private readonly FontStatistics _fonts = fonts;
    private readonly IReadOnlyList<(double Left, double Bottom, double Right, double Top)> _marks = marks;
    private Pending? _current;

    public void Assemble(List<LayoutItem> items, double regionLeft, double regionRight, Func<int> newTable, List<PdfBlock> output)
    {
        var width = Math.Max(regionRight - regionLeft, 1);
        foreach (var item in items)
        {
            if (item.Rows is { } rows)
            {
                Flush(regionLeft, regionRight, output);
                var table = newTable();
                foreach (var row in rows)
                {
                    output.Add(new PdfBlock(BlockKind.TableRow, string.Join(" | ", row), _page, 0, row, table));
                }

                continue;
            }

            AddLine(item.Line!, regionLeft, regionRight, width, output);
        }

        Flush(regionLeft, regionRight, output);
    }

    private void AddLine(LeafLine line, double regionLeft, double regionRight, double width, List<PdfBlock> output)
    {
        var words = line.Words.ToList();
        var hasMarker = StripMarker(line, words, out var textLeft);
        if (words.Count == 0)
        {
            return;
        }

        var em = line.Size;
        var current = _current;
        var startNew = current is null || hasMarker || StartsNewBlock(current, line, textLeft, regionRight, width, em);
        if (startNew)
        {
            Flush(regionLeft, regionRight, output);
            _current = new Pending(hasMarker, line, textLeft);
        }
        else
        {
            current!.Add(line, textLeft);
        }

        _current!.Lines.Add(words);
    }

    private static bool StartsNewBlock(Pending current, LeafLine line, double textLeft, double regionRight, double width, double em)
    {
        if (Math.Abs(line.Size - current.Size) > 0.08 * current.Size || line.Bold != current.Bold)
        {
            return true;
        }

        var delta = current.LastBaseline - line.Baseline;
        var limit = current.Spacing > 0 ? (1.3 * current.Spacing) + (0.05 * em) : 1.5 * em;
        if (delta > limit || delta < 0.5 * em)
        {
            return true;
        }

        if (current.IsList)
        {
            // Wrapped lines hang under the item's text, or, without a hanging indent, start under its
            // marker and go on in lower case (a bullet typed into the text: "• In respect of ..." / "remains ...").
            var underMarker = Math.Abs(textLeft - current.MarkerLeft) <= 0.6 * em && char.IsLower(line.Runs[0].Words[0].Text[0]);
            if (textLeft < current.TextLeft - (0.6 * em) && !underMarker)
            {
                return true;
            }
        }
        else if (current.LineCount >= 2)
        {
            if (textLeft > current.BodyLeft + (1.5 * em) || textLeft < current.BodyLeft - (1.0 * em))
            {
                return true;
            }
        }
        else if (textLeft > current.FirstLeft + (1.5 * em))
        {
            return true;
        }

        // A short line that ended a sentence closes its paragraph.
        var last = current.LastRight;
        var lastText = current.LastText;
        return last < regionRight - Math.Max(0.15 * width, 3 * em) && lastText.Length > 0 && lastText[^1] is '.' or '!' or '?' or ':';
    }

    private bool StripMarker(LeafLine line, List<PdfWord> words, out double textLeft)
    {
        textLeft = line.Left;
        var first = words[0];
        var gap = words.Count > 1 ? words[1].Left - first.Right : 0;
        if (words.Count > 1 && ListMarker.IsMarker(first.Text, gap, first.Size))
        {
            words.RemoveAt(0);
            textLeft = words[0].Left;
            return true;
        }

        if (first.Text.Length > 1 && ListMarker.IsBulletGlyph(first.Text[0]) && char.IsLetterOrDigit(first.Text[1]))
        {
            words[0] = first with { Text = first.Text[1..] };
            return true;
        }

        foreach (var (left, bottom, right, top) in _marks)
        {
            var centerY = (bottom + top) / 2;
            if (right <= line.Left + 0.5 && line.Left - right <= 2.5 * line.Size
                && centerY >= line.Bottom - (0.1 * line.Size) && centerY <= line.Top + (0.1 * line.Size)
                && left >= line.Left - (3 * line.Size))
            {
                return true;
            }
        }

        return false;
    }

    private void Flush(double regionLeft, double regionRight, List<PdfBlock> output)
    {
        if (_current is not { } block)
        {
            return;
        }

        _current = null;
        var text = LineJoiner.Join(block.Lines, regionLeft, regionRight);
        if (text.Length == 0)
        {
            return;
        }

        var words = block.Lines.Sum(l => l.Count);
        var level = _fonts.LevelOf(block.Size);
        if (!block.IsList && level > 0 && block.LineCount <= 4 && text.Length <= 250)
        {
            output.Add(new PdfBlock(BlockKind.Heading, text, _page, level));
            return;
        }

        if (!block.IsList && block.Bold && level == 0 && block.LineCount <= 2 && words <= 15 && text[^1] != '.' && text.Any(char.IsLetter))
        {
            output.Add(new PdfBlock(BlockKind.Heading, text, _page, Math.Min(_fonts.HeadingSizeCount + 1, 6)));
            return;
        }

        output.Add(new PdfBlock(block.IsList ? BlockKind.ListItem : BlockKind.Paragraph, text, _page) { LineCount = block.LineCount });
    }

    private sealed class Pending
    {
        public Pending(bool isList, LeafLine first, double textLeft)
        {
            IsList = isList;
            Size = first.Size;
            Bold = first.Bold;
            FirstLeft = textLeft;
            MarkerLeft = first.Left;
            BodyLeft = textLeft;
            TextLeft = textLeft;
            LastBaseline = first.Baseline;
            LastRight = first.Right;
            LastText = first.Runs[^1].Words[^1].Text;
            LineCount = 1;
        }

        public bool IsList { get; }

        public double Size { get; }

        public bool Bold { get; }

        public double FirstLeft { get; }

        /// <summary>Left edge of the first line, marker included.</summary>
        public double MarkerLeft { get; }

        public double BodyLeft { get; private set; }

        public double TextLeft { get; }

        public double LastBaseline { get; private set; }

        public double LastRight { get; private set; }

        public string LastText { get; private set; }

        public double Spacing { get; private set; }

        public int LineCount { get; private set; }

        public List<IReadOnlyList<PdfWord>> Lines { get; } = [];

        public void Add(LeafLine line, double textLeft)
        {
            if (LineCount == 1)
            {
                BodyLeft = textLeft;
                Spacing = LastBaseline - line.Baseline;
            }

            LastBaseline = line.Baseline;
            LastRight = line.Right;
            LastText = line.Runs[^1].Words[^1].Text;
            LineCount++;
        }
    }
}
