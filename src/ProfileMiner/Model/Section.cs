namespace ProfileMiner.Model;

/// <summary>
/// A run of consecutive blocks about one council: a council's part of a regional profile, or the
/// whole of a single-council document. Blocks before the first council heading (title, contents)
/// form a section with no council.
/// </summary>
/// <param name="Index">0-based position in the document.</param>
/// <param name="Council">The council, or null for front matter.</param>
/// <param name="FirstBlock">Index of the section's first block in <see cref="SourceDocument.Blocks"/>.</param>
/// <param name="BlockCount">Number of blocks.</param>
public sealed record Section(int Index, Council? Council, int FirstBlock, int BlockCount)
{
    /// <summary>Index one past the section's last block.</summary>
    public int EndBlock => FirstBlock + BlockCount;

    /// <summary>
    /// When the section's text stands elsewhere too, the id of the copy shown instead
    /// (<c>file#index</c>); null when this section is the one shown.
    /// </summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The id other outputs use for this section: <c>file#index</c>.</summary>
    public string Id(string file) => $"{file}#{Index}";
}
