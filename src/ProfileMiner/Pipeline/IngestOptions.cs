using System.Collections.Immutable;

namespace ProfileMiner.Pipeline;

/// <summary>Settings for the ingest stage.</summary>
public sealed record IngestOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>Extensions picked up when a folder is scanned (a file named explicitly is always tried; its reader is chosen by content). Default: .pdf .txt .md .markdown .text.</summary>
    public ImmutableArray<string> FolderExtensions { get; init; } = [".pdf", ".txt", ".md", ".markdown", ".text"];

    /// <summary>Files larger than this are skipped with an error. Default 256 MiB.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Reuse parsed documents from the output folder's cache when a file's SHA-256 is unchanged. Default true.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>
    /// The longest one file may take to read (and, separately, to have its figures, claims and themes
    /// found); past it the file is skipped with one line (PM1014) and the run goes on. Scanned pages
    /// read by OCR take seconds each, so the default leaves room for a long scanned report.
    /// </summary>
    public TimeSpan FileTimeLimit { get; init; } = TimeSpan.FromMinutes(5);
}
