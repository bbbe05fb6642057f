namespace ProfileMiner.Tables;

/// <summary>
/// Where an exported metric, claim or theme stands and who found it: the columns the
/// <c>metrics</c>, <c>claims</c> and <c>themes</c> tables share.
/// </summary>
public sealed record ExtractionPlace
{
    /// <summary>The council, or null.</summary>
    public string? Council { get; init; }

    /// <summary>The council's ONS GSS code, or null.</summary>
    public string? GssCode { get; init; }

    /// <summary>The council's region, or null.</summary>
    public string? Region { get; init; }

    /// <summary>The document's file name.</summary>
    public required string Document { get; init; }

    /// <summary>The document id (<c>documents.id</c>).</summary>
    public required string DocId { get; init; }

    /// <summary>The document kind.</summary>
    public required string Kind { get; init; }

    /// <summary>1-based page (PDF), or null.</summary>
    public int? Page { get; init; }

    /// <summary>1-based line (text), or null.</summary>
    public int? Line { get; init; }

    /// <summary>Offset of the extracted span (number, claim or passage) in the document's normalised text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the span.</summary>
    public required int End { get; init; }

    /// <summary>The passage (block index) the span stands in, or null when no block of the document holds it.</summary>
    public int? Block { get; init; }

    /// <summary>The extractor's id (<c>metrics.rules</c>, <c>themes.combined</c>, ...).</summary>
    public required string Extractor { get; init; }

    /// <summary><c>adult_social_care</c>, or <c>other</c> for a passage about the council's other business.</summary>
    public required string Topic { get; init; }

    /// <summary>When the passage's text is shown elsewhere, that section's id.</summary>
    public string? DuplicateOf { get; init; }
}
