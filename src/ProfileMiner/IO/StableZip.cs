using System.IO.Compression;

namespace ProfileMiner.IO;

/// <summary>
/// Writes a zip whose bytes depend only on its entries' names and contents: every entry carries the
/// same fixed time stamp. ML.NET stamps each entry of a saved model with the time of saving, so the
/// same model saved twice would otherwise differ byte for byte.
/// </summary>
internal static class StableZip
{
    /// <summary>The time stamp every entry carries.</summary>
    public static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Runs <paramref name="writeZip"/> into memory, then copies the zip it wrote to <paramref name="target"/> entry by entry, in the same order, with <see cref="Stamp"/>;
    /// <paramref name="addEntries"/>, when given, then adds entries of its own (with <see cref="AddEntry"/>).
    /// </summary>
    public static void Write(Stream target, Action<Stream> writeZip, Action<ZipArchive>? addEntries = null)
    {
        using var buffer = new MemoryStream();
        writeZip(buffer);
        buffer.Position = 0;
        using var source = new ZipArchive(buffer, ZipArchiveMode.Read);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            using var from = entry.Open();
            AddEntry(output, entry.FullName, from.CopyTo);
        }

        addEntries?.Invoke(output);
    }

    /// <summary>Adds an entry named <paramref name="name"/> with <see cref="Stamp"/>, its content written by <paramref name="write"/>.</summary>
    public static void AddEntry(ZipArchive archive, string name, Action<Stream> write)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        byte[] bytes;
        using (var part = new MemoryStream())
        {
            write(part);
            bytes = part.ToArray();
        }

        using var content = entry.Open();
        content.Write(bytes);
    }
}
