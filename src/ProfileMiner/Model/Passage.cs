using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>
/// One block seen in its context: its document, council section and heading path. This is the unit
/// later stages cite (search hits, themes, quotes) and the row of <c>passages.jsonl</c>.
/// </summary>
public sealed record Passage
{
    /// <summary>The document's file name (the <c>doc</c> field).</summary>
    public required string Doc { get; init; }

    /// <summary>The section's council, or null for front matter.</summary>
    public Council? Council { get; init; }

    /// <summary>Headings above the block within its section, outermost first.</summary>
    public required ImmutableArray<string> HeadingPath { get; init; }

    /// <summary>The block itself.</summary>
    public required TextBlock Block { get; init; }

    /// <summary>Index of the block in the document.</summary>
    public required int BlockIndex { get; init; }

    /// <summary>The section's id (<c>file#index</c>).</summary>
    public required string SectionId { get; init; }

    /// <summary>True when the block's text was read by OCR from a scanned page (<see cref="SourceDocument.OcrPages"/>).</summary>
    public bool Ocr { get; init; }

    /// <summary>Whether the passage is about adult social care (<see cref="Model.Topic"/>).</summary>
    public Topic Topic { get; init; }

    /// <summary>When the section's text is shown elsewhere, that section's id.</summary>
    public string? DuplicateOf { get; init; }
}
