using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.IO;
using ProfileMiner.Model;

namespace ProfileMiner.Pipeline;

/// <summary>
/// Keeps each document's extractions under <c>&lt;out&gt;/.cache/extract/</c>, keyed by what they
/// depend on: the file's SHA-256 and name, its segmentation (councils, sections, near-duplicate
/// marks, kind, period, issuer, topics, which other files of the run can change), the library's
/// build and every extractor's <see cref="Extract.IExtractor.Version"/> (the models' SHA-256). An
/// unchanged document is not extracted again; a changed file, model or build re-extracts only what
/// it touches. The diagnostics of the extraction are kept with it and replayed.
/// </summary>
internal sealed class ExtractionCache
{
    private static readonly string s_build = typeof(ExtractionCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };
    private readonly string _folder;
    private readonly string _extractors;

    /// <summary>A cache in <paramref name="folder"/> for the extractors whose versions are <paramref name="extractorVersions"/>, in order.</summary>
    public ExtractionCache(string folder, IEnumerable<string> extractorVersions)
    {
        _folder = folder;
        _extractors = string.Join("\n", extractorVersions);
    }

    /// <summary>The key of <paramref name="document"/>'s extractions: a SHA-256 over everything they depend on.</summary>
    public string Key(SegmentedDocument document)
    {
        var segmentation = JsonSerializer.Serialize(new
        {
            document.Kind,
            document.Period,
            document.Title,
            document.MeetingDate,
            document.Issuer,
            document.Sections,
            document.DuplicateOf,
            document.Topics,
        }, s_json);
        var text = string.Join("\n", s_build, _extractors, document.Source.Sha256, document.Source.File, segmentation);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public bool TryGet(string key, out ImmutableArray<Extraction> extractions, out ImmutableArray<Diagnostic> diagnostics)
    {
        extractions = [];
        diagnostics = [];
        var path = EntryPath(key);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var entry = JsonSerializer.Deserialize<Entry>(stream, s_json);
            if (entry is null || !string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return false;
            }

            extractions = entry.Extractions;
            diagnostics = entry.Diagnostics;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged entry only costs the time to extract again.
            return false;
        }
    }

    public void Put(string key, ImmutableArray<Extraction> extractions, IEnumerable<Diagnostic> diagnostics)
    {
        try
        {
            var entry = new Entry(key, extractions, [.. diagnostics]);
            AtomicFile.Write(EntryPath(key), stream => JsonSerializer.Serialize(stream, entry, s_json));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; a run without it is still correct.
        }
    }

    private string EntryPath(string key) => Path.Combine(_folder, key + ".json");

    private sealed record Entry(string Key, ImmutableArray<Extraction> Extractions, ImmutableArray<Diagnostic> Diagnostics);
}
