using System.Collections.Immutable;

namespace ProfileMiner.Segment;

/// <summary>One row of the council registry (<c>Resources/councils.tsv</c>).</summary>
/// <param name="Name">Canonical short name, as ONS writes it (e.g. <c>Blackburn with Darwen</c>).</param>
/// <param name="GssCode">ONS GSS code (E06 unitary, E08 metropolitan, E09 London borough, E10 county).</param>
/// <param name="Region">One of the nine English regions.</param>
/// <param name="Type"><c>county</c>, <c>unitary</c>, <c>metropolitan</c> or <c>london</c>.</param>
/// <param name="Status"><c>current</c>, or e.g. <c>abolished 2023</c> for councils older documents still name.</param>
/// <param name="Aliases">Other spellings documents use (<c>Blackburn &amp; Darwen</c>, <c>St. Helens</c>, <c>LCC</c>).</param>
public sealed record CouncilEntry(string Name, string GssCode, string Region, string Type, string Status, ImmutableArray<string> Aliases)
{
    /// <summary>True for a council that exists today.</summary>
    public bool IsCurrent => Status.Equals("current", StringComparison.Ordinal);
}
