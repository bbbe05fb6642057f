namespace ProfileMiner.Export;

/// <summary>One row of the <c>metrics</c> table: a metric mention in long form, with its council, document and provenance.</summary>
public sealed record MetricRow
{
    /// <summary>Row number, 1-based, in document and text order.</summary>
    public required int Id { get; init; }

    /// <summary>The council the figure is about, or null.</summary>
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

    /// <summary>The period the figure belongs to, or null.</summary>
    public string? Period { get; init; }

    /// <summary>What is measured (short lower-case phrase).</summary>
    public required string Measure { get; init; }

    /// <summary>ASCOF code (roman style), or null.</summary>
    public string? Indicator { get; init; }

    /// <summary>The ASCOF edition the code was resolved through, or null.</summary>
    public string? IndicatorEdition { get; init; }

    /// <summary>The number as written (<c>£673m</c>).</summary>
    public required string Text { get; init; }

    /// <summary>The normalised number (673000000).</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit (<c>percent</c>, <c>gbp</c>, ...).</summary>
    public required string Unit { get; init; }

    /// <summary><c>value</c>, <c>comparator</c>, <c>target</c>, <c>previous</c> or <c>change</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Whose figure (<c>council</c>, <c>England</c>, ...).</summary>
    public required string Scope { get; init; }

    /// <summary>1-based page (PDF), or null.</summary>
    public int? Page { get; init; }

    /// <summary>1-based line (text), or null.</summary>
    public int? Line { get; init; }

    /// <summary>Offset of the number in the document's normalised text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the number.</summary>
    public required int End { get; init; }

    /// <summary>The passage (block index) the number stands in, or null when no block holds it.</summary>
    public int? Block { get; init; }

    /// <summary>The section id (<c>file#index</c>), or null with <see cref="Block"/>.</summary>
    public string? SectionId { get; init; }

    /// <summary>The sentence the number stands in.</summary>
    public required string Sentence { get; init; }

    /// <summary>The extractor's id (<c>metrics.rules</c>).</summary>
    public required string Extractor { get; init; }

    /// <summary>The extractor's confidence, 0 to 1.</summary>
    public required double Confidence { get; init; }

    /// <summary>When the passage's text is shown elsewhere, that section's id.</summary>
    public string? DuplicateOf { get; init; }
}
