using System.Text.Json.Serialization;

namespace ProfileMiner.Index;

/// <summary>A passage a saved search found new at a run.</summary>
/// <param name="Key">The passage's key, <c>file#block</c>.</param>
/// <param name="Doc">The document's file name.</param>
/// <param name="Council">The council.</param>
/// <param name="Page">1-based page (PDF).</param>
/// <param name="Line">1-based line (text).</param>
/// <param name="Text">The passage's text.</param>
public sealed record SavedSearchHit(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("council")] string? Council,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("text")] string Text);
