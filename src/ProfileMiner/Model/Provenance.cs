namespace ProfileMiner.Model;

/// <summary>
/// Where a piece of text came from: the source file, its 1-based page (PDF) or 1-based line
/// (text and Markdown), and the half-open character range [<see cref="Start"/>, <see cref="End"/>)
/// into the document's normalised text (<see cref="SourceDocument.Text"/>).
/// </summary>
/// <param name="File">The source file's name (not its path), as other outputs cite it.</param>
/// <param name="Page">1-based page number for PDF input; null otherwise.</param>
/// <param name="Line">1-based line number for text input; null for PDF.</param>
/// <param name="Start">Offset of the first character in the normalised text.</param>
/// <param name="End">Offset one past the last character in the normalised text.</param>
public readonly record struct Provenance(string File, int? Page, int? Line, int Start, int End)
{
    /// <summary>The length of the range in characters.</summary>
    public int Length => End - Start;

    /// <summary>A location with only a file name, for diagnostics about a whole file.</summary>
    public static Provenance ForFile(string file) => new(file, null, null, 0, 0);

    /// <summary>A location on one page of a file, for diagnostics about a page.</summary>
    public static Provenance ForPage(string file, int page) => new(file, page, null, 0, 0);

    /// <summary>Formats as a compiler-style location: <c>file(p.3)</c>, <c>file(12)</c> or <c>file</c>.</summary>
    public override string ToString() =>
        Page is { } page ? $"{File}(p.{page})" : Line is { } line ? $"{File}({line})" : File;
}
