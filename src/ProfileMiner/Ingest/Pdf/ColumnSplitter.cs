namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Splits a page's runs into regions read one after the other: text columns left to right, and
/// full-width parts (titles, wide paragraphs) in their place above, between or below the columns.
/// </summary>
/// <remarks>
/// A variant of the recursive X-Y cut (Nagy and Seth, "Hierarchical representation of optically
/// scanned documents", 1984). Cuts are looked for in a histogram of how many runs cover each
/// x position, so a gutter may be crossed by a few full-width runs; those runs then cut the region
/// into horizontal bands, and each band is split again. A gutter only counts when both sides look
/// like text columns: wide enough, of comparable width, and not a grid of short cells whose lines
/// face each other (a table, which <see cref="TableDetector"/> reads row by row). Each level costs
/// <c>O(runs + width)</c>.
/// </remarks>
internal static class ColumnSplitter
{
    private const int MaxDepth = 12;

    public static List<List<TextRun>> Split(List<TextRun> runs, PdfReaderOptions options)
    {
        var leaves = new List<List<TextRun>>();
        Split(runs, options, leaves, 0);
        return leaves;
    }

    private static void Split(List<TextRun> runs, PdfReaderOptions options, List<List<TextRun>> leaves, int depth)
    {
        if (runs.Count < 6 || depth > MaxDepth || !TryFindGutter(runs, options, out var gutter))
        {
            if (runs.Count > 0)
            {
                leaves.Add(runs);
            }

            return;
        }

        var spanning = runs.Where(r => r.Left < gutter && r.Right > gutter).ToList();
        if (spanning.Count == 0)
        {
            Split(runs.Where(r => r.Right <= gutter).ToList(), options, leaves, depth + 1);
            Split(runs.Where(r => r.Left >= gutter).ToList(), options, leaves, depth + 1);
            return;
        }

        // Full-width runs cut the region into bands; each band is split again on its own.
        var ordered = runs.OrderByDescending(r => r.Baseline).ThenBy(r => r.Left).ToList();
        var band = new List<TextRun>();
        var wide = new List<TextRun>();
        foreach (var run in ordered)
        {
            var isSpanning = run.Left < gutter && run.Right > gutter;
            if (isSpanning)
            {
                if (band.Count > 0)
                {
                    Split(band, options, leaves, depth + 1);
                    band = [];
                }

                wide.Add(run);
            }
            else
            {
                if (wide.Count > 0)
                {
                    Split(wide, options, leaves, depth + 1);
                    wide = [];
                }

                band.Add(run);
            }
        }

        if (band.Count > 0)
        {
            Split(band, options, leaves, depth + 1);
        }

        if (wide.Count > 0)
        {
            Split(wide, options, leaves, depth + 1);
        }
    }

    private static bool TryFindGutter(List<TextRun> runs, PdfReaderOptions options, out double gutter)
    {
        gutter = 0;
        var left = runs.Min(r => r.Left);
        var right = runs.Max(r => r.Right);
        var width = right - left;
        if (width <= 0)
        {
            return false;
        }

        var em = Median(runs.Select(r => r.Size));
        var bins = (int)Math.Clamp(Math.Ceiling(width), 1, 4096);
        var scale = bins / width;
        var coverage = new int[bins + 1];
        foreach (var r in runs)
        {
            var a = Math.Clamp((int)((r.Left - left) * scale), 0, bins - 1);
            var b = Math.Clamp((int)((r.Right - left) * scale), 0, bins - 1);
            coverage[a]++;
            coverage[b + 1]--;
        }

        for (var i = 1; i <= bins; i++)
        {
            coverage[i] += coverage[i - 1];
        }

        // A gutter may be crossed by a few full-width runs (a title, a wide paragraph).
        var maxCrossing = runs.Count / 8;
        var minGap = options.ColumnGapEm * em * scale;
        var best = double.NaN;
        var bestWidth = 0.0;
        var start = -1;
        for (var i = 0; i < bins; i++)
        {
            var open = coverage[i] <= maxCrossing;
            if (open && start < 0)
            {
                start = i;
            }

            if ((!open || i == bins - 1) && start >= 0)
            {
                var end = open ? i + 1 : i;
                if (start > 0 && end < bins && end - start >= minGap && end - start > bestWidth)
                {
                    var x = left + ((start + end) / 2.0 / scale);
                    if (IsColumnGutter(runs, x, width))
                    {
                        best = x;
                        bestWidth = end - start;
                    }
                }

                start = -1;
            }
        }

        gutter = best;
        return !double.IsNaN(best);
    }

    private static bool IsColumnGutter(List<TextRun> runs, double x, double width)
    {
        var leftSide = new List<TextRun>();
        var rightSide = new List<TextRun>();
        var crossing = new List<TextRun>();
        foreach (var r in runs)
        {
            if (r.Right <= x)
            {
                leftSide.Add(r);
            }
            else if (r.Left >= x)
            {
                rightSide.Add(r);
            }
            else
            {
                crossing.Add(r);
            }
        }

        if (leftSide.Count < 3 || rightSide.Count < 3 || crossing.Count * 4 > runs.Count)
        {
            return false;
        }

        // The runs allowed across a gutter are titles and wide paragraphs, which reach into both
        // columns. Runs that cross it and stop short of one side stand in the gap itself: a narrow
        // column of a table between two others (a finance table's short summaries between its
        // figures and its notes), or a table's long cells reaching past the middle of the gap
        // between its columns. Two of them show that the gap is not a gutter.
        var leftEdge = leftSide.Max(r => r.Right);
        var rightEdge = rightSide.Min(r => r.Left);
        if (crossing.Count(r => r.Right < rightEdge || r.Left > leftEdge) >= 2)
        {
            return false;
        }

        var leftWidth = leftEdge - leftSide.Min(r => r.Left);
        var rightWidth = rightSide.Max(r => r.Right) - rightEdge;
        var narrow = Math.Min(leftWidth, rightWidth);
        if (narrow < 0.22 * width || narrow < 0.45 * Math.Max(leftWidth, rightWidth))
        {
            return false;
        }

        // Key-value tables whose values (or paragraphs across the label column) take several lines.
        if (Interleaved(leftSide, rightSide))
        {
            return false;
        }

        // A column of short cells, one to a row, beside cells of several lines: a rating or figure
        // set in the middle of its row's height never shares a baseline with the label it belongs to.
        if (SparseBeside(leftSide, rightSide) || SparseBeside(rightSide, leftSide))
        {
            return false;
        }

        // Key-value tables: short cells on the left facing cells on the right, line by line.
        // Text columns have full lines, and usually baselines that do not line up.
        var leftFull = Median(leftSide.Select(r => r.Width)) >= 0.6 * leftWidth;
        var rightFull = Median(rightSide.Select(r => r.Width)) >= 0.6 * rightWidth;
        if (leftFull && rightFull)
        {
            return true;
        }

        var leftBaselines = leftSide.Select(r => r.Baseline).Order().ToArray();
        var facing = rightSide.Count(r => HasNear(leftBaselines, r.Baseline, 0.25 * r.Size));
        return facing < 0.5 * rightSide.Count;
    }

    /// <summary>
    /// True when each side has a hole, several lines high, that the other side fills: the rows of a
    /// key-value table (a value of several lines beside a one-line label, then a paragraph across the
    /// label column). Text columns run down side by side, so at most one of them has such holes.
    /// </summary>
    private static bool Interleaved(List<TextRun> left, List<TextRun> right) =>
        HasFilledHole(left, right) && HasFilledHole(right, left);

    /// <summary>
    /// True when <paramref name="sparse"/> is a column of short runs (one word or figure, well under
    /// the side's width, a few to a line) whose lines are at least 1.8 times as far apart as the lines of
    /// <paramref name="dense"/> beside them: the ratings of a table whose labels wrap over two or three
    /// lines. Text columns set in one type have the same line pitch on both sides.
    /// </summary>
    private static bool SparseBeside(List<TextRun> sparse, List<TextRun> dense)
    {
        var sparseLines = Baselines(sparse);
        var denseLines = Baselines(dense);
        if (sparseLines.Count < 3 || denseLines.Count < 4)
        {
            return false;
        }

        var width = sparse.Max(r => r.Right) - sparse.Min(r => r.Left);
        if (Median(sparse.Select(r => r.Width)) >= 0.4 * width || sparse.Count(r => r.Words.Count <= 2) * 4 < sparse.Count * 3)
        {
            return false;
        }

        // A few words a line (a rating, a figure, a column header), not a line of justified prose
        // whose wide word spaces cut it into runs of a word each.
        if (sparse.Count > 3 * sparseLines.Count || sparse.Sum(r => r.Words.Count) > 4 * sparseLines.Count)
        {
            return false;
        }

        if (Pitch(sparseLines) < 1.8 * Pitch(denseLines))
        {
            return false;
        }

        // Row by row: lines of the labels beside most gaps between two ratings (not between the
        // lines of a header).
        var denseSorted = denseLines.Order().ToArray();
        var beside = 0;
        for (var k = 1; k < sparseLines.Count; k++)
        {
            var (top, bottom) = (sparseLines[k - 1], sparseLines[k]);
            var i = Array.BinarySearch(denseSorted, bottom);
            i = i < 0 ? ~i : i + 1;
            if (i < denseSorted.Length && denseSorted[i] < top)
            {
                beside++;
            }
        }

        return beside * 4 >= (sparseLines.Count - 1) * 3;
    }

    // The distinct baselines of some runs, top down.
    private static List<double> Baselines(List<TextRun> runs)
    {
        var lines = new List<double>();
        foreach (var run in runs.OrderByDescending(r => r.Baseline))
        {
            if (lines.Count == 0 || lines[^1] - run.Baseline > 0.33 * run.Size)
            {
                lines.Add(run.Baseline);
            }
        }

        return lines;
    }

    private static double Pitch(List<double> lines) => Median(lines.Zip(lines.Skip(1), (a, b) => a - b));

    private static bool HasFilledHole(List<TextRun> side, List<TextRun> other)
    {
        var lines = Baselines(side);
        if (lines.Count < 2)
        {
            return false;
        }

        var pitch = Pitch(lines);
        var otherBaselines = other.Select(r => r.Baseline).Order().ToArray();
        for (var k = 1; k < lines.Count; k++)
        {
            var (top, bottom) = (lines[k - 1], lines[k]);
            if (top - bottom < 2.5 * pitch)
            {
                continue;
            }

            var inside = otherBaselines.Count(b => b < top - (0.5 * pitch) && b > bottom + (0.5 * pitch));
            if (inside >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNear(double[] sorted, double value, double tolerance)
    {
        var i = Array.BinarySearch(sorted, value);
        if (i >= 0)
        {
            return true;
        }

        i = ~i;
        return (i < sorted.Length && sorted[i] - value <= tolerance) || (i > 0 && value - sorted[i - 1] <= tolerance);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var array = values.ToArray();
        if (array.Length == 0)
        {
            return 0;
        }

        Array.Sort(array);
        return array[array.Length / 2];
    }
}
