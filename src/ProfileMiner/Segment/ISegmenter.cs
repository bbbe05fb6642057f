using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>Splits a document into council sections and detects its kind, title and period.</summary>
public interface ISegmenter
{
    /// <summary>Segments <paramref name="document"/>; unknown council names become warnings, never exceptions.</summary>
    SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics);

    /// <summary>
    /// Segments <paramref name="document"/> with what the user said about it (a manifest row,
    /// <c>--council</c>), which outweighs what the text suggests. The default ignores the hints'
    /// council and applies their kind and period.
    /// </summary>
    SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics, DocumentHints? hints)
    {
        var segmented = Segment(document, diagnostics);
        return hints is null ? segmented : segmented with { Kind = hints.Kind ?? segmented.Kind, Period = hints.Period ?? segmented.Period };
    }
}
