namespace ProfileMiner.Model;

/// <summary>
/// One number mention that GUIDE.md counts (<c>metrics.jsonl</c>). Field meanings follow GUIDE.md:
/// <see cref="Text"/> as written (<c>£673m</c>), <see cref="Value"/> normalised (673000000),
/// <see cref="Unit"/> one of <see cref="MetricUnits"/>, <see cref="Role"/> one of <see cref="MetricRoles"/>.
/// </summary>
public sealed record MetricMention : Extraction
{
    /// <summary>The number as written, with sign, currency and scale, without unit words.</summary>
    public required string Text { get; init; }

    /// <summary>The number, normalised (<c>£1.5m</c> → 1500000, <c>nine</c> → 9).</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit: <c>percent</c>, <c>gbp</c>, <c>per_100k</c>, <c>count</c>, ...</summary>
    public required string Unit { get; init; }

    /// <summary><c>value</c>, <c>comparator</c>, <c>target</c>, <c>previous</c> or <c>change</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Whose figure: <c>council</c>, <c>England</c>, <c>North West</c>, <c>region</c>, <c>peer group</c>, or a named body.</summary>
    public required string Scope { get; init; }

    /// <summary>Short lower-case noun phrase of what is measured.</summary>
    public required string Measure { get; init; }

    /// <summary>ASCOF code in the roman style (<c>2C(ii)</c>), or null.</summary>
    public string? Indicator { get; init; }

    /// <summary>The ASCOF edition the code was resolved through (e.g. <c>2015/16</c>), or null.</summary>
    public string? IndicatorEdition { get; init; }

    /// <summary>The period the figure belongs to, normalised <c>2015/16</c> or <c>2021</c>, or null.</summary>
    public string? Period { get; init; }
}
