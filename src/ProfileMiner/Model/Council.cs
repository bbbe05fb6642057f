namespace ProfileMiner.Model;

/// <summary>
/// A council as a document names it. <see cref="Known"/> councils come from the registry and carry
/// their canonical name, ONS GSS code and region; unknown names are kept as written, never dropped.
/// </summary>
/// <param name="Name">Canonical name (e.g. <c>St Helens</c>), or the name as written when unknown.</param>
/// <param name="GssCode">ONS GSS code (e.g. <c>E08000013</c>); null when unknown.</param>
/// <param name="Region">ONS region (e.g. <c>North West</c>); null when unknown.</param>
/// <param name="Known">True when the name was found in the registry.</param>
/// <param name="AsWritten">The spelling in the document (e.g. <c>ST. HELENS</c>).</param>
public sealed record Council(string Name, string? GssCode, string? Region, bool Known, string AsWritten);
