using ProfileMiner.Model;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>A block found on a page, before hyphen breaks are resolved and it is handed to <see cref="DocumentBuilder"/>.</summary>
internal sealed record PdfBlock(BlockKind Kind, string Text, int Page, int HeadingLevel = 0, IReadOnlyList<string>? Cells = null, int Table = -1)
{
    /// <summary>True for the first block read on its page.</summary>
    public bool FirstOnPage { get; init; }

    /// <summary>How many lines the block was drawn on.</summary>
    public int LineCount { get; init; } = 1;
}
