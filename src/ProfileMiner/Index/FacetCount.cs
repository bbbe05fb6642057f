namespace ProfileMiner.Index;

/// <summary>How many hits of a result set have one value of a facet.</summary>
/// <param name="Value">The value as stored (a council name, a theme id, a kind, a year).</param>
/// <param name="Count">Number of hits (duplicates counted once).</param>
public sealed record FacetCount(string Value, int Count);
