using UglyToad.PdfPig.Content;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Reads a scanned page (images, no text layer) by OCR: the largest image drawn on the page is taken
/// as PdfPig decodes it (<c>IPdfImage.TryGetPng</c>, which covers the CCITT fax and Flate scans of
/// office scanners; a JPEG is handed over as it is stored), and the words the engine finds are placed
/// where the image is drawn, in page points, so the rest of the reader lays them out like any
/// other page: lines, columns, tables, headings, page furniture.
/// </summary>
internal static class ScannedPageReader
{
    // Images smaller than this (in samples) are logos or specks, not scans of a page.
    private const int MinImageSide = 300;

    // A text line's box (ascender to descender) is about this many font sizes high.
    private const double LineBoxEm = 1.15;

    /// <summary>
    /// Fills <paramref name="content"/>'s words from the page's largest image; returns false when the
    /// page has no image that can be decoded for OCR.
    /// </summary>
    /// <exception cref="OcrException">The engine failed on the image.</exception>
    public static bool Read(Page page, PdfPageContent content, IPageOcr ocr, CancellationToken cancellationToken)
    {
        IPdfImage? scan = null;
        var area = 0.0;
        foreach (var image in page.GetImages())
        {
            var box = image.BoundingBox;
            var a = Math.Abs(box.Width * box.Height);
            if (a > area && image.WidthInSamples >= MinImageSide && image.HeightInSamples >= MinImageSide)
            {
                (scan, area) = (image, a);
            }
        }

        if (scan is null)
        {
            return false;
        }

        ReadOnlyMemory<byte> bytes;
        string extension;
        if (scan.TryGetPng(out var png))
        {
            (bytes, extension) = (png, ".png");
        }
        else if (scan.RawMemory.Span is [0xFF, 0xD8, ..])
        {
            (bytes, extension) = (scan.RawMemory, ".jpg");
        }
        else
        {
            return false;
        }

        var words = ocr.Recognize(bytes, extension, cancellationToken);
        Place(words, scan.BoundingBox.Left, scan.BoundingBox.Top, scan.BoundingBox.Width / scan.WidthInSamples, scan.BoundingBox.Height / scan.HeightInSamples, content);
        content.Ocr = content.HasText;
        return true;
    }

    /// <summary>
    /// Turns OCR words (pixels, y down) into page words (points, y up). A line's words share one
    /// baseline and one size: the page's usual line height, unless the line is clearly taller (a
    /// heading), because box heights vary with ascenders and descenders and would otherwise make
    /// every other line a heading.
    /// </summary>
    internal static void Place(IReadOnlyList<OcrWord> words, double left, double top, double scaleX, double scaleY, PdfPageContent content)
    {
        var lines = new Dictionary<int, (int Top, int Bottom)>();
        foreach (var w in words)
        {
            lines[w.Line] = lines.TryGetValue(w.Line, out var l)
                ? (Math.Min(l.Top, w.Top), Math.Max(l.Bottom, w.Top + w.Height))
                : (w.Top, w.Top + w.Height);
        }

        if (lines.Count == 0)
        {
            return;
        }

        var heights = lines.Values.Select(l => l.Bottom - l.Top).Order().ToList();
        var usual = Math.Max(heights[heights.Count / 2], 1);
        var started = new HashSet<int>();
        foreach (var w in words)
        {
            var text = PdfPageExtractor.Clean(w.Text);
            if (text.Length == 0)
            {
                continue;
            }

            if (text.Length == 1 && IsBulletMisread(text[0]) && !started.Contains(w.Line))
            {
                // OCR reads a bullet as whatever symbol it resembles; at the start of a line it is a bullet.
                text = "•";
            }

            started.Add(w.Line);
            var (lineTop, lineBottom) = lines[w.Line];
            var height = lineBottom - lineTop;
            var sizePx = (height > 1.4 * usual ? height : usual) / LineBoxEm;
            var baseline = top - ((lineBottom - (0.2 * sizePx)) * scaleY);
            content.Words.Add(new PdfWord(
                text,
                left + (w.Left * scaleX),
                left + ((w.Left + w.Width) * scaleX),
                top - ((w.Top + w.Height) * scaleY),
                top - (w.Top * scaleY),
                baseline,
                sizePx * scaleY,
                Bold: false));
            content.HasText = true;
        }
    }

    private static bool IsBulletMisread(char c) => c is '*' or '¢' or '®' or '«' or '»' or '°' or '·' or '•' or '©' or '@';
}
