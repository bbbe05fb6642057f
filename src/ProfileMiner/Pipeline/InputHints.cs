using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Pipeline;

/// <summary>
/// What the user said about the files of a run: the <see cref="DocumentManifest"/> files found in the
/// input folders (a deeper manifest wins over a shallower one) over <see cref="PipelineOptions.Council"/>
/// for every file.
/// </summary>
internal sealed class InputHints
{
    private readonly List<DocumentManifest> _manifests;
    private readonly DocumentHints? _default;

    private InputHints(List<DocumentManifest> manifests, DocumentHints? fallback)
    {
        _manifests = manifests;
        _default = fallback;
    }

    /// <summary>Finds the manifests under <paramref name="inputs"/> and resolves <paramref name="council"/> (given as <paramref name="origin"/> names it); unknown names are warnings.</summary>
    /// <exception cref="ProfileMinerException">A manifest cannot be read or has an unknown column.</exception>
    public static InputHints Create(IEnumerable<string> inputs, string? council, string origin, CouncilDirectory councils, DiagnosticBag diagnostics)
    {
        DocumentHints? fallback = null;
        if (!string.IsNullOrWhiteSpace(council))
        {
            var lookup = councils.Lookup(council);
            if (lookup.Warning is { } warning)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownCouncil, warning + "; kept as written", Provenance.ForFile(origin)));
            }

            fallback = new DocumentHints("option", origin) { Council = DocumentManifest.ToCouncil(lookup) };
        }

        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var path in Directory.EnumerateFiles(input, DocumentManifest.FileName, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }))
                {
                    paths.Add(Path.GetFullPath(path));
                }
            }
            else if (File.Exists(input) && Path.GetDirectoryName(Path.GetFullPath(input)) is { } folder && File.Exists(Path.Combine(folder, DocumentManifest.FileName)))
            {
                paths.Add(Path.Combine(folder, DocumentManifest.FileName));
            }
        }

        // Shallow first, so a deeper manifest is applied later and wins.
        var manifests = paths.OrderBy(p => p.Count(c => c is '/' or '\\')).Select(p => DocumentManifest.Load(p, councils, diagnostics)).ToList();
        return new InputHints(manifests, fallback);
    }

    /// <summary>What the user said about the file at <paramref name="path"/>, or null.</summary>
    public DocumentHints? For(string path)
    {
        var hints = _default;
        foreach (var manifest in _manifests)
        {
            hints = DocumentManifest.Merge(hints, manifest.HintsFor(path));
        }

        return hints;
    }
}
