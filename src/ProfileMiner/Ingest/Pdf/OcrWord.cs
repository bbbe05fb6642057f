namespace ProfileMiner.Ingest.Pdf;

/// <summary>One word found by OCR on a page image, in pixels from the image's top left corner.</summary>
/// <param name="Text">The word as read.</param>
/// <param name="Left">Left edge, in pixels.</param>
/// <param name="Top">Top edge, in pixels (y grows downwards).</param>
/// <param name="Width">Width, in pixels.</param>
/// <param name="Height">Height, in pixels.</param>
/// <param name="Line">Identifies the word's text line: words with the same value were read as one line.</param>
/// <param name="Confidence">The engine's confidence, 0 to 100.</param>
public readonly record struct OcrWord(string Text, int Left, int Top, int Width, int Height, int Line, double Confidence);
