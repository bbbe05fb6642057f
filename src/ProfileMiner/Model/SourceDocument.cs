using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>
/// A parsed input file: its normalised text and its blocks in reading order. Every later stage
/// cites blocks and sentences through their offsets into <see cref="Text"/>; nothing re-reads the file.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>The file's name, e.g. <c>001_791e1c115867365e.txt</c>; the <c>doc</c> field of every output.</summary>
    public required string File { get; init; }

    /// <summary>The path the file was read from, as given (relative paths stay relative).</summary>
    public required string Path { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The format the reader recognised.</summary>
    public required DocumentFormat Format { get; init; }

    /// <summary>The normalised text: the blocks' texts separated by blank lines.</summary>
    public required string Text { get; init; }

    /// <summary>The blocks in reading order.</summary>
    public required ImmutableArray<TextBlock> Blocks { get; init; }

    /// <summary>Number of pages (PDF) or null for text.</summary>
    public int? Pages { get; init; }

    /// <summary>
    /// The PDF pages whose text layer looks like unchecked OCR (stray symbols in words): what is
    /// extracted from them gets at most <see cref="Extraction.UncheckedOcrConfidence"/>.
    /// </summary>
    public ImmutableArray<int> UncheckedOcrPages { get; init; } = [];

    /// <summary>
    /// The PDF pages whose text was read by OCR from a scanned image (they are also in
    /// <see cref="UncheckedOcrPages"/>); their passages are marked <c>ocr</c>.
    /// </summary>
    public ImmutableArray<int> OcrPages { get; init; } = [];

    /// <summary>
    /// Lines of page furniture left out of the text, per page (index 0 is page 1): running heads and
    /// footers, page numbers, contents-page entries. Empty for text input.
    /// </summary>
    public ImmutableArray<int> PageFurniture { get; init; } = [];

    /// <summary>The file's own description of itself (a PDF's Title, Author, Subject); null for text or when absent.</summary>
    public DocumentMetadata? Metadata { get; init; }

    /// <summary>Size of the input in bytes.</summary>
    public long Bytes { get; init; }

    /// <summary>A stable id: 16 hex digits of SHA-256 over the file name and content hash, so a copy under another name has its own id (<c>documents.jsonl</c>'s <c>id</c>).</summary>
    public string StableId() =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(File + "\0" + Sha256)))[..16];

}
