namespace ProfileMiner.Ingest.Pdf;

/// <summary>The runs of one region that share a baseline, left to right.</summary>
internal sealed class LeafLine
{
    public LeafLine(List<TextRun> runs)
    {
        Runs = runs;
        Left = runs[0].Left;
        Right = runs.Max(r => r.Right);
        Top = runs.Max(r => r.Top);
        Bottom = runs.Min(r => r.Bottom);
        Baseline = runs[0].Baseline;
        Size = runs.Max(r => r.Size);
        Bold = runs.All(r => r.Bold);
    }

    public List<TextRun> Runs { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Baseline { get; }

    public double Size { get; }

    public bool Bold { get; }

    public IEnumerable<PdfWord> Words => Runs.SelectMany(r => r.Words);

    public override string ToString() => string.Join(" | ", Runs.Select(r => r.Text));

    /// <summary>Groups a region's runs into lines, top first.</summary>
    public static List<LeafLine> Group(List<TextRun> runs)
    {
        var sorted = runs.OrderByDescending(r => r.Baseline).ToList();
        var lines = new List<LeafLine>();
        var current = new List<TextRun>();
        var baseline = 0.0;
        foreach (var run in sorted)
        {
            if (current.Count > 0 && Math.Abs(run.Baseline - baseline) > 0.33 * run.Size)
            {
                current.Sort(static (a, b) => a.Left.CompareTo(b.Left));
                lines.Add(new LeafLine(current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = run.Baseline;
            }

            current.Add(run);
        }

        if (current.Count > 0)
        {
            current.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            lines.Add(new LeafLine(current));
        }

        return lines;
    }
}
