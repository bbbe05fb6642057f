namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Groups words into lines by baseline and cuts lines into runs at wide gaps. Sorting makes both
/// steps <c>O(n log n)</c> per page.
/// </summary>
internal static class LineGrouper
{
    /// <summary>
    /// Returns the words grouped by baseline, top line first, each line sorted left to right. Two
    /// words share a line when their baselines differ by less than a third of the font size.
    /// Words drawn twice at the same place (fake bold) are kept once.
    /// </summary>
    public static List<List<PdfWord>> ByBaseline(IEnumerable<PdfWord> words)
    {
        var sorted = words.ToList();
        sorted.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = new List<List<PdfWord>>();
        List<PdfWord>? current = null;
        var baseline = 0.0;
        foreach (var word in sorted)
        {
            if (current is not null && Math.Abs(word.Baseline - baseline) <= 0.33 * word.Size)
            {
                current.Add(word);
                continue;
            }

            current = [word];
            baseline = word.Baseline;
            lines.Add(current);
        }

        foreach (var line in lines)
        {
            line.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            for (var i = line.Count - 1; i > 0; i--)
            {
                if (Math.Abs(line[i].Left - line[i - 1].Left) < 0.5 && string.Equals(line[i].Text, line[i - 1].Text, StringComparison.Ordinal))
                {
                    line.RemoveAt(i);
                }
            }
        }

        return lines;
    }

    /// <summary>Cuts one line (sorted left to right) into runs wherever the gap between words is at least <paramref name="gapEm"/> times the font size.</summary>
    public static IEnumerable<TextRun> SplitRuns(List<PdfWord> line, double gapEm)
    {
        var start = 0;
        for (var i = 1; i <= line.Count; i++)
        {
            if (i < line.Count)
            {
                var gap = line[i].Left - line[i - 1].Right;
                var size = Math.Max(line[i].Size, line[i - 1].Size);
                if (gap < gapEm * size)
                {
                    continue;
                }
            }

            yield return new TextRun(line.GetRange(start, i - start));
            start = i;
        }
    }
}
