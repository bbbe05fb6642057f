namespace ProfileMiner.IO;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a part:
/// the content goes to a hidden temporary file beside the target, which is then moved over it.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any failure the temp file is deleted and the target is untouched.</summary>
    /// <exception cref="IOException">The file could not be written or moved into place.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = TempPathFor(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The temporary name used while <paramref name="fullPath"/> is written: <c>.name.&lt;guid&gt;.tmp</c>.</summary>
    public static string TempPathFor(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        return Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
    }
}
