using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ProfileMiner.IO;

namespace ProfileMiner.Output;

/// <summary>
/// A run's outputs as one transaction. Everything a run writes goes into a new generation folder,
/// <c>.generations/.build-…</c>, which starts as a copy (hard links, so no bytes are copied) of the
/// current generation, so the outputs a run does not write (the index, when <c>ingest</c> runs) stay
/// as they were. When the run is done, the folder is named <c>.generations/g-…</c>, its manifest
/// <c>generation.json</c> lists every file with its SHA-256, and one atomic rename points the
/// symbolic link <c>.current</c> at it. The names a reader uses (<c>out/metrics.jsonl</c>,
/// <c>out/index/</c>, ...) are symbolic links through <c>.current</c>, so at every moment they all
/// show one generation: a run killed at any point leaves the previous generation whole, and a run
/// that finishes shows the new one whole.
/// <para>
/// Where symbolic links cannot be made (Windows without developer mode, some network shares), the
/// generation's entries are moved into the folder one by one after a journal (<c>.commit</c>) names
/// the generation; a run stopped during those moves has them finished by the next run, and until
/// then a reader may see a mix.
/// </para>
/// <para>
/// The caller holds the folder's <see cref="OutputLock"/> from <see cref="Begin"/> to <see cref="Commit"/>.
/// </para>
/// </summary>
public sealed class OutputGeneration : IDisposable
{
    /// <summary>The folder that holds the generations, inside the output folder.</summary>
    public const string GenerationsFolder = ".generations";

    /// <summary>The link naming the current generation.</summary>
    public const string CurrentLink = ".current";

    /// <summary>The manifest each generation holds.</summary>
    public const string ManifestName = "generation.json";

    /// <summary>
    /// Files that hold what the user keeps across runs rather than what a run made: they live in the
    /// output folder itself, are copied into a generation for its stages to read and update, and are
    /// moved back after the swap.
    /// </summary>
    public static readonly IReadOnlyList<string> StateFiles = ["saved-searches.json"];

    /// <summary>
    /// The names a run wrote straight into the output folder before generations existed; only these
    /// are taken into the first generation (an output folder may be a folder with other files in it).
    /// </summary>
    public static readonly IReadOnlyList<string> LooseOutputNames =
        ["documents.jsonl", "passages.jsonl", "metrics.jsonl", "claims.jsonl", "themes.jsonl", "models-used.json", "index", "report", "export", ManifestName];

    private const string BuildPrefix = ".build-";
    private const string TrashPrefix = ".trash-";
    private const string JournalName = ".commit";

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly string _root;
    private readonly string _generations;
    private readonly bool _links;
    private bool _committed;

    private OutputGeneration(string root, string folder, bool links)
    {
        _root = root;
        _generations = Path.Combine(root, GenerationsFolder);
        Folder = folder;
        _links = links;
    }

    /// <summary>The folder this run writes into (the new generation, not yet visible).</summary>
    public string Folder { get; }

    /// <summary>The generation's id once committed (<c>g-20250107T101500123-ab12cd</c>).</summary>
    public string? Id { get; private set; }

    /// <summary>
    /// Starts a new generation in <paramref name="outputFolder"/>: finishes or clears what a stopped
    /// run left, moves outputs written before generations existed into one, and copies the current
    /// generation into the new folder.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be prepared.</exception>
    public static OutputGeneration Begin(string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var root = Path.GetFullPath(outputFolder);
        var generations = Path.Combine(root, GenerationsFolder);
        Directory.CreateDirectory(generations);
        var links = SupportsLinks(generations);
        Recover(root, links);
        if (links)
        {
            AdoptLooseOutputs(root);
        }

        var folder = Path.Combine(generations, BuildPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var current = links ? CurrentFolder(root) : null;
        if (current is not null)
        {
            CopyTree(current, folder, skip: name => name == ManifestName);
        }
        else if (!links)
        {
            // Without links the outputs are the folder's own entries: those the last manifest names.
            foreach (var entry in OwnEntries(root))
            {
                if (Path.GetFileName(entry) != ManifestName)
                {
                    CopyEntry(entry, Path.Combine(folder, Path.GetFileName(entry)));
                }
            }
        }

        foreach (var state in StateFiles)
        {
            var path = Path.Combine(root, state);
            if (File.Exists(path))
            {
                File.Copy(path, Path.Combine(folder, state), overwrite: true);
            }
        }

        return new OutputGeneration(root, folder, links);
    }

    /// <summary>The path a reader uses for <paramref name="pathInGeneration"/>: the same path under the output folder.</summary>
    public string PublicPath(string pathInGeneration)
    {
        ArgumentNullException.ThrowIfNull(pathInGeneration);
        var full = Path.GetFullPath(pathInGeneration);
        return full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == Folder
            ? Path.Combine(_root, Path.GetRelativePath(Folder, full))
            : full;
    }

    /// <summary>
    /// Makes the generation the current one: writes its manifest, names its folder, swaps the
    /// <c>.current</c> link (the one moment the outputs change, all at once), links any new top-level
    /// name, moves the state files back and removes the older generations.
    /// </summary>
    /// <exception cref="IOException">The generation could not be swapped in; the previous one is still current.</exception>
    public void Commit(int documents, int files)
    {
        if (_committed)
        {
            throw new InvalidOperationException("the generation is already committed");
        }

        var stamp = DateTimeOffset.UtcNow;
        var id = string.Create(CultureInfo.InvariantCulture, $"g-{stamp:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}")[..33];
        WriteManifest(id, stamp, documents, files);
        var final = Path.Combine(_generations, id);
        Directory.Move(Folder, final);
        _committed = true;
        Id = id;
        if (_links)
        {
            SwapCurrent(_root, id);
            LinkEntries(_root, final);
            MoveStateBack(_root, final);
        }
        else
        {
            AtomicFile.Write(Path.Combine(_root, JournalName), stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(id)));
            MoveIn(_root, final);
        }

        Clean(_root, keep: _links ? id : null);
    }

    /// <summary>Removes the unfinished generation when the run did not commit it.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(Folder);
        }
    }

    /// <summary>The current generation's folder, or null when the output folder has none yet.</summary>
    public static string? CurrentFolder(string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var link = new FileInfo(Path.Combine(Path.GetFullPath(outputFolder), CurrentLink));
        if (link.LinkTarget is not { } target)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(link.DirectoryName!, target));
        return Directory.Exists(folder) ? folder : null;
    }

    private void WriteManifest(string id, DateTimeOffset stamp, int documents, int files)
    {
        var entries = new List<ManifestFile>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == ManifestName || StateFiles.Contains(relative))
            {
                continue;
            }

            using var stream = File.OpenRead(file);
            entries.Add(new ManifestFile(relative, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream))));
        }

        var manifest = new Manifest(id, stamp, documents, files, entries);
        AtomicFile.Write(Path.Combine(Folder, ManifestName), stream => JsonSerializer.Serialize(stream, manifest, s_json));
    }

    /// <summary>Reads a generation's manifest (<c>generation.json</c>); null when missing or unreadable.</summary>
    public static Manifest? ReadManifest(string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        try
        {
            return JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(outputFolder, ManifestName)), s_json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static bool SupportsLinks(string generations)
    {
        if (OperatingSystem.IsWindows())
        {
            // Linking folders there needs directory links, and renaming one over another is not atomic.
            return false;
        }

        var probe = Path.Combine(generations, ".link-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.CreateSymbolicLink(probe, ".");
            File.Delete(probe);
            return !ForceMoves;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static readonly AsyncLocal<bool> s_forceMoves = new();

    /// <summary>For tests: behave as on a file system without symbolic links (in this async flow only).</summary>
    internal static bool ForceMoves
    {
        get => s_forceMoves.Value;
        set => s_forceMoves.Value = value;
    }

    /// <summary>Points <c>.current</c> at generation <paramref name="id"/> with one rename of a new link over the old.</summary>
    private static void SwapCurrent(string root, string id)
    {
        var temp = Path.Combine(root, $"{CurrentLink}.{Guid.NewGuid():N}");
        File.CreateSymbolicLink(temp, Path.Combine(GenerationsFolder, id));
        try
        {
            NativeMethods.Rename(temp, Path.Combine(root, CurrentLink));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Makes each top-level name of the generation a link through <c>.current</c>; drops links to names it no longer has.</summary>
    private static void LinkEntries(string root, string generation)
    {
        var names = Entries(generation).Select(Path.GetFileName).OfType<string>()
            .Where(n => !StateFiles.Contains(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var path = Path.Combine(root, name);
            var want = Path.Combine(CurrentLink, name);
            var info = new FileInfo(path);
            if (info.LinkTarget == want)
            {
                continue;
            }

            var temp = Path.Combine(root, $".{name}.{Guid.NewGuid():N}.link");
            File.CreateSymbolicLink(temp, want);
            if (info.LinkTarget is null && Directory.Exists(path))
            {
                // A real folder (written before generations existed) cannot be renamed over; set it aside.
                Directory.Move(path, Path.Combine(root, GenerationsFolder, TrashPrefix + Guid.NewGuid().ToString("N")));
            }

            NativeMethods.Rename(temp, path);
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            var info = new FileInfo(entry);
            if (info.LinkTarget is { } target && target.StartsWith(CurrentLink + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !names.Contains(Path.GetFileName(entry)))
            {
                File.Delete(entry);
            }
        }
    }

    private static void MoveStateBack(string root, string generation)
    {
        foreach (var state in StateFiles)
        {
            var inside = Path.Combine(generation, state);
            if (File.Exists(inside))
            {
                NativeMethods.Rename(inside, Path.Combine(root, state));
            }
        }
    }

    /// <summary>
    /// Before generations: the outputs were the folder's own files and folders. They become the first
    /// generation, entry by entry, each step safe to repeat if this is stopped part way.
    /// </summary>
    private static void AdoptLooseOutputs(string root)
    {
        var loose = OwnEntries(root).Where(e => new FileInfo(e).LinkTarget is null).ToList();
        if (loose.Count == 0)
        {
            return;
        }

        var current = CurrentFolder(root);
        if (current is null)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"g-{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff}-adopted");
            current = Path.Combine(root, GenerationsFolder, id);
            Directory.CreateDirectory(current);
            SwapCurrent(root, id);
        }

        foreach (var entry in loose)
        {
            var name = Path.GetFileName(entry);
            var inside = Path.Combine(current, name);
            var temp = Path.Combine(root, $".{name}.{Guid.NewGuid():N}.link");
            if (File.Exists(entry))
            {
                if (File.Exists(inside))
                {
                    File.Delete(inside);
                }

                CopyEntry(entry, inside);
                File.CreateSymbolicLink(temp, Path.Combine(CurrentLink, name));
                NativeMethods.Rename(temp, entry);
            }
            else
            {
                if (Directory.Exists(inside))
                {
                    Directory.Delete(inside, recursive: true);
                }

                Directory.Move(entry, inside);
                File.CreateSymbolicLink(temp, Path.Combine(CurrentLink, name));
                NativeMethods.Rename(temp, entry);
            }
        }
    }

    /// <summary>Finishes a journalled move-in that was stopped, and removes unfinished builds.</summary>
    private static void Recover(string root, bool links)
    {
        var journal = Path.Combine(root, JournalName);
        if (File.Exists(journal))
        {
            var id = File.ReadAllText(journal).Trim();
            var generation = Path.Combine(root, GenerationsFolder, id);
            if (!links && id.Length > 0 && Directory.Exists(generation))
            {
                MoveIn(root, generation);
            }

            File.Delete(journal);
        }

        Clean(root, keep: links ? CurrentName(root) : null);
    }

    private static string? CurrentName(string root) => CurrentFolder(root) is { } folder ? Path.GetFileName(folder) : null;

    /// <summary>Without links: each entry of the generation replaces the folder's own, files by one rename each.</summary>
    private static void MoveIn(string root, string generation)
    {
        foreach (var entry in Entries(generation).Where(e => Path.GetFileName(e) != ManifestName).Append(Path.Combine(generation, ManifestName)))
        {
            var target = Path.Combine(root, Path.GetFileName(entry));
            if (File.Exists(entry))
            {
                NativeMethods.Rename(entry, target);
            }
            else if (Directory.Exists(entry))
            {
                if (Directory.Exists(target))
                {
                    Directory.Move(target, Path.Combine(root, GenerationsFolder, TrashPrefix + Guid.NewGuid().ToString("N")));
                }

                Directory.Move(entry, target);
            }
        }

        File.Delete(Path.Combine(root, JournalName));
    }

    /// <summary>Removes every generation but <paramref name="keep"/>, unfinished builds and set-aside folders; what cannot be removed now is removed next time.</summary>
    private static void Clean(string root, string? keep)
    {
        var generations = Path.Combine(root, GenerationsFolder);
        if (!Directory.Exists(generations))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(generations))
        {
            var name = Path.GetFileName(folder);
            if (name != keep)
            {
                TryDelete(folder);
            }
        }

        // Links made for a rename that was stopped before it (file patterns would also match .current itself).
        foreach (var stray in Directory.EnumerateFileSystemEntries(root).Where(e => Path.GetFileName(e) is var name
            && ((name.StartsWith('.') && name.EndsWith(".link", StringComparison.Ordinal)) || name.StartsWith(CurrentLink + ".", StringComparison.Ordinal))))
        {
            TryDeleteFile(stray);
        }
    }

    /// <summary>
    /// The entries of the output folder that are outputs: the top-level names its manifest lists
    /// (written by the last run without links) and the names runs wrote before generations.
    /// </summary>
    private static List<string> OwnEntries(string root)
    {
        var names = new HashSet<string>(LooseOutputNames, StringComparer.Ordinal);
        if (ReadManifest(root) is { } manifest)
        {
            names.UnionWith(manifest.Files.Select(f => f.Path.Split('/')[0]));
        }

        return [.. names.Select(n => Path.Combine(root, n)).Where(p => File.Exists(p) || Directory.Exists(p) || new FileInfo(p).LinkTarget is not null).Order(StringComparer.Ordinal)];
    }

    /// <summary>The entries of a generation folder: not hidden, not state files.</summary>
    private static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Where(e => Path.GetFileName(e) is { } name && !name.StartsWith('.') && !StateFiles.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void CopyTree(string from, string to, Func<string, bool> skip)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from))
        {
            var name = Path.GetFileName(entry);
            if (skip(name) || StateFiles.Contains(name))
            {
                continue;
            }

            CopyEntry(entry, Path.Combine(to, name));
        }
    }

    /// <summary>A file by hard link where the file system allows (no bytes copied; every writer replaces files by rename, never in place), else by copy.</summary>
    private static void CopyEntry(string from, string to)
    {
        if (Directory.Exists(from))
        {
            CopyTree(from, to, _ => false);
        }
        else if (!NativeMethods.TryHardLink(from, to))
        {
            File.Copy(from, to, overwrite: true);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A reader on Windows may hold a file open; removed by a later run.
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by a later run.
        }
    }

    /// <summary>What <c>generation.json</c> holds.</summary>
    /// <param name="Id">The generation's id, its folder's name.</param>
    /// <param name="Written">When the run finished writing it.</param>
    /// <param name="Documents">Documents the run read.</param>
    /// <param name="InputFiles">Input files it was given.</param>
    /// <param name="Files">Every output file, relative to the output folder, with its size and SHA-256.</param>
    public sealed record Manifest(string Id, DateTimeOffset Written, int Documents, int InputFiles, IReadOnlyList<ManifestFile> Files);

    /// <summary>One output file of a generation.</summary>
    /// <param name="Path">Relative to the output folder, with <c>/</c>.</param>
    /// <param name="Bytes">Its size.</param>
    /// <param name="Sha256">Its SHA-256, lower-case hex.</param>
    public sealed record ManifestFile(string Path, long Bytes, string Sha256);
}
