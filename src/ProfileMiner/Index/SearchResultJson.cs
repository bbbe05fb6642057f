using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProfileMiner.Index;

/// <summary>
/// Writes a <see cref="SearchResult"/> as one JSON object: <c>{"total": N, "passages": N, "query": "...",
/// "words": [...], "required_words": N, "relaxed": N (plain queries only),
/// "hits": [...], "facets": {"council": {"Bury": 3, ...}, ...}}</c>, each hit with <c>key</c>, <c>doc</c>, <c>title</c>, <c>path</c>, <c>link</c>,
/// <c>council</c>, <c>gss_code</c>, <c>region</c>, <c>kind</c>, <c>period</c>, <c>heading</c>, <c>page</c>,
/// <c>line</c>, <c>text</c>, <c>snippet</c>, <c>marks</c>, <c>score</c>, <c>themes</c> and <c>also_in</c>.
/// </summary>
public static class SearchResultJson
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The result as a JSON string.</summary>
    public static string Serialize(SearchResult result)
    {
        using var stream = new MemoryStream();
        Write(stream, result);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(Stream stream, SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new Utf8JsonWriter(stream, s_options);
        writer.WriteStartObject();
        writer.WriteNumber("total", result.Total);
        writer.WriteNumber("passages", result.Passages);
        writer.WriteString("query", result.ParsedQuery);
        if (result.Words > 0)
        {
            writer.WriteStartArray("words");
            foreach (var word in result.ExpectedWords)
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
            writer.WriteNumber("required_words", result.RequiredWords);
            writer.WriteNumber("relaxed", result.Relaxed);
        }

        writer.WriteStartArray("hits");
        foreach (var hit in result.Hits)
        {
            WriteHit(writer, hit);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("facets");
        foreach (var (facet, counts) in result.Facets)
        {
            writer.WriteStartObject(facet);
            foreach (var count in counts)
            {
                writer.WriteNumber(count.Value, count.Count);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes one hit as a JSON object.</summary>
    public static void WriteHit(Utf8JsonWriter writer, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(hit);
        writer.WriteStartObject();
        writer.WriteString("key", hit.Key);
        writer.WriteString("doc", hit.Doc);
        writer.WriteString("title", hit.Title);
        writer.WriteString("path", hit.SourcePath);
        writer.WriteString("link", hit.Link);
        writer.WriteString("council", hit.Council);
        writer.WriteString("gss_code", hit.GssCode);
        writer.WriteString("region", hit.Region);
        writer.WriteString("kind", hit.Kind);
        writer.WriteString("period", hit.Period);
        writer.WriteString("heading", hit.Heading);
        WriteNumber(writer, "page", hit.Page);
        WriteNumber(writer, "line", hit.Line);
        writer.WriteString("text", hit.Text);
        writer.WriteString("snippet", hit.Snippet);
        writer.WriteStartArray("marks");
        foreach (var (start, end) in hit.Marks)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(start);
            writer.WriteNumberValue(end);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteNumber("score", Math.Round(hit.Score, 4));
        writer.WriteStartArray("themes");
        foreach (var theme in hit.Themes)
        {
            writer.WriteStringValue(theme);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("also_in");
        foreach (var other in hit.AlsoIn)
        {
            writer.WriteStartObject();
            writer.WriteString("key", other.Key);
            writer.WriteString("doc", other.Doc);
            WriteNumber(writer, "page", other.Page);
            WriteNumber(writer, "line", other.Line);
            writer.WriteString("council", other.Council);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
