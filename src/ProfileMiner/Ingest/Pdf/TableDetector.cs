namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Finds tables among a region's lines: runs of lines whose cells sit in the same columns (x ranges
/// separated by gaps that no line of the run crosses), with at least two lines that have two or more
/// cells. Rows are the groups of lines between the wider vertical gaps; when every line is equally
/// spaced, each line is a row. A cell's lines are joined by <see cref="LineJoiner"/>.
/// </summary>
internal static class TableDetector
{
    /// <summary>Splits the lines into tables and the text lines between them, in order.</summary>
    public static List<LayoutItem> Detect(List<LeafLine> lines, double cellGapEm, IReadOnlyList<(double Left, double Right, double Y)> rules)
    {
        var items = new List<LayoutItem>();
        var floor = 0;
        var i = 0;
        while (i < lines.Count)
        {
            if (IsCellular(lines[i]) && TryGrow(lines, i, floor, cellGapEm, out var first, out var last, out var columns))
            {
                // Text lines above the seed that the table took in were emitted as text: take them back.
                items.RemoveRange(items.Count - (i - first), i - first);
                items.Add(LayoutItem.ForTable(BuildRows(lines.GetRange(first, last - first + 1), columns, rules)));
                i = floor = last + 1;
                continue;
            }

            items.Add(LayoutItem.ForLine(lines[i]));
            i++;
        }

        return items;
    }

    private static bool IsCellular(LeafLine line)
    {
        if (line.Runs.Count < 2)
        {
            return false;
        }

        // "•   text" is a list item, not two cells.
        if (line.Runs.Count == 2 && line.Runs[0].Words.Count == 1)
        {
            var marker = line.Runs[0].Words[0];
            return !ListMarker.IsMarker(marker.Text, line.Runs[1].Left - marker.Right, marker.Size);
        }

        return true;
    }

    private static bool TryGrow(List<LeafLine> lines, int seed, int floor, double cellGapEm, out int first, out int last, out List<(double Left, double Right)> columns)
    {
        var cols = new List<(double Left, double Right)>();
        columns = cols;
        first = last = seed;
        if (!TryAdd(cols, lines[seed], cellGapEm, lines[seed], out _))
        {
            return false;
        }

        var slotted = new HashSet<int>();
        var cellular = 1;
        for (var j = seed + 1; j < lines.Count; j++)
        {
            if (lines[j - 1].Baseline - lines[j].Baseline > 3.5 * lines[j].Size || !TryAdd(columns, lines[j], cellGapEm, lines[seed], out var widened))
            {
                break;
            }

            last = j;
            cellular += IsCellular(lines[j]) ? 1 : 0;
            if (widened)
            {
                slotted.Add(j);
            }
        }

        // Lines that only joined by widening the first column, at the table's top or bottom, are the
        // text before or after it (a paragraph at the left margin); inside the table they are its own.
        bool Outside(int k) => slotted.Contains(k) && lines[k].Runs[0].Left < cols[0].Left + lines[k].Size;
        while (last > seed && Outside(last))
        {
            cellular -= IsCellular(lines[last]) ? 1 : 0;
            last--;
        }

        // The columns without the lines left out.
        columns.Clear();
        for (var j = seed; j <= last; j++)
        {
            TryAdd(columns, lines[j], cellGapEm, lines[seed], out _);
        }

        for (var j = seed - 1; j >= floor; j--)
        {
            if (lines[j].Baseline - lines[j + 1].Baseline > 3.5 * lines[j].Size || !TryAdd(columns, lines[j], cellGapEm, lines[seed], out var widened))
            {
                break;
            }

            first = j;
            cellular += IsCellular(lines[j]) ? 1 : 0;
            if (widened)
            {
                slotted.Add(j);
            }
        }

        while (first < seed && Outside(first))
        {
            cellular -= IsCellular(lines[first]) ? 1 : 0;
            first++;
        }

        // A bold header whose titles wrap within their columns ("Revenu" / "e" / "Budget") has lines
        // of one piece that the rule above keeps out: taken in while they are bold, set as tightly as
        // the header, and each piece sits over one column.
        if (cellular >= 2 && columns.Count >= 2 && lines[first].Bold)
        {
            for (var j = first - 1; j >= floor; j--)
            {
                if (!lines[j].Bold || lines[j].Baseline - lines[j + 1].Baseline > 2 * lines[j].Size || !OverColumns(cols, lines[j], cellGapEm))
                {
                    break;
                }

                first = j;
            }
        }

        return cellular >= 2 && columns.Count >= 2;
    }

    /// <summary>Adds a line's runs to the column set unless a run would merge two columns or the set would drop below two columns.</summary>
    private static bool TryAdd(List<(double Left, double Right)> columns, LeafLine line, double cellGapEm, LeafLine seed, out bool widened)
    {
        widened = false;
        var trial = new List<(double Left, double Right)>(columns);
        var single = line.Runs.Count == 1;
        for (var r = 0; r < line.Runs.Count; r++)
        {
            var run = line.Runs[r];
            var pad = Pad(line, r, cellGapEm);
            var hits = 0;
            var index = -1;
            for (var k = 0; k < trial.Count; k++)
            {
                if (run.Left - pad < trial[k].Right && run.Right + pad > trial[k].Left)
                {
                    hits++;
                    index = k;
                }
            }

            if (hits > 1)
            {
                return false;
            }

            // A line of one run joins the table only inside an existing column (a wrapped cell line,
            // a footnote under a column); one that widens its column is the text around the table,
            // unless it is a line of the table's own text that stays clear of the next column: a
            // ragged line of prose in a cell, a paragraph across a key-value table's label column.
            if (single && (hits == 0 || run.Left < trial[index].Left - run.Size
                || (run.Right > trial[index].Right + run.Size && !FitsSlot(trial, index, run, pad, seed)))
                && !IsHeaderPiece(trial, hits, index, run, seed))
            {
                return false;
            }

            widened |= single && run.Right > trial[index].Right + run.Size;

            if (hits == 1)
            {
                trial[index] = (Math.Min(trial[index].Left, run.Left), Math.Max(trial[index].Right, run.Right));
                if (Overlaps(trial, index, pad))
                {
                    return false;
                }
            }
            else
            {
                trial.Add((run.Left, run.Right));
                trial.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            }
        }

        if (trial.Count < 2)
        {
            return false;
        }

        columns.Clear();
        columns.AddRange(trial);
        return true;
    }

    // How far a run reaches for its column: half a cell gap; runs cut apart at a figure gutter
    // (closer than a cell gap, see FigureGutter) reach less than half the way to each other.
    private static double Pad(LeafLine line, int index, double cellGapEm)
    {
        var run = line.Runs[index];
        var pad = 0.5 * cellGapEm * run.Size;
        var gap = Math.Min(
            index > 0 ? run.Left - line.Runs[index - 1].Right : double.MaxValue,
            index < line.Runs.Count - 1 ? line.Runs[index + 1].Left - run.Right : double.MaxValue);
        return gap < cellGapEm * run.Size ? Math.Max(0, Math.Min(pad, 0.45 * gap)) : pad;
    }

    // In a bold header, one piece of a title that wraps within its column ("Budget" under "Revenu" /
    // "e"): bold like the header, over one column, reaching a few letters further left at most.
    private static bool IsHeaderPiece(List<(double Left, double Right)> columns, int hits, int index, TextRun run, LeafLine seed) =>
        hits == 1 && run.Bold && seed.Bold && WithinReach(columns[index], run);

    // A header piece reaches a few letters left of its column at most, and a letter right.
    private static bool WithinReach((double Left, double Right) column, TextRun run) =>
        run.Left >= column.Left - (4 * run.Size) && run.Right <= column.Right + run.Size;

    // Each run of the line overlaps exactly one column, within a header piece's reach of it.
    private static bool OverColumns(List<(double Left, double Right)> columns, LeafLine line, double cellGapEm)
    {
        for (var r = 0; r < line.Runs.Count; r++)
        {
            var run = line.Runs[r];
            var pad = Pad(line, r, cellGapEm);
            var over = columns.Where(c => run.Left - pad < c.Right && run.Right + pad > c.Left).ToList();
            if (over.Count != 1 || !WithinReach(over[0], run))
            {
                return false;
            }
        }

        return true;
    }

    // Same font as the table, not bold (a heading), and clear of the column to the right.
    private static bool FitsSlot(List<(double Left, double Right)> columns, int index, TextRun run, double pad, LeafLine seed) =>
        (!run.Bold || seed.Bold)
        && Math.Abs(run.Size - seed.Size) <= 0.1 * seed.Size
        && (index == columns.Count - 1 || run.Right + (2 * pad) < columns[index + 1].Left);

    private static bool Overlaps(List<(double Left, double Right)> columns, int index, double pad)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            if (k != index && columns[index].Left - pad < columns[k].Right && columns[index].Right + pad > columns[k].Left)
            {
                return true;
            }
        }

        return false;
    }

    private static List<List<string>> BuildRows(List<LeafLine> lines, List<(double Left, double Right)> columns, IReadOnlyList<(double Left, double Right, double Y)> rules)
    {
        // A header of several bold lines over a body that is not bold is one row: each column's
        // title joined from its pieces ("Revenu" / "e" / "Forecas" / "t" is "Revenue Forecast").
        var header = 0;
        while (header < lines.Count && lines[header].Bold)
        {
            header++;
        }

        if (header > 1 && header < lines.Count)
        {
            List<List<string>> rows = [Cells(lines.GetRange(0, header), columns)];
            rows.AddRange(BuildBodyRows(lines.GetRange(header, lines.Count - header), columns, rules));
            return rows;
        }

        return BuildBodyRows(lines, columns, rules);
    }

    private static List<List<string>> BuildBodyRows(List<LeafLine> lines, List<(double Left, double Right)> columns, IReadOnlyList<(double Left, double Right, double Y)> rules)
    {
        // Rows: groups of lines between gaps clearly wider than the tightest line spacing.
        // The line spacing inside cells is taken as the lower quartile of the spacings, ignoring lines
        // that nearly overlap (marks and arrows on their own baselines).
        var deltas = new double[Math.Max(lines.Count - 1, 0)];
        for (var k = 1; k < lines.Count; k++)
        {
            deltas[k - 1] = lines[k - 1].Baseline - lines[k].Baseline;
        }

        var usable = deltas.Where((d, k) => d >= 0.6 * lines[k + 1].Size).Order().ToArray();
        var tightest = usable.Length > 0 ? usable[usable.Length / 4] : double.MaxValue;

        var breaks = new bool[deltas.Length];
        var anyBreak = false;
        for (var k = 0; k < deltas.Length; k++)
        {
            breaks[k] = deltas[k] > (1.1 * tightest) + (0.05 * lines[k + 1].Size);
            anyBreak |= breaks[k];
        }

        // Rules drawn across the table are row borders. When the spacing tells nothing and the table
        // is ruled (a rule inside it or just above or below it), the lines between two rules are one
        // row: cells of several lines, spaced like the rows.
        var ruled = false;
        var tableLeft = columns[0].Left;
        var tableRight = columns[^1].Right;
        var pitch = tightest == double.MaxValue ? lines[0].Size * 1.2 : tightest;
        foreach (var (left, right, y) in rules)
        {
            if (Math.Min(right, tableRight) - Math.Max(left, tableLeft) < 0.5 * (tableRight - tableLeft)
                || y > lines[0].Top + pitch || y < lines[^1].Baseline - pitch)
            {
                continue;
            }

            ruled = true;
            for (var k = 0; k < deltas.Length; k++)
            {
                if (y < lines[k].Baseline && y > lines[k + 1].Top - (0.2 * lines[k + 1].Size))
                {
                    breaks[k] = true;
                }
            }
        }

        anyBreak |= ruled;

        var rows = new List<List<string>>();
        var group = new List<LeafLine>();
        for (var k = 0; k < lines.Count; k++)
        {
            group.Add(lines[k]);
            if (k == lines.Count - 1 || (anyBreak ? breaks[k] : !SplitsWordInAnyColumn(lines[k], lines[k + 1], columns)))
            {
                rows.Add(Cells(group, columns));
                group = [];
            }
        }

        return rows;
    }

    // With every line equally spaced, a line still belongs to the row above when it continues, in
    // lower case, a word that did not fit its column ("Wo" / "rki" / "ng"). Digits do not count:
    // "2022/23" over "1.6" in a narrow column is two rows, and so is a line with text in every column.
    private static bool SplitsWordInAnyColumn(LeafLine upper, LeafLine lower, List<(double Left, double Right)> columns)
    {
        // A line that fills every column starts a row of its own.
        if (lower.Runs.Count >= columns.Count)
        {
            return false;
        }

        foreach (var (left, right) in columns)
        {
            var above = upper.Runs.LastOrDefault(r => r.CenterX >= left && r.CenterX <= right);
            var below = lower.Runs.FirstOrDefault(r => r.CenterX >= left && r.CenterX <= right);
            if (above is not null && below is not null && char.IsLower(below.Words[0].Text[0])
                && LineJoiner.SplitsWord(above.Words[^1], below.Words[0], left, right))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Cells(List<LeafLine> group, List<(double Left, double Right)> columns)
    {
        var cells = new List<string>(columns.Count);
        foreach (var (left, right) in columns)
        {
            var cellLines = new List<IReadOnlyList<PdfWord>>();
            foreach (var line in group)
            {
                var words = line.Runs.Where(r => r.CenterX >= left && r.CenterX <= right).SelectMany(r => r.Words).ToList();
                if (words.Count > 0)
                {
                    cellLines.Add(words);
                }
            }

            cells.Add(LineJoiner.Join(cellLines, left, right));
        }

        return cells;
    }
}
