using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Ingest;

/// <summary>
/// Turns one input file into a <see cref="SourceDocument"/>. Readers are tried in order and the first
/// whose <see cref="CanRead"/> accepts the content is used, so a new reader (HTML, DOCX) is added by
/// registering it, without touching the others.
/// </summary>
public interface IDocumentReader
{
    /// <summary>A short name for diagnostics and the <c>format</c> field.</summary>
    string Name { get; }

    /// <summary>True when this reader understands the file's content (decided from bytes, not only the name).</summary>
    bool CanRead(InputFile file);

    /// <summary>
    /// Reads the file. Problems with the input become diagnostics; returns null when nothing
    /// usable could be read (the reason is in <paramref name="diagnostics"/>).
    /// </summary>
    SourceDocument? Read(InputFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken = default);
}
