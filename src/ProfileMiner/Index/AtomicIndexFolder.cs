namespace ProfileMiner.Index;

/// <summary>
/// Builds an index in a hidden sibling folder and swaps it in, so a reader sees the old index or the
/// complete new one: a run stopped part way leaves the old index (and at most a temp folder, removed next time).
/// </summary>
internal static class AtomicIndexFolder
{
    private const string TempPrefix = ".index-build-";
    private const string OldPrefix = ".index-old-";

    /// <summary>Builds into a temp folder through <paramref name="build"/>, then replaces <paramref name="target"/> with it.</summary>
    public static void Replace(string target, Action<string> build)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        Recover(full);
        var temp = Path.Combine(parent, TempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            build(temp);
            string? old = null;
            if (Directory.Exists(full))
            {
                old = Path.Combine(parent, OldPrefix + Guid.NewGuid().ToString("N"));
                Directory.Move(full, old);
            }

            Directory.Move(temp, full);
            if (old is not null)
            {
                TryDelete(old);
            }
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>
    /// Restores an index left aside by a swap that was stopped between its two moves, and removes
    /// builds that never finished.
    /// </summary>
    public static void Recover(string target)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var olds = Directory.EnumerateDirectories(parent, OldPrefix + "*").ToList();
        if (!Directory.Exists(full) && olds.Count > 0)
        {
            var newest = olds.OrderByDescending(Directory.GetLastWriteTimeUtc).First();
            Directory.Move(newest, full);
            olds.Remove(newest);
        }

        foreach (var stale in olds.Concat(Directory.EnumerateDirectories(parent, TempPrefix + "*")))
        {
            TryDelete(stale);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed on the next build.
        }
    }
}
