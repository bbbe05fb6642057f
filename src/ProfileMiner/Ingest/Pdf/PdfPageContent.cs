namespace ProfileMiner.Ingest.Pdf;

/// <summary>What the reader keeps of one page after extraction: its words, small filled marks (drawn bullets) and horizontal rules.</summary>
internal sealed class PdfPageContent(int number, double width, double height)
{
    public int Number { get; } = number;

    public double Width { get; } = width;

    public double Height { get; } = height;

    /// <summary>Horizontal words, in content order.</summary>
    public List<PdfWord> Words { get; } = [];

    /// <summary>Small filled shapes that may be list bullets drawn as paths: (left, bottom, right, top).</summary>
    public List<(double Left, double Bottom, double Right, double Top)> Marks { get; } = [];

    /// <summary>Horizontal lines drawn on the page (table borders, rules): (left, right, y).</summary>
    public List<(double Left, double Right, double Y)> Rules { get; } = [];

    /// <summary>Words drawn invisibly (text rendering mode 3), as OCR layers over a scan are.</summary>
    public int HiddenWords { get; set; }

    /// <summary>True when the page draws at least one image (a scan, if it has no text).</summary>
    public bool HasImages { get; init; }

    /// <summary>Lines of page furniture removed from <see cref="Words"/>: running heads and footers, page numbers, contents entries.</summary>
    public int Furniture { get; set; }

    /// <summary>True when the words were read by OCR from the page's image (the page has no text layer).</summary>
    public bool Ocr { get; set; }

    /// <summary>True when the page has any text at all, including rotated text not kept in <see cref="Words"/>.</summary>
    public bool HasText { get; set; }
}
