namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Words on one baseline with no wide gap between them: a line of a column, or one cell's line in a table.
/// </summary>
internal sealed class TextRun
{
    public TextRun(List<PdfWord> words)
    {
        Words = words;
        Left = double.MaxValue;
        Right = double.MinValue;
        Bottom = double.MaxValue;
        Top = double.MinValue;
        var sizes = 0.0;
        var chars = 0;
        Bold = true;
        foreach (var w in words)
        {
            Left = Math.Min(Left, w.Left);
            Right = Math.Max(Right, w.Right);
            Bottom = Math.Min(Bottom, w.Bottom);
            Top = Math.Max(Top, w.Top);
            sizes += w.Size * w.Text.Length;
            chars += w.Text.Length;
            Bold &= w.Bold;
        }

        Baseline = words[0].Baseline;
        Size = chars > 0 ? sizes / chars : words[0].Size;
    }

    public List<PdfWord> Words { get; }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Top { get; }

    public double Baseline { get; }

    /// <summary>Font size averaged over the characters.</summary>
    public double Size { get; }

    /// <summary>True when every word is bold.</summary>
    public bool Bold { get; }

    public double Width => Right - Left;

    public double CenterX => (Left + Right) / 2;

    public string Text => string.Join(' ', Words.Select(w => w.Text));

    public override string ToString() => Text;
}
