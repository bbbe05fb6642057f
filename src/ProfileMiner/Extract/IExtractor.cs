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

    /// <summary>Returns the facts of <paramref name="document"/>; never throws for odd text.</summary>
    IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics);
}
