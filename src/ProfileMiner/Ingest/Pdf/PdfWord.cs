namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// One horizontal word on a page, in PDF user space (points, origin bottom left, y growing upwards),
/// with the little of its font that layout needs.
/// </summary>
/// <param name="Text">The word's text, ligatures expanded.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Bottom edge of the glyph boxes.</param>
/// <param name="Top">Top edge of the glyph boxes.</param>
/// <param name="Baseline">Baseline y of the first letter.</param>
/// <param name="Size">Font size in points as drawn (after the text matrix).</param>
/// <param name="Bold">True when the font is bold (by its flags or its name).</param>
internal readonly record struct PdfWord(string Text, double Left, double Right, double Bottom, double Top, double Baseline, double Size, bool Bold)
{
    public double Width => Right - Left;
}
