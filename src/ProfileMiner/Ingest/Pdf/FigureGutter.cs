using System.Text.RegularExpressions;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Cuts a run where a figure and the word of the next column are set closer than a cell gap, as in
/// an A3 budget table's "3,800.7 Innovation and Partnership" (a right-aligned column of figures, then
/// a column of names). The cut is made only where the page shows a column: no line within reach
/// crosses the gap, words on at least two other lines nearby share the figure's edge (its right
/// edge, or either edge of a figure after a word), and another line nearby has words on both sides
/// of it. Justified prose never passes: its lines cross any gap of one space. A gap that no line
/// nearby crosses is cut too when it lines up with a gutter so shown elsewhere on the page (a
/// column's title over the figures, "£000s Key Service"), or when two other figures of the page
/// share the right edge of the figure before it and a letter starts the word after it (rows taller
/// than the reach). Never cut: figure beside figure ("03000 416 934"), a figure beside a mark
/// ("2025 /"), and a paragraph number opening its line ("10.1 The Director ...").
/// </summary>
/// <remarks>
/// Each test looks at the lines within reach (a few dozen at most, as lines are a third of a font
/// size apart or more) and finds its words by binary search, and the gutters shown are matched by
/// binary search too, so a page costs <c>O(n log n)</c> in its words, however many figures it holds.
/// </remarks>
internal static partial class FigureGutter
{
    // How far above and below a line the evidence is looked for, in font sizes.
    private const double Reach = 8;

    // How closely words must share an edge to be one column, in points.
    private const double Aligned = 1.0;

    // How far a word may stray into a gap and leave it clear, in points.
    private const double Slack = 0.5;

    /// <summary>
    /// Cuts each line (top first, sorted left to right) into runs at wide gaps (<see cref="LineGrouper.SplitRuns"/>)
    /// and at the figure gutters the page shows.
    /// </summary>
    public static List<TextRun> Split(List<List<PdfWord>> lines, double gapEm)
    {
        // Each word's figure test once per page (a regular expression), and the figures' right edges.
        var figures = new bool[lines.Count][];
        var edges = new Dictionary<long, int>();
        for (var k = 0; k < lines.Count; k++)
        {
            figures[k] = new bool[lines[k].Count];
            for (var j = 0; j < lines[k].Count; j++)
            {
                if (figures[k][j] = IsFigure(lines[k][j].Text))
                {
                    var at = (long)Math.Round(lines[k][j].Right);
                    edges[at] = edges.GetValueOrDefault(at) + 1;
                }
            }
        }

        var lineRuns = new List<List<TextRun>>(lines.Count);
        var candidates = new List<Gap>();
        for (var k = 0; k < lines.Count; k++)
        {
            var runs = LineGrouper.SplitRuns(lines[k], gapEm).ToList();
            lineRuns.Add(runs);
            var offset = 0;
            for (var r = 0; r < runs.Count; offset += runs[r].Words.Count, r++)
            {
                // A number that opens its line numbers a paragraph ("10.1 The Director ..."): the text
                // after it is the same cell.
                var from = r == 0 && ParagraphNumber().IsMatch(runs[r].Words[0].Text) ? 2 : 1;
                for (var i = from; i < runs[r].Words.Count; i++)
                {
                    var (left, right) = (runs[r].Words[i - 1], runs[r].Words[i]);
                    var (leftFigure, rightFigure) = (figures[k][offset + i - 1], figures[k][offset + i]);
                    if (right.Left > left.Right && leftFigure != rightFigure && IsWord(leftFigure ? right.Text : left.Text))
                    {
                        candidates.Add(new Gap(k, r, i, left.Right, right.Left, leftFigure, Judge(lines, k, left, right, leftFigure)));
                    }
                }
            }
        }

        // The gutters shown, sorted by where they start, with the furthest end so far: a gap overlaps
        // one of them when the furthest end of those starting before it ends lies past its start.
        var shown = candidates.Where(g => g.State == Evidence.Shown).Select(g => (g.From, g.To)).Order().ToList();
        var reach = new double[shown.Count];
        for (var k = 0; k < shown.Count; k++)
        {
            reach[k] = Math.Max(k > 0 ? reach[k - 1] : double.MinValue, shown[k].To);
        }

        var cuts = new HashSet<(int Line, int Run, int Word)>();
        foreach (var gap in candidates)
        {
            if (gap.State == Evidence.Shown || (gap.State == Evidence.Clear && (Overlaps(shown, reach, gap) || ColumnEdge(edges, gap, lineRuns[gap.Line][gap.Run].Words[gap.Word - 1], lineRuns[gap.Line][gap.Run].Words[gap.Word]))))
            {
                cuts.Add((gap.Line, gap.Run, gap.Word));
            }
        }

        var result = new List<TextRun>();
        for (var k = 0; k < lines.Count; k++)
        {
            for (var r = 0; r < lineRuns[k].Count; r++)
            {
                var run = lineRuns[k][r];
                var start = 0;
                for (var i = 1; i < run.Words.Count; i++)
                {
                    if (cuts.Contains((k, r, i)))
                    {
                        result.Add(new TextRun(run.Words.GetRange(start, i - start)));
                        start = i;
                    }
                }

                result.Add(start == 0 ? run : new TextRun(run.Words.GetRange(start, run.Words.Count - start)));
            }
        }

        return result;
    }

    // A figure before the gap whose right edge at least two other figures of the page share (a column
    // of figures down a page whose rows are taller than the reach), and a word after it that starts
    // with a letter: "26% (Amber)" in a KPI box is one cell.
    private static bool ColumnEdge(Dictionary<long, int> edges, Gap gap, PdfWord left, PdfWord right)
    {
        if (!gap.LeftFigure || !char.IsLetter(right.Text[0]))
        {
            return false;
        }

        var at = (long)Math.Round(left.Right);
        return edges.GetValueOrDefault(at - 1) + edges.GetValueOrDefault(at) + edges.GetValueOrDefault(at + 1) - 1 >= 2;
    }

    /// <summary>True for a figure as tables set them: "3,800.7", "-1,373.9", "(12.5)", "£000s", "45%".</summary>
    public static bool IsFigure(string text) => Figure().IsMatch(text);

    // A word (not a figure) beside the figure has a letter or a digit ("Early", "(0-25"): "/" or "•" between columns is not a cell of its own.
    private static bool IsWord(string text) => text.Any(char.IsLetterOrDigit);

    // Crossed when a line nearby has a word across the gap; Shown when, besides, the column is plain
    // (aligned edges and lines with words on both sides); Clear otherwise.
    private static Evidence Judge(List<List<PdfWord>> lines, int index, PdfWord left, PdfWord right, bool leftFigure)
    {
        var figure = leftFigure ? left : right;
        var (from, to) = (left.Right, right.Left);
        var aligned = 0;
        var spans = 0;
        foreach (var line in Nearby(lines, index, Reach * Math.Max(left.Size, right.Size)))
        {
            // The last word starting before the gap ends is the only one that can cross it.
            var last = LastStartingBefore(line, to - Slack);
            if (last >= 0 && line[last].Right > from + Slack)
            {
                return Evidence.Crossed;
            }

            spans += last >= 0 && last < line.Count - 1 ? 1 : 0;
            aligned += SharesEdge(line, figure, byLeft: !leftFigure) ? 1 : 0;
        }

        return aligned >= 2 && spans >= 1 ? Evidence.Shown : Evidence.Clear;
    }

    // A word of the line ends where the figure ends (or, with byLeft, starts where it starts).
    private static bool SharesEdge(List<PdfWord> line, PdfWord figure, bool byLeft)
    {
        var near = LastStartingBefore(line, figure.Right + Aligned);
        for (var k = near; k >= 0 && line[k].Right >= figure.Left - Aligned; k--)
        {
            if (Math.Abs(line[k].Right - figure.Right) <= Aligned || (byLeft && Math.Abs(line[k].Left - figure.Left) <= Aligned))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<(double From, double To)> shown, double[] reach, Gap gap)
    {
        // The gutters starting before the gap ends: a prefix of the sorted list.
        int lo = 0, hi = shown.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (shown[mid].From < gap.To)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && reach[lo - 1] > gap.From;
    }

    // Index of the last word (words sorted by their left edges) whose left edge is below x; -1 if none.
    private static int LastStartingBefore(List<PdfWord> line, double x)
    {
        int lo = 0, hi = line.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (line[mid].Left < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    // The lines other than lines[index] whose baselines lie within reach of it; lines run top first.
    private static IEnumerable<List<PdfWord>> Nearby(List<List<PdfWord>> lines, int index, double reach)
    {
        var baseline = lines[index][0].Baseline;
        for (var k = index - 1; k >= 0 && lines[k][0].Baseline - baseline <= reach; k--)
        {
            yield return lines[k];
        }

        for (var k = index + 1; k < lines.Count && baseline - lines[k][0].Baseline <= reach; k++)
        {
            yield return lines[k];
        }
    }

    [GeneratedRegex(@"^[(+\-−–]?[£$€]?\d[\d,]*(\.\d+)?(%|[kKmM]|bn|s)?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"^[1-9]\d?(\.\d{1,2}){0,3}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphNumber();

    private enum Evidence
    {
        Crossed,
        Clear,
        Shown,
    }

    // A gap between a figure and a word of one run, and what the lines nearby say of it.
    private readonly record struct Gap(int Line, int Run, int Word, double From, double To, bool LeftFigure, Evidence State);
}
