using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// The documents of <c>train</c>'s docs folder, each read and segmented once (on first use) for
/// both the theme and the claim training data.
/// </summary>
internal sealed class TrainingDocuments(string folder, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, SegmentedDocument?> _read = new(StringComparer.Ordinal);
    private readonly Pipeline.Pipeline _pipeline = new PipelineBuilder().Build();

    /// <summary>The folder read.</summary>
    public string Folder => folder;

    /// <summary>The document named <paramref name="name"/> (a file of the folder), or null when there is none or it cannot be read (reported).</summary>
    public SegmentedDocument? Get(string name)
    {
        if (!_read.TryGetValue(name, out var document))
        {
            var path = Path.Combine(folder, name);
            var source = File.Exists(path) ? _pipeline.Ingest(path, diagnostics) : null;
            document = source is null ? null : _pipeline.Segment(source, diagnostics);
            _read[name] = document;
        }

        return document;
    }

    /// <summary>Every text and Markdown document of the folder, by name (the PDFs of a corpus are made from the same texts).</summary>
    public IEnumerable<SegmentedDocument> Texts() =>
        (Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [])
            .Where(p => Path.GetExtension(p).ToLowerInvariant() is ".txt" or ".md" or ".markdown" or ".text")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(n => Get(n!)).OfType<SegmentedDocument>();
}
