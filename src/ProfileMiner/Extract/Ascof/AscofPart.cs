namespace ProfileMiner.Extract.Ascof;

/// <summary>One part of an ASCOF measure, as one edition of the framework spells it.</summary>
/// <param name="Code">The part's code in the roman style, e.g. <c>2C(ii)</c>.</param>
/// <param name="AsWritten">The edition's own spelling, e.g. <c>2C(2)</c> in 2015/16.</param>
/// <param name="Label">What the part counts, e.g. <c>attributable to adult social care</c>.</param>
public sealed record AscofPart(AscofCode Code, string AsWritten, string Label);
