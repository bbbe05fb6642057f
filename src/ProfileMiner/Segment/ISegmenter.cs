using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>Splits a document into council sections and detects its kind, title and period.</summary>
public interface ISegmenter
{
    /// <summary>Segments <paramref name="document"/>; unknown council names become warnings, never exceptions.</summary>
    SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics);
}
