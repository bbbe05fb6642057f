using System.Collections.Immutable;

namespace ProfileMiner.Extract.Ascof;

/// <summary>
/// An ASCOF measure, or one part of it, as one edition of the framework defines it: what
/// <see cref="AscofCatalogue"/> resolves a code or a measure phrase to.
/// </summary>
public sealed record AscofEntry
{
    /// <summary>The edition whose row defines the entry, as a financial year (<c>2015/16</c>); a measure an
    /// edition left unchanged keeps the edition that last defined it (1J in 2017/18 is 2016/17's).</summary>
    public required string Edition { get; init; }

    /// <summary>The code in the roman style: the measure's (<c>2C</c>) or, for a part, the part's (<c>2C(ii)</c>).</summary>
    public required AscofCode Code { get; init; }

    /// <summary>The measure's name in that edition.</summary>
    public required string Name { get; init; }

    /// <summary>For a part, what the part counts (<c>attributable to adult social care</c>); null for a whole measure.</summary>
    public string? PartLabel { get; init; }

    /// <summary>The measure's parts in that edition; empty when it has none.</summary>
    public ImmutableArray<AscofPart> Parts { get; init; } = [];

    /// <summary>For a measure renumbered in that edition, its earlier code (<c>2A(2)</c>), or <c>new</c>; otherwise null.</summary>
    public string? Formerly { get; init; }
}
