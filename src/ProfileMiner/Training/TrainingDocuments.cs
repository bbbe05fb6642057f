using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Training;

/// <summary>
/// The documents <c>train</c> reads: the docs folder and the folders of the real gold, each
/// document read and segmented once (on first use) for both the theme and the claim training data.
/// A name is looked up in the folders in order (the first folder that holds it wins).
/// </summary>
internal sealed class TrainingDocuments
{
    private readonly Dictionary<string, SegmentedDocument?> _read = new(StringComparer.Ordinal);
    private readonly Pipeline.Pipeline _pipeline = new PipelineBuilder().Build();
    private readonly IReadOnlyList<(string Folder, Func<string, bool>? Include)> _folders;
    private readonly DiagnosticBag _diagnostics;

    public TrainingDocuments(string folder, DiagnosticBag diagnostics)
        : this([(folder, null)], diagnostics)
    {
    }

    /// <summary>The documents of <paramref name="folders"/>: of each, the files its filter includes (all without one).</summary>
    public TrainingDocuments(IReadOnlyList<(string Folder, Func<string, bool>? Include)> folders, DiagnosticBag diagnostics)
    {
        ArgumentOutOfRangeException.ThrowIfZero(folders.Count, nameof(folders));
        _folders = folders;
        _diagnostics = diagnostics;
    }

    /// <summary>The folders read, as a message names them.</summary>
    public string Folder => string.Join(" and ", _folders.Select(f => f.Folder).Distinct(StringComparer.Ordinal));

    /// <summary>Whether a folder holds a document named <paramref name="name"/>.</summary>
    public bool Contains(string name) => PathOf(name) is not null;

    /// <summary>The document named <paramref name="name"/> (a file of a folder), or null when there is none or it cannot be read (reported).</summary>
    public SegmentedDocument? Get(string name)
    {
        if (!_read.TryGetValue(name, out var document))
        {
            var path = PathOf(name);
            var source = path is null ? null : _pipeline.Ingest(path, _diagnostics);
            document = source is null ? null : _pipeline.Segment(source, _diagnostics);
            _read[name] = document;
        }

        return document;
    }

    /// <summary>Every text and Markdown document of the folders, by name (the PDFs of a corpus are made from the same texts).</summary>
    public IEnumerable<SegmentedDocument> Texts() =>
        _folders.SelectMany(f => (Directory.Exists(f.Folder) ? Directory.EnumerateFiles(f.Folder) : []).Select(Path.GetFileName).OfType<string>().Where(n => f.Include?.Invoke(n) ?? true))
            .Where(n => Path.GetExtension(n).ToLowerInvariant() is ".txt" or ".md" or ".markdown" or ".text")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(Get).OfType<SegmentedDocument>();

    private string? PathOf(string name) =>
        _folders.Where(f => f.Include?.Invoke(name) ?? true).Select(f => Path.Combine(f.Folder, name)).FirstOrDefault(File.Exists);
}
