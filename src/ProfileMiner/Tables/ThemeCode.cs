namespace ProfileMiner.Tables;

/// <summary>One theme of the codebook: its id (used in data), its name, and what falls under it.</summary>
/// <param name="Id">The id, e.g. <c>carers</c>.</param>
/// <param name="Name">The name, e.g. <c>Carers</c>.</param>
/// <param name="Covers">What falls under it, as THEMES.md says.</param>
public sealed record ThemeCode(string Id, string Name, string Covers);
