using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>
/// A heading, paragraph, list item or table row, with its provenance and sentences.
/// <see cref="Text"/> is normalised: whitespace folded to single spaces, Markdown emphasis and
/// HTML tags removed; a table row's text is its cells joined by <c>" | "</c> (GUIDE.md, "sentence").
/// </summary>
public sealed record TextBlock
{
    /// <summary>The structural role of the block.</summary>
    public required BlockKind Kind { get; init; }

    /// <summary>The normalised text; equal to <c>document.Text[Source.Start..Source.End]</c>.</summary>
    public required string Text { get; init; }

    /// <summary>File, page or line, and offsets into the document's normalised text.</summary>
    public required Provenance Source { get; init; }

    /// <summary>1 to 6 for headings; 0 for other blocks.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The cells of a table row; empty for other blocks.</summary>
    public ImmutableArray<string> Cells { get; init; } = [];

    /// <summary>For a table row, the 0-based index of its table within the document; -1 otherwise.</summary>
    public int TableIndex { get; init; } = -1;

    /// <summary>The block's sentences, in order, with offsets into the document's text.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
}
