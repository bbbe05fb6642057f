using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

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

    /// <summary>
    /// Parses line <paramref name="number"/> of <paramref name="path"/> as a JSON object with a string
    /// <c>doc</c>, or throws one clear error naming the file and line.
    /// </summary>
    /// <exception cref="ProfileMinerException">The line is not such an object (PM1012).</exception>
    public static JsonElement ParseLine(string path, int number, string line)
    {
        string problem;
        try
        {
            using var parsed = JsonDocument.Parse(line);
            var row = parsed.RootElement;
            if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty("doc", out var doc) && doc.ValueKind == JsonValueKind.String)
            {
                return row.Clone();
            }

            problem = "a JSON object with a \"doc\" string";
        }
        catch (JsonException e)
        {
            problem = $"valid JSON ({e.Message})";
        }

        throw new ProfileMinerException([new Diagnostic(Severity.Error, DiagnosticCodes.BadJsonLine,
            $"the line is not {problem}; write the file again (for a run's outputs: 'profileminer run')", new Provenance(path, null, number, 0, 0))]);
    }

    /// <summary>The item of one JSON object (<c>doc</c>, <c>council</c>, <c>line</c>, <c>sentence</c> or <c>text</c>).</summary>
    public static GoldItem FromRow(JsonElement row) => new(
        row.GetProperty("doc").GetString() ?? string.Empty,
        row.TryGetProperty("council", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
        row.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null,
        row.TryGetProperty("sentence", out var s) ? s.GetString() ?? string.Empty : row.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty,
        row);

    /// <summary>
    /// The items of the JSON Lines file at <paramref name="path"/> (none when it does not exist).
    /// </summary>
    /// <exception cref="ProfileMinerException">A line is not a JSON object with a <c>doc</c> (PM1012, naming the file and line).</exception>
    public static IReadOnlyList<GoldItem> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var items = new List<GoldItem>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            items.Add(FromRow(ParseLine(path, number, line)));
        }

        return items;
    }
}
