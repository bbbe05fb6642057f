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
    /// <paramref name="key"/> (<c>doc</c> unless named), or throws one clear error naming the file and line.
    /// </summary>
    /// <exception cref="ProfileMinerException">The line is not such an object (PM1012).</exception>
    public static JsonElement ParseLine(string path, int number, string line, string key = "doc")
    {
        string problem;
        try
        {
            using var parsed = JsonDocument.Parse(line);
            var row = parsed.RootElement;
            if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return row.Clone();
            }

            problem = $"a JSON object with a \"{key}\" string";
        }
        catch (JsonException e)
        {
            problem = $"valid JSON ({e.Message})";
        }

        throw new ProfileMinerException([new Diagnostic(Severity.Error, DiagnosticCodes.BadJsonLine,
            $"the line is not {problem}; write the file again (for a run's outputs: 'profileminer run')", new Provenance(path, null, number, 0, 0))]);
    }

    /// <summary>
    /// The documents the gold gives one council only: covered whole, so a prediction there counts
    /// whatever council the run gave it (a real document whose council the run did not find is still scored).
    /// </summary>
    public static HashSet<string> WholeDocuments(IEnumerable<GoldItem> gold) =>
        gold.GroupBy(g => g.Doc, StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Council).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the item is one of <paramref name="councils"/> (always, when that is null).</summary>
    public bool Of(IReadOnlySet<string>? councils) => councils is null || (Council is { } c && councils.Contains(c));

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
    public static IReadOnlyList<GoldItem> Load(string path) => [.. Rows(path).Select(FromRow)];

    /// <summary>
    /// The rows of the JSON Lines file at <paramref name="path"/>, each an object with a string
    /// <paramref name="key"/> (none when the file does not exist; blank lines skipped).
    /// </summary>
    /// <exception cref="ProfileMinerException">A line is not such an object (PM1012, naming the file and line).</exception>
    public static IEnumerable<JsonElement> Rows(string path, string key = "doc")
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ParseLine(path, number, line, key);
            }
        }
    }
}
