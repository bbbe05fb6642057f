namespace ProfileMiner.Export;

/// <summary>One row of the <c>metrics</c> table: a metric mention in long form, with its council, document and provenance.</summary>
public sealed record MetricRow
{
    /// <summary>Row number, 1-based, in document and text order.</summary>
    public required int Id { get; init; }

    /// <summary>Council, document, provenance and extractor.</summary>
    public required ExtractionPlace Place { get; init; }

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

    /// <summary>The section id (<c>file#index</c>), or null with <see cref="ExtractionPlace.Block"/>.</summary>
    public string? SectionId { get; init; }

    /// <summary>The sentence the number stands in.</summary>
    public required string Sentence { get; init; }

    /// <summary>The extractor's confidence, 0 to 1.</summary>
    public required double Confidence { get; init; }
}
