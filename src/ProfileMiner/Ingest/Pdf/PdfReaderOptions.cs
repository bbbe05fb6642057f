namespace ProfileMiner.Ingest.Pdf;

/// <summary>Settings for <see cref="PdfDocumentReader"/>. Change them with <c>with</c>.</summary>
public sealed record PdfReaderOptions
{
    /// <summary>The settings used by <see cref="PdfDocumentReader.Default"/>.</summary>
    public static PdfReaderOptions Default { get; } = new();

    /// <summary>
    /// Most pages read from one file (default 5,000). Later pages are skipped with a warning, so a
    /// huge file cannot stall a run.
    /// </summary>
    public int MaxPages { get; init; } = 5000;

    /// <summary>
    /// The most bytes one page's content streams (with the forms it draws) may decode to; past it the
    /// page is skipped with a warning (PM1015) before PdfPig reads it. Real pages decode to kilobytes,
    /// a page of dense vector drawing to a few megabytes.
    /// </summary>
    public long MaxPageContentBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// The most letters one page may draw (each form counted as often as it is drawn); past it the
    /// page is skipped with a warning (PM1015). PdfPig keeps an object per letter; a dense page of
    /// text draws about 5,000.
    /// </summary>
    public long MaxPageLetters { get; init; } = 200_000;

    /// <summary>
    /// The most letters one file's pages may draw together; the pages past it are not read, with a
    /// warning (PM1015). A 300-page report of dense text draws about 1.5 million.
    /// </summary>
    public long MaxFileLetters { get; init; } = 4_000_000;

    /// <summary>
    /// The most look-back steps PdfPig's content parser may take on one page to recover from
    /// operators it cannot build (each looks back to the last end of a text object); past it the page
    /// is skipped with a warning (PM1015) before PdfPig reads it. Real pages take none or a few
    /// thousand; a damaged page of 16,000 broken operators in one text object took 1.4 billion, over 20 s.
    /// </summary>
    public long MaxPageParseSteps { get; init; } = 25_000_000;

    /// <summary>
    /// The most memory the glyph outlines of one embedded TrueType font may claim (PdfPig reads them
    /// all the first time it needs one glyph's bounds); past it the pages that use the font are
    /// skipped with a warning (PM1015). A real embedded font claims kilobytes to a few megabytes; a
    /// damaged one claimed 700 MB.
    /// </summary>
    public long MaxFontGlyphBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>
    /// Share of the page height at the top and at the bottom searched for running headers, footers
    /// and page numbers (default 0.08).
    /// </summary>
    public double HeaderFooterBand { get; init; } = 0.08;

    /// <summary>
    /// Share of the page height at the top and at the bottom where running lines and page numbers
    /// are still looked for beyond <see cref="HeaderFooterBand"/> (default 0.15), under stricter
    /// conditions: a repeated line must stand apart from the body by a blank line, a bare number must
    /// count with the pages ("2" on page 6, "3" on page 7, ...) on several pages.
    /// </summary>
    public double HeaderFooterOuterBand { get; init; } = 0.15;

    /// <summary>A line in the header or footer band repeated on at least this many pages is dropped (default 3).</summary>
    public int HeaderFooterMinPages { get; init; } = 3;

    /// <summary>A repeated header or footer line must also appear on at least this share of the pages that have text (default 0.3).</summary>
    public double HeaderFooterMinShare { get; init; } = 0.3;

    /// <summary>
    /// A short block whose font is at least this many times the body font size is a heading
    /// (default 1.12). Bold short lines at body size are headings too, one level below the smallest
    /// larger size.
    /// </summary>
    public double HeadingSizeRatio { get; init; } = 1.12;

    /// <summary>
    /// Narrowest gap between two text columns, in multiples of the font size (default 1.0). Wider gaps
    /// that run down the page split it into columns, read one after the other.
    /// </summary>
    public double ColumnGapEm { get; init; } = 1.0;

    /// <summary>
    /// Narrowest gap between two table cells on one line, in multiples of the font size (default 0.55;
    /// a word space is about 0.25-0.35).
    /// </summary>
    public double CellGapEm { get; init; } = 0.55;

    /// <summary>
    /// A page whose share of odd-looking words (letters mixed with stray symbols, as OCR leaves them:
    /// <c>C~</c>, <c>l|st</c>) reaches this value is reported as noisy (default 0.04).
    /// </summary>
    public double NoisyTokenShare { get; init; } = 0.04;

    /// <summary>
    /// The OCR engine for scanned pages (an image and no text layer); default
    /// <see cref="TesseractOcr.Default"/>, which reads them when Tesseract is installed. Null turns OCR
    /// off. Text read by OCR is marked as such and counts as unchecked OCR
    /// (<see cref="Model.SourceDocument.OcrPages"/>).
    /// </summary>
    public IPageOcr? Ocr { get; init; } = TesseractOcr.Default;

    /// <summary>Pages with fewer words than this are never reported as noisy (default 30).</summary>
    public int NoisyMinWords { get; init; } = 30;
}
