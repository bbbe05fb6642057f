using System.Collections.Immutable;

namespace ProfileMiner.Extract.Ascof;

/// <summary>One edition of the framework: the measures in force from its financial year until the next edition.</summary>
/// <param name="Label">The financial year the edition starts, e.g. <c>2015/16</c>.</param>
/// <param name="FirstYear">The calendar year that financial year starts in (2015 for <c>2015/16</c>).</param>
/// <param name="Measures">Every measure in force, whole (no part), ordered by code; codes an edition left unchanged carry over from earlier editions.</param>
public sealed record AscofEdition(string Label, int FirstYear, ImmutableArray<AscofEntry> Measures);
