namespace ProfileMiner.Training;

/// <summary>
/// Splits labelled rows into k folds by group (a council section), so no section is both trained on
/// and scored: the largest groups are dealt out first, each to the fold with fewest rows so far.
/// Deterministic for the same groups.
/// </summary>
internal static class CrossValidation
{
    /// <summary>The fold (0 to k-1) of each group; a null group (written text) has no fold and is always trained on.</summary>
    public static Dictionary<string, int> Folds(IEnumerable<string?> groups, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var sizes = groups.OfType<string>().GroupBy(g => g, StringComparer.Ordinal)
            .Select(g => (Group: g.Key, Size: g.Count()))
            .OrderByDescending(g => g.Size).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        var load = new int[folds];
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (group, size) in sizes)
        {
            var fold = Array.IndexOf(load, load.Min());
            result[group] = fold;
            load[fold] += size;
        }

        return result;
    }

    /// <summary>How many folds run at once: <paramref name="parallelism"/>, or one a core when it is null.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is below 1.</exception>
    public static int Threads(int? parallelism)
    {
        if (parallelism is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(parallelism));
            return n;
        }

        return Environment.ProcessorCount;
    }
}
