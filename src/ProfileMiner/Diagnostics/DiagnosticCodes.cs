namespace ProfileMiner.Diagnostics;

/// <summary>
/// Stable diagnostic codes, grouped by stage: PM1xxx ingest, PM2xxx segment, PM6xxx output,
/// PM9xxx internal. The README lists them.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The path given does not exist.</summary>
    public const string PathNotFound = "PM1001";

    /// <summary>The PDF is encrypted and cannot be read without a password.</summary>
    public const string PdfEncrypted = "PM1002";

    /// <summary>The PDF is truncated or corrupt.</summary>
    public const string PdfCorrupt = "PM1003";

    /// <summary>The file is empty (zero bytes, or no text at all).</summary>
    public const string EmptyFile = "PM1004";

    /// <summary>The file holds binary data that no reader accepts.</summary>
    public const string BinaryFile = "PM1005";

    /// <summary>The text is not valid UTF-8 and was decoded as Windows-1252.</summary>
    public const string LegacyEncoding = "PM1006";

    /// <summary>A PDF page has no text layer (a scan); OCR is not available.</summary>
    public const string NoTextLayer = "PM1007";

    /// <summary>A folder holds no file any reader accepts.</summary>
    public const string NoReadableFiles = "PM1008";

    /// <summary>The file is larger than the configured limit.</summary>
    public const string FileTooLarge = "PM1009";

    /// <summary>The file could not be opened or read (permissions, I/O).</summary>
    public const string ReadFailed = "PM1010";

    /// <summary>A PDF page's text looks like a noisy OCR layer.</summary>
    public const string NoisyText = "PM1011";

    /// <summary>A council name was not found in the registry; kept as written.</summary>
    public const string UnknownCouncil = "PM2001";

    /// <summary>The document is a near-duplicate of another document.</summary>
    public const string DuplicateDocument = "PM2002";

    /// <summary>A line of a label file is not valid JSON or lacks its text or labels; skipped.</summary>
    public const string BadLabel = "PM3001";

    /// <summary>A label names a theme or claim type that does not exist; that label is skipped.</summary>
    public const string UnknownLabel = "PM3002";

    /// <summary>A trained model file cannot be read (missing, corrupt, or made for other themes).</summary>
    public const string ModelUnreadable = "PM3003";

    /// <summary>No trained model was found; the rule extractors run alone.</summary>
    public const string ModelMissing = "PM3004";

    /// <summary>Too few labelled examples to train or cross-validate a model.</summary>
    public const string TooFewLabels = "PM3005";

    /// <summary>An output file could not be written.</summary>
    public const string OutputFailed = "PM6001";

    /// <summary>An unexpected failure while processing one document; the run went on.</summary>
    public const string InternalError = "PM9001";
}
