using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.IO;

namespace ProfileMiner.Index;

/// <summary>
/// The saved searches of an output folder (<c>OUT/saved-searches.json</c>). Saving a search records
/// what it finds now; each run then reports, per saved search, the passages whose text it had not
/// found before, and remembers them.
/// </summary>
public sealed class SavedSearchStore
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "saved-searches.json";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Creates a store over the file at <paramref name="path"/> (which may not exist yet).</summary>
    public SavedSearchStore(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The saved searches file of an output folder.</summary>
    public static string PathFor(string outputFolder) => System.IO.Path.Combine(outputFolder, FileName);

    /// <summary>The saved searches, in the order they were saved.</summary>
    /// <exception cref="ProfileMinerException">The file is not valid (PM4006).</exception>
    public IReadOnlyList<SavedSearch> Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<SavedSearch>>(File.ReadAllText(Path), s_json) ?? [];
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ProfileMinerException(DiagnosticCodes.SavedSearchInvalid, $"{FileName}: cannot read the saved searches ({e.Message.Split('\n')[0]})");
        }
    }

    /// <summary>Saves (or replaces) a search under <paramref name="name"/>, marking what it finds in <paramref name="index"/> now as seen.</summary>
    /// <returns>The number of passages it finds now.</returns>
    public int Save(string name, SearchRequest request, SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(index);
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl))
        {
            throw new ProfileMinerException(DiagnosticCodes.SavedSearchInvalid, "a saved search needs a name (letters, digits, spaces)");
        }

        var search = new SavedSearch
        {
            Name = name.Trim(),
            Query = request.Query,
            Councils = request.Councils,
            Regions = request.Regions,
            Themes = request.Themes,
            Kinds = request.Kinds,
            Docs = request.Docs,
            Years = request.Years,
            Saved = DateTimeOffset.UtcNow,
        };

        var found = index.GroupsOf(search.ToRequest());
        search = search with { Seen = [.. found.Select(f => f.Group).Distinct(StringComparer.Ordinal)] };
        var all = Load().Where(s => !string.Equals(s.Name, search.Name, StringComparison.OrdinalIgnoreCase)).Append(search).ToList();
        Write(all);
        return found.Count;
    }

    /// <summary>Removes a saved search; false when there was none of that name.</summary>
    public bool Remove(string name)
    {
        var all = Load().ToList();
        var removed = all.RemoveAll(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) > 0;
        if (removed)
        {
            Write(all);
        }

        return removed;
    }

    /// <summary>Runs every saved search against <paramref name="index"/>, records what is new since the last run, and returns each search with its news.</summary>
    public IReadOnlyList<SavedSearch> Refresh(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var now = DateTimeOffset.UtcNow;
        var refreshed = new List<SavedSearch>();
        foreach (var search in Load())
        {
            var seen = search.Seen.ToHashSet(StringComparer.Ordinal);
            var found = index.GroupsOf(search.ToRequest());
            var fresh = found.Where(f => !seen.Contains(f.Group))
                .Select(f => new SavedSearchHit(f.Hit.Key, f.Hit.Doc, f.Hit.Council, f.Hit.Page, f.Hit.Line, f.Hit.Text))
                .ToList();
            refreshed.Add(search with
            {
                LastRun = now,
                Seen = [.. search.Seen.Concat(found.Select(f => f.Group)).Distinct(StringComparer.Ordinal)],
                New = fresh,
            });
        }

        Write(refreshed);
        return refreshed;
    }

    private void Write(IReadOnlyList<SavedSearch> searches) =>
        AtomicFile.Write(Path, stream => JsonSerializer.Serialize(stream, searches, s_json));
}
