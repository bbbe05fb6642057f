namespace ProfileMiner.Tables;

/// <summary>One row of the <c>documents</c> table: a document as <c>documents.jsonl</c> describes it, flattened.</summary>
public sealed record DocumentRow
{
    /// <summary>The document id (16 hex digits, as <c>documents.jsonl</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The file name, the <c>document</c> of every other table.</summary>
    public required string File { get; init; }

    /// <summary>The path the file was read from, with forward slashes.</summary>
    public required string Path { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file.</summary>
    public required string Sha256 { get; init; }

    /// <summary><c>pdf</c>, <c>markdown</c> or <c>text</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The document kind (<c>improvement_profile</c>, <c>committee_report</c>, ...).</summary>
    public required string Kind { get; init; }

    /// <summary>The title, when found.</summary>
    public string? Title { get; init; }

    /// <summary>The reporting period's label, when stated.</summary>
    public string? Period { get; init; }

    /// <summary>First day of the period (ISO date), or null.</summary>
    public string? PeriodStart { get; init; }

    /// <summary>Last day of the period (ISO date), or null.</summary>
    public string? PeriodEnd { get; init; }

    /// <summary>The councils of the document, in order, joined by <c>"; "</c>.</summary>
    public string? Councils { get; init; }

    /// <summary>Who wrote it: <c>council</c>, <c>health</c>, <c>government</c>, <c>charity</c>, <c>media</c>, <c>other</c> or <c>unknown</c> (<c>documents.jsonl</c>'s <c>issuer.kind</c>).</summary>
    public required string IssuerKind { get; init; }

    /// <summary>The council that wrote it, when a council did.</summary>
    public string? Issuer { get; init; }

    /// <summary>Number of pages (PDF), or null.</summary>
    public int? Pages { get; init; }

    /// <summary>Number of blocks (passages).</summary>
    public required int Blocks { get; init; }

    /// <summary>Lines of page furniture (running heads, page numbers, contents pages) left out of the passages, over all pages.</summary>
    public int Furniture { get; init; }

    /// <summary>Pages read by OCR (scans).</summary>
    public int OcrPages { get; init; }

    /// <summary>When the whole document is a near-duplicate, the file it duplicates.</summary>
    public string? DuplicateOf { get; init; }
}
