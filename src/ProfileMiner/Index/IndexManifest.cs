using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfileMiner.Index;

/// <summary>What an index holds and how it was analysed; written as <c>index.json</c> inside the index folder.</summary>
public sealed record IndexManifest
{
    /// <summary>The manifest's file name inside the index folder.</summary>
    public const string FileName = "index.json";

    /// <summary>The layout of the index's fields this build writes; an index of another layout is rebuilt, not read.</summary>
    public const int CurrentFormat = 4;

    /// <summary>The layout of the index's fields (<see cref="CurrentFormat"/> when written by this build; 0 when the manifest has none).</summary>
    [JsonPropertyName("format")]
    public int Format { get; init; }

    /// <summary>Number of passages (Lucene documents).</summary>
    [JsonPropertyName("passages")]
    public int Passages { get; init; }

    /// <summary>Number of distinct passage texts (duplicate groups).</summary>
    [JsonPropertyName("groups")]
    public int Groups { get; init; }

    /// <summary>Number of source documents.</summary>
    [JsonPropertyName("documents")]
    public int Documents { get; init; }

    /// <summary>The stemmer, lower case (<c>porter</c>, <c>kstem</c>, <c>minimal</c>, <c>none</c>).</summary>
    [JsonPropertyName("stemmer")]
    public string Stemmer { get; init; } = "porter";

    /// <summary>Whether the synonym list was applied.</summary>
    [JsonPropertyName("synonyms")]
    public bool Synonyms { get; init; }

    /// <summary>
    /// A SHA-256 of everything the index was built from (passages, analysis, synonyms, library build);
    /// a run whose content has the same fingerprint keeps this index instead of rebuilding it.
    /// </summary>
    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; init; }

    /// <summary>When the index was built (UTC, ISO 8601).</summary>
    [JsonPropertyName("built")]
    public DateTimeOffset Built { get; init; }

    /// <summary>The analysis settings this manifest records.</summary>
    [JsonIgnore]
    public StemmerKind StemmerKind => Enum.TryParse<StemmerKind>(Stemmer, ignoreCase: true, out var kind) ? kind : StemmerKind.Porter;

    /// <summary>Reads the manifest of an index folder; null when absent or unreadable.</summary>
    public static IndexManifest? Read(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), IndexManifestJson.Default.IndexManifest) : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal void Write(string indexFolder) =>
        File.WriteAllText(Path.Combine(indexFolder, FileName), JsonSerializer.Serialize(this, IndexManifestJson.Default.IndexManifest));
}

/// <summary>The manifest's JSON, generated at build time: a one-shot <c>search</c> reads it without building serializers by reflection.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IndexManifest))]
internal sealed partial class IndexManifestJson : JsonSerializerContext;
