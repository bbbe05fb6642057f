namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Groups words into lines by baseline and cuts lines into runs at wide gaps. Sorting makes both
/// steps <c>O(n log n)</c> per page.
/// </summary>
internal static class LineGrouper
{
    // The fewest words a stretch of justified prose is recognised by (see SplitRuns).
    private const int JustifiedWords = 4;

    /// <summary>
    /// Returns the words grouped by baseline, top line first, each line sorted left to right. Two
    /// words share a line when their baselines differ by less than a third of the font size.
    /// Words drawn twice at the same place (fake bold) are kept once.
    /// </summary>
    public static List<List<PdfWord>> ByBaseline(IEnumerable<PdfWord> words)
    {
        var sorted = words.ToArray();
        Array.Sort(sorted, static (a, b) => b.Baseline.CompareTo(a.Baseline));

        // A line is a run of the sorted words within a third of a font size of its first word's
        // baseline; each is copied out once, at its size (words are 64-byte structs: growing a list
        // word by word copied them over and over).
        var lines = new List<List<PdfWord>>();
        for (int start = 0, end = 1; start < sorted.Length; end++)
        {
            if (end < sorted.Length && Math.Abs(sorted[end].Baseline - sorted[start].Baseline) <= 0.33 * sorted[end].Size)
            {
                continue;
            }

            var line = new List<PdfWord>(end - start);
            line.AddRange(new ArraySegment<PdfWord>(sorted, start, end - start));
            lines.Add(line);
            start = end;
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

    /// <summary>
    /// Cuts one line (sorted left to right) into runs wherever the gap between words is at least
    /// <paramref name="gapEm"/> times the font size, except inside a stretch of justified prose: four
    /// or more words in a row, each cut from the next by the same widened space (within a tenth of a
    /// font size, under one and a half font sizes), mostly lower-case words. A justified line set in a
    /// narrow column ("and  additional  posts  recruited  to  drive ...") stretches its spaces past
    /// the cell gap, but a row of table cells is not spaced that evenly with words of that kind.
    /// </summary>
    public static IEnumerable<TextRun> SplitRuns(List<PdfWord> line, double gapEm)
    {
        var cuts = new List<int>();
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].Left - line[i - 1].Right;
            var size = Math.Max(line[i].Size, line[i - 1].Size);
            if (gap >= gapEm * size)
            {
                cuts.Add(i);
            }
        }

        if (cuts.Count >= JustifiedWords - 1)
        {
            KeepJustifiedStretches(line, cuts);
        }

        var start = 0;
        foreach (var cut in cuts)
        {
            yield return new TextRun(line.GetRange(start, cut - start));
            start = cut;
        }

        yield return new TextRun(line.GetRange(start, line.Count - start));
    }

    /// <summary>Removes the cuts inside stretches of justified prose (see <see cref="SplitRuns"/>).</summary>
    private static void KeepJustifiedStretches(List<PdfWord> line, List<int> cuts)
    {
        // Consecutive cuts one word apart, between words of prose, with gaps alike.
        var keep = new List<int>(cuts.Count);
        var k = 0;
        while (k < cuts.Count)
        {
            var end = k;
            var (low, high) = (double.MaxValue, double.MinValue);
            while (end < cuts.Count && IsProseGap(line, cuts[end]) && (end == k || cuts[end] == cuts[end - 1] + 1))
            {
                var gap = line[cuts[end]].Left - line[cuts[end] - 1].Right;
                var size = line[cuts[end]].Size;
                var (nextLow, nextHigh) = (Math.Min(low, gap), Math.Max(high, gap));
                if (nextHigh - nextLow > 0.1 * size)
                {
                    break;
                }

                (low, high) = (nextLow, nextHigh);
                end++;
            }

            // cuts[k..end) join words cuts[k]-1 .. cuts[end-1]: end - k + 1 words.
            var words = end - k + 1;
            if (end > k && words >= JustifiedWords && LowerCaseShare(line, cuts[k] - 1, cuts[end - 1]) >= 0.5)
            {
                k = end;
                continue;
            }

            keep.Add(cuts[k]);
            k++;
        }

        cuts.Clear();
        cuts.AddRange(keep);
    }

    private static bool IsProseGap(List<PdfWord> line, int cut)
    {
        var (left, right) = (line[cut - 1], line[cut]);
        return right.Left - left.Right < 1.5 * Math.Max(left.Size, right.Size) && HasLetter(left.Text) && HasLetter(right.Text);
    }

    private static bool HasLetter(string text) => text.Any(char.IsLetter);

    private static double LowerCaseShare(List<PdfWord> line, int first, int last)
    {
        var lower = 0;
        for (var i = first; i <= last; i++)
        {
            lower += char.IsLower(line[i].Text[0]) ? 1 : 0;
        }

        return lower / (double)(last - first + 1);
    }
}
