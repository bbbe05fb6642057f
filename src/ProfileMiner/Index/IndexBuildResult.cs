namespace ProfileMiner.Index;

/// <summary>What building an index did.</summary>
/// <param name="Passages">Passages indexed.</param>
/// <param name="Bytes">Size of the index folder on disk.</param>
/// <param name="Elapsed">Time taken, from passages to the swapped-in folder.</param>
public sealed record IndexBuildResult(int Passages, long Bytes, TimeSpan Elapsed)
{
    /// <summary>True when the index already there was built from the same content and kept.</summary>
    public bool Unchanged { get; init; }
}
