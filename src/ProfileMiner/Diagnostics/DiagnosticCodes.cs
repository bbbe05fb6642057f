namespace ProfileMiner.Diagnostics;

/// <summary>
/// Stable diagnostic codes, grouped by stage: PM1xxx ingest, PM2xxx segment, PM3xxx labels, models and extraction, PM4xxx index and search,
/// PM5xxx report and templates, PM6xxx output (PM61xx exports), PM9xxx internal. docs/errors.md lists them.
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

    /// <summary>A PDF page has no text layer (a scan): read by OCR, or not read when OCR is not installed.</summary>
    public const string NoTextLayer = "PM1007";

    /// <summary>A folder holds no file any reader accepts.</summary>
    public const string NoReadableFiles = "PM1008";

    /// <summary>The file is larger than the configured limit.</summary>
    public const string FileTooLarge = "PM1009";

    /// <summary>The file could not be opened or read (permissions, I/O).</summary>
    public const string ReadFailed = "PM1010";

    /// <summary>A PDF page's text looks like a noisy OCR layer.</summary>
    public const string NoisyText = "PM1011";

    /// <summary>A line of a JSON Lines file read back (a run's output, a gold file) is not the JSON object it should be.</summary>
    public const string BadJsonLine = "PM1012";

    /// <summary>Markup nested deeper than the reader follows (Markdown lists, quotes or emphasis, HTML elements); that part read as plain text, the rest of the file as usual.</summary>
    public const string NestedTooDeep = "PM1013";

    /// <summary>Reading a file took longer than the per-file time limit; skipped.</summary>
    public const string FileTimeLimit = "PM1014";

    /// <summary>A PDF page (or the whole file) is over the reader's limits: content decoding past the memory limit, too many letters, broken operators too costly to parse, or a font claiming too much memory; that page (or file) skipped.</summary>
    public const string PdfMemoryLimit = "PM1015";

    /// <summary>A council name was not found in the registry; kept as written.</summary>
    public const string UnknownCouncil = "PM2001";

    /// <summary>The document is a near-duplicate of another document.</summary>
    public const string DuplicateDocument = "PM2002";

    /// <summary>A manifest (<c>profileminer.csv</c>) has an unknown column, or a row an unreadable value.</summary>
    public const string ManifestInvalid = "PM2003";

    /// <summary>A line of a label file is not valid JSON or lacks its text or labels; skipped.</summary>
    public const string BadLabel = "PM3001";

    /// <summary>A label names a theme or claim type that does not exist; that label is skipped.</summary>
    public const string UnknownLabel = "PM3002";

    /// <summary>A trained model file cannot be read (missing, corrupt, or made for other themes).</summary>
    public const string ModelUnreadable = "PM3003";

    /// <summary><c>eval</c> scores a claim model other than the one the run used (by the run's <c>models-used.json</c>).</summary>
    public const string ModelDiffers = "PM3004";

    /// <summary>Too few labelled examples to train or cross-validate a model.</summary>
    public const string TooFewLabels = "PM3005";

    /// <summary>A theme label names a document that is not in the training documents, or text not found in it; it is trained on without its context.</summary>
    public const string LabelNotInDocument = "PM3006";

    /// <summary>A figure too large to hold (over 10^28, as "£100000000000000000000bn"); that figure skipped, the others kept.</summary>
    public const string NumberTooLarge = "PM3101";

    /// <summary>The search synonym list is missing or has a malformed line.</summary>
    public const string SynonymListInvalid = "PM4001";

    /// <summary>A search query cannot be parsed (the message gives the position).</summary>
    public const string QueryInvalid = "PM4002";

    /// <summary>There is no search index in the output folder yet.</summary>
    public const string IndexMissing = "PM4003";

    /// <summary>The search index could not be built or replaced.</summary>
    public const string IndexFailed = "PM4004";

    /// <summary>A passage named for "more like this" or context is not in the index.</summary>
    public const string PassageNotFound = "PM4005";

    /// <summary>The saved searches file is unreadable, or a saved search is malformed.</summary>
    public const string SavedSearchInvalid = "PM4006";

    /// <summary>A search option has a value out of range (e.g. --top 0).</summary>
    public const string SearchOptionInvalid = "PM4007";

    /// <summary>A query too costly to run: too long, a regular expression or wildcard past its bounds, or over the time limit.</summary>
    public const string QueryTooCostly = "PM4008";

    /// <summary>A saved search found passages that are new since the last run.</summary>
    public const string SavedSearchNews = "PM4101";

    /// <summary>A report template does not parse; the message names its line and column.</summary>
    public const string TemplateParseError = "PM5001";

    /// <summary>A report template failed while rendering; the message names its line and column. No report was written.</summary>
    public const string TemplateRenderError = "PM5002";

    /// <summary>A report template file was not found.</summary>
    public const string TemplateNotFound = "PM5003";

    /// <summary>A report filter (<c>--council</c>, <c>--region</c>, <c>--theme</c>) matches nothing in the corpus.</summary>
    public const string ReportFilterMatchesNothing = "PM5004";

    /// <summary>An output file could not be written.</summary>
    public const string OutputFailed = "PM6001";

    /// <summary>Another run is writing to the output folder (its lock is held); this run refused, or waits with <c>--wait</c>.</summary>
    public const string OutputLocked = "PM6002";

    /// <summary>The outputs of a run could not be swapped in as a whole; the previous run's outputs are kept.</summary>
    public const string OutputSwapFailed = "PM6003";

    /// <summary>An extraction names a block its document does not have (kept without a block), or a document the run does not hold (left out).</summary>
    public const string ExportUnplaced = "PM6101";

    /// <summary>A theme id that the codebook (THEMES.md) does not list; exported under its id.</summary>
    public const string ExportUnknownTheme = "PM6102";

    /// <summary>Two input files with the same name and content; the export holds one.</summary>
    public const string ExportDuplicateDocument = "PM6103";

    /// <summary>An unexpected failure while processing one document; the run went on.</summary>
    public const string InternalError = "PM9001";
}
