using System.Text.Json;

namespace ProfileMiner.Eval;

/// <summary>One row of a gold or output JSON Lines file, as the scorer sees it.</summary>
internal sealed record GoldItem(string Doc, string? Council, int? Line, string Sentence, JsonElement Row)
{
    public string? Get(string field) =>
        Row.TryGetProperty(field, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        } : null;

    public decimal? Number(string field) =>
        Row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    /// <summary>The item of one JSON object (<c>doc</c>, <c>council</c>, <c>line</c>, <c>sentence</c> or <c>text</c>).</summary>
    public static GoldItem FromRow(JsonElement row) => new(
        row.GetProperty("doc").GetString() ?? string.Empty,
        row.TryGetProperty("council", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
        row.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null,
        row.TryGetProperty("sentence", out var s) ? s.GetString() ?? string.Empty : row.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty,
        row);

    public static IReadOnlyList<GoldItem> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var items = new List<GoldItem>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = FromRow(JsonDocument.Parse(line).RootElement.Clone());
            items.Add(item);
        }

        return items;
    }
}
