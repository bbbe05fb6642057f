using System.Text.Json.Serialization;

namespace ProfileMiner.Index;

/// <summary>A stored search: its query and filters, the texts it has already shown, and what was new at the last run.</summary>
public sealed record SavedSearch
{
    /// <summary>The name it was saved under.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The query, in Lucene syntax.</summary>
    [JsonPropertyName("query")]
    public string Query { get; init; } = string.Empty;

    /// <summary>Council filter.</summary>
    [JsonPropertyName("councils")]
    public IReadOnlyList<string> Councils { get; init; } = [];

    /// <summary>Region filter.</summary>
    [JsonPropertyName("regions")]
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Theme filter.</summary>
    [JsonPropertyName("themes")]
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Document kind filter.</summary>
    [JsonPropertyName("kinds")]
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Document filter.</summary>
    [JsonPropertyName("docs")]
    public IReadOnlyList<string> Docs { get; init; } = [];

    /// <summary>Year filter.</summary>
    [JsonPropertyName("years")]
    public IReadOnlyList<string> Years { get; init; } = [];

    /// <summary>When it was saved (UTC).</summary>
    [JsonPropertyName("saved")]
    public DateTimeOffset Saved { get; init; }

    /// <summary>When a run last checked it (UTC).</summary>
    [JsonPropertyName("last_run")]
    public DateTimeOffset? LastRun { get; init; }

    /// <summary>Duplicate groups (text hashes) of every passage it has found so far.</summary>
    [JsonPropertyName("seen")]
    public IReadOnlyList<string> Seen { get; init; } = [];

    /// <summary>The passages that were new at the last run.</summary>
    [JsonPropertyName("new")]
    public IReadOnlyList<SavedSearchHit> New { get; init; } = [];

    /// <summary>The search this describes.</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Councils = Councils,
        Regions = Regions,
        Themes = Themes,
        Kinds = Kinds,
        Docs = Docs,
        Years = Years,
        Top = 1000,
    };
}
