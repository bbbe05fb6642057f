using System.Security.Cryptography;

namespace ProfileMiner.Ingest;

/// <summary>A file's bytes and what its content looks like, read once and handed to a reader.</summary>
public sealed class InputFile
{
    private InputFile(string path, byte[] bytes, ContentKind kind)
    {
        Path = path;
        Name = System.IO.Path.GetFileName(path);
        Bytes = bytes;
        Kind = kind;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The file name, used as the document id in every output.</summary>
    public string Name { get; }

    /// <summary>The file's bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>What the first bytes say the content is.</summary>
    public ContentKind Kind { get; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The lower-case extension with its dot, e.g. <c>.pdf</c>; empty when there is none.</summary>
    public string Extension => System.IO.Path.GetExtension(Name).ToLowerInvariant();

    /// <summary>Wraps bytes already in memory (tests, benchmarks).</summary>
    public static InputFile FromBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        return new InputFile(path, bytes, FileSniffer.Sniff(bytes));
    }

    /// <summary>Reads a file from disk.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static InputFile Read(string path) => FromBytes(path, File.ReadAllBytes(path));
}
