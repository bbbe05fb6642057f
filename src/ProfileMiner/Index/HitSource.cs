namespace ProfileMiner.Index;

/// <summary>Another place a hit's text stands: its document, page or line, and council.</summary>
/// <param name="Key">The passage's key, <c>file#block</c>.</param>
/// <param name="Doc">The document's file name.</param>
/// <param name="Page">1-based page (PDF).</param>
/// <param name="Line">1-based line (text).</param>
/// <param name="Council">The council.</param>
public sealed record HitSource(string Key, string Doc, int? Page, int? Line, string? Council);
