namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// The document's body font size (the size that carries the most characters) and the larger sizes
/// that rank as heading levels, largest first.
/// </summary>
internal sealed class FontStatistics
{
    private readonly double[] _headingSizes;

    private FontStatistics(double bodySize, double[] headingSizes)
    {
        BodySize = bodySize;
        _headingSizes = headingSizes;
    }

    public double BodySize { get; }

    /// <summary>Number of distinct heading sizes.</summary>
    public int HeadingSizeCount => _headingSizes.Length;

    public static FontStatistics Measure(IEnumerable<PdfPageContent> pages, double headingRatio)
    {
        var chars = new Dictionary<double, int>();
        foreach (var word in pages.SelectMany(p => p.Words))
        {
            var key = Bucket(word.Size);
            chars[key] = chars.GetValueOrDefault(key) + word.Text.Length;
        }

        if (chars.Count == 0)
        {
            return new FontStatistics(10, []);
        }

        var body = chars.MaxBy(kv => kv.Value).Key;
        var headings = chars.Keys.Where(s => s >= body * headingRatio).OrderDescending().ToArray();
        return new FontStatistics(body, headings);
    }

    /// <summary>Returns the heading level (1 = largest) of a font size, or 0 when it is not a heading size.</summary>
    public int LevelOf(double size)
    {
        var key = Bucket(size);
        for (var i = 0; i < _headingSizes.Length; i++)
        {
            if (key >= _headingSizes[i])
            {
                return Math.Min(i + 1, 6);
            }
        }

        return 0;
    }

    private static double Bucket(double size) => Math.Round(size * 2) / 2;
}
