using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Extract;

/// <summary>
/// Finds facts in a segmented document. Rule and model extractors sit side by side behind this
/// interface; each result carries the extractor's id, so outputs and <c>eval</c> can tell them apart.
/// </summary>
public interface IExtractor
{
    /// <summary>A stable id, e.g. <c>metrics.rules</c>, written to every result.</summary>
    string Id { get; }

    /// <summary>
    /// What the extractor's results depend on besides the document and the library's build: its id,
    /// and the SHA-256 of a model it loads from disk. A run keeps each document's extractions keyed by
    /// this, so a changed model re-extracts every document and an unchanged one none.
    /// </summary>
    string Version => Id;

    /// <summary>Returns the facts of <paramref name="document"/>; never throws for odd text.</summary>
    IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics);
}
