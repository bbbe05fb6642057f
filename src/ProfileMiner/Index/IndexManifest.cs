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
    [JsonPropertyName(FormatName)]
    public int Format { get; init; }

    /// <summary>Number of passages (Lucene documents).</summary>
    [JsonPropertyName(PassagesName)]
    public int Passages { get; init; }

    /// <summary>Number of distinct passage texts (duplicate groups).</summary>
    [JsonPropertyName(GroupsName)]
    public int Groups { get; init; }

    /// <summary>Number of source documents.</summary>
    [JsonPropertyName(DocumentsName)]
    public int Documents { get; init; }

    /// <summary>The stemmer, lower case (<c>porter</c>, <c>kstem</c>, <c>minimal</c>, <c>none</c>).</summary>
    [JsonPropertyName(StemmerName)]
    public string Stemmer { get; init; } = "porter";

    /// <summary>Whether the synonym list was applied.</summary>
    [JsonPropertyName(SynonymsName)]
    public bool Synonyms { get; init; }

    /// <summary>
    /// A SHA-256 of everything the index was built from (passages, analysis, synonyms, library build);
    /// a run whose content has the same fingerprint keeps this index instead of rebuilding it.
    /// </summary>
    [JsonPropertyName(FingerprintName)]
    public string? Fingerprint { get; init; }

    /// <summary>When the index was built (UTC, ISO 8601).</summary>
    [JsonPropertyName(BuiltName)]
    public DateTimeOffset Built { get; init; }

    /// <summary>The analysis settings this manifest records.</summary>
    [JsonIgnore]
    public StemmerKind StemmerKind => Enum.TryParse<StemmerKind>(Stemmer, ignoreCase: true, out var kind) ? kind : StemmerKind.Porter;

    private const string FormatName = "format";
    private const string PassagesName = "passages";
    private const string GroupsName = "groups";
    private const string DocumentsName = "documents";
    private const string StemmerName = "stemmer";
    private const string SynonymsName = "synonyms";
    private const string FingerprintName = "fingerprint";
    private const string BuiltName = "built";

    /// <summary>Reads the manifest of an index folder; null when absent or unreadable.</summary>
    /// <remarks>
    /// Read with a plain JSON reader, not the serializer: a one-shot search reads it, and setting up the
    /// serializer cost more than the search. Unknown properties are passed over, as the serializer did.
    /// </remarks>
    public static IndexManifest? Read(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static IndexManifest? Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var manifest = new IndexManifest();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            manifest = name switch
            {
                FormatName => manifest with { Format = reader.GetInt32() },
                PassagesName => manifest with { Passages = reader.GetInt32() },
                GroupsName => manifest with { Groups = reader.GetInt32() },
                DocumentsName => manifest with { Documents = reader.GetInt32() },
                StemmerName => manifest with { Stemmer = reader.GetString() ?? "porter" },
                SynonymsName => manifest with { Synonyms = reader.GetBoolean() },
                FingerprintName => manifest with { Fingerprint = reader.GetString() },
                BuiltName => manifest with { Built = reader.GetDateTimeOffset() },
                _ => manifest,
            };
            reader.Skip();
        }

        return reader.TokenType == JsonTokenType.EndObject ? manifest : null;
    }

    internal void Write(string indexFolder) =>
        File.WriteAllText(Path.Combine(indexFolder, FileName), JsonSerializer.Serialize(this, IndexManifestJson.Default.IndexManifest));
}

/// <summary>The manifest's JSON, generated at build time: a one-shot <c>search</c> reads it without building serializers by reflection.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IndexManifest))]
internal sealed partial class IndexManifestJson : JsonSerializerContext;
