using System.Collections.Immutable;
using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.IO;
using ProfileMiner.Model;

namespace ProfileMiner.Pipeline;

/// <summary>
/// Keeps parsed documents under <c>&lt;out&gt;/.cache/ingest/</c>, keyed by the file's SHA-256 and the
/// library build, so unchanged inputs are not parsed again. The diagnostics of the first parse are
/// stored with the document and replayed, so a cached run reports the same warnings.
/// </summary>
internal sealed class IngestCache(string folder)
{
    private static readonly string s_build = typeof(IngestCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };

    public bool TryGet(string sha256, string file, string path, out SourceDocument? document, out ImmutableArray<Diagnostic> diagnostics)
    {
        document = null;
        diagnostics = [];
        var entryPath = EntryPath(sha256, file);
        if (!File.Exists(entryPath))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(entryPath);
            var entry = JsonSerializer.Deserialize<Entry>(stream, s_json);
            if (entry is null || !string.Equals(entry.Document.File, file, StringComparison.Ordinal))
            {
                return false;
            }

            document = entry.Document with { Path = path };
            diagnostics = entry.Diagnostics;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged cache entry is not the user's problem: parse the file again.
            return false;
        }
    }

    public void Put(SourceDocument document, IEnumerable<Diagnostic> diagnostics)
    {
        var entry = new Entry(document, [.. diagnostics]);
        AtomicFile.Write(EntryPath(document.Sha256, document.File), stream => JsonSerializer.Serialize(stream, entry, s_json));
    }

    // The name is part of the key because provenance cites it: the same bytes under two names are two entries.
    private string EntryPath(string sha256, string file) =>
        Path.Combine(folder, $"{sha256}.{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(file)))[..8]}.{s_build}.json");

    private sealed record Entry(SourceDocument Document, ImmutableArray<Diagnostic> Diagnostics);
}
