namespace ProfileMiner.Ingest;

/// <summary>What a file's first bytes say it holds, whatever its extension.</summary>
public enum ContentKind
{
    /// <summary>Zero bytes.</summary>
    Empty,

    /// <summary>Starts with a PDF header (<c>%PDF-</c>).</summary>
    Pdf,

    /// <summary>Decodes as text (UTF-8, UTF-16 with a byte-order mark, or Windows-1252).</summary>
    Text,

    /// <summary>Binary data: NUL bytes or many control characters.</summary>
    Binary,
}
