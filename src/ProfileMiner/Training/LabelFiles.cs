using System.Collections.Immutable;
using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Training;

/// <summary>
/// Reads theme labels in GUIDE.md's <c>themes.jsonl</c> format: one JSON object a line with
/// <c>text</c> and <c>themes</c> (one to three ids), and optionally <c>doc</c> and <c>council</c>.
/// Rows with a <c>doc</c> are grouped by section for cross-validation; rows without (text written for
/// training) are only ever trained on. Bad lines are skipped with a diagnostic naming file and line.
/// </summary>
public static class LabelFiles
{
    /// <summary>The file-name ending of theme label files in a labels folder.</summary>
    public const string ThemeSuffix = ".themes.jsonl";

    /// <summary>The file-name ending of claim label files (<c>sentence</c>, <c>type</c> or <c>none</c>).</summary>
    public const string ClaimSuffix = ".claims.jsonl";

    /// <summary>Reads one theme label file.</summary>
    public static IReadOnlyList<ThemeExample> ReadThemes(string path, ThemeCatalogue catalogue, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var name = Path.GetFileName(path);
        var result = new List<ThemeExample>();
        foreach (var (row, line) in Rows(path, diagnostics))
        {
            var text = row.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrWhiteSpace(text) || !row.TryGetProperty("themes", out var themes) || themes.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(Bad(name, line, "needs \"text\" and a \"themes\" array"));
                continue;
            }

            var ids = new List<string>();
            foreach (var theme in themes.EnumerateArray())
            {
                var id = theme.ValueKind == JsonValueKind.String ? theme.GetString() ?? string.Empty : theme.GetRawText();
                if (catalogue.IndexOf(id) < 0)
                {
                    diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownLabel, $"'{id}' is not a theme of THEMES.md; label skipped", new Provenance(name, null, line, 0, 0)));
                }
                else if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            if (ids.Count == 0)
            {
                continue;
            }

            var doc = Str(row, "doc");
            var passage = new ThemePassage(text)
            {
                Heading = Str(row, "heading") ?? string.Empty,
                Previous = Str(row, "previous") ?? string.Empty,
                Next = Str(row, "next") ?? string.Empty,
                LeadIn = Str(row, "lead_in") ?? string.Empty,
            };
            result.Add(new ThemeExample(passage, [.. ids], doc is null ? null : doc + "|" + Council(Str(row, "council"), name, line, diagnostics), name) { Line = line });
        }

        return result;
    }

    /// <summary>Reads one claim label file: <c>sentence</c> (or <c>text</c>) and <c>type</c> (a claim type, or <c>none</c>).</summary>
    public static IReadOnlyList<ClaimExample> ReadClaims(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var name = Path.GetFileName(path);
        var result = new List<ClaimExample>();
        foreach (var (row, line) in Rows(path, diagnostics))
        {
            var text = Str(row, "sentence") ?? Str(row, "text");
            var type = Str(row, "type");
            if (string.IsNullOrWhiteSpace(text) || type is null)
            {
                diagnostics.Add(Bad(name, line, "needs \"sentence\" and \"type\""));
                continue;
            }

            if (!ClaimModel.Labels.Contains(type))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownLabel, $"'{type}' is not a claim type of GUIDE.md (or 'none'); skipped", new Provenance(name, null, line, 0, 0)));
                continue;
            }

            result.Add(new ClaimExample(text, type, null, name));
        }

        return result;
    }

    /// <summary>Every <c>*.themes.jsonl</c> (or <c>*.claims.jsonl</c>) file of a folder, in name order.</summary>
    public static ImmutableArray<string> Find(string folder, string suffix) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*" + suffix).Order(StringComparer.Ordinal)]
            : [];

    // At most this many bad lines of one file are reported one by one; the rest are counted in one line.
    private const int BadLinesShown = 5;

    private static IEnumerable<(JsonElement Row, int Line)> Rows(string path, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ReadFailed, $"cannot read the label file ({e.Message}); skipped", Provenance.ForFile(name)));
            yield break;
        }

        if (FileSniffer.Sniff(bytes) is ContentKind.Binary or ContentKind.Pdf)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BinaryFile, "the label file holds binary data, not JSON Lines text; skipped", Provenance.ForFile(name)));
            yield break;
        }

        var lines = FileSniffer.Decode(bytes, out var encoding, out var usedFallback).ReplaceLineEndings("\n").Split('\n');
        if (usedFallback)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.LegacyEncoding, $"the label file is not valid UTF-8; read as {encoding}", Provenance.ForFile(name)));
        }

        var bad = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            string? problem = null;
            JsonElement row = default;
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                row = document.RootElement.Clone();
                if (row.ValueKind != JsonValueKind.Object)
                {
                    problem = "not a JSON object";
                }
            }
            catch (JsonException e)
            {
                problem = $"not valid JSON ({e.Message})";
            }

            if (problem is null)
            {
                yield return (row, i + 1);
            }
            else if (++bad <= BadLinesShown)
            {
                diagnostics.Add(Bad(name, i + 1, problem));
            }
        }

        if (bad > BadLinesShown)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BadLabel, $"{bad - BadLinesShown} more lines that are not JSON objects; skipped", Provenance.ForFile(name)));
        }
    }

    // The canonical name of a label's council, as the document's sections carry it ("Blackburn" is
    // "Blackburn with Darwen"), so its passages are held out with their section and its weak labels.
    private static string? Council(string? council, string file, int line, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(council))
        {
            return council;
        }

        if (CouncilDirectory.Default.TryResolve(council, out var entry))
        {
            return entry.Name;
        }

        diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownLabel,
            $"'{council}' is not a council of the registry; the label is grouped under that name, apart from the document's own sections", new Provenance(file, null, line, 0, 0)));
        return council;
    }

    private static string? Str(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Diagnostic Bad(string file, int line, string problem) =>
        new(Severity.Error, DiagnosticCodes.BadLabel, $"label line {problem}; skipped", new Provenance(file, null, line, 0, 0));
}
