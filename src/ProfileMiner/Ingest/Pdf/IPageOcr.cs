namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Reads the words of a page image (a scanned page with no text layer). The default is
/// <see cref="TesseractOcr"/>, which runs the Tesseract program when it is installed.
/// Implementations must be safe to call from several threads at once.
/// </summary>
public interface IPageOcr
{
    /// <summary>The engine's name as diagnostics show it, e.g. <c>tesseract</c>.</summary>
    string Name { get; }

    /// <summary>True when the engine can run here (for Tesseract: the program is on the PATH).</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// Returns the words found in <paramref name="image"/> (PNG or JPEG bytes, as
    /// <paramref name="extension"/> says: <c>.png</c>, <c>.jpg</c>), in pixels from the image's top left
    /// corner, in reading order; an empty list when the image holds no text.
    /// </summary>
    /// <exception cref="OcrException">The engine failed or timed out on this image.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    IReadOnlyList<OcrWord> Recognize(ReadOnlyMemory<byte> image, string extension, CancellationToken cancellationToken);
}
