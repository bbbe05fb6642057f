namespace ProfileMiner.Index;

/// <summary>What building an index did.</summary>
/// <param name="Passages">Passages indexed.</param>
/// <param name="Bytes">Size of the index folder on disk.</param>
/// <param name="Elapsed">Time taken, from passages to the swapped-in folder.</param>
public sealed record IndexBuildResult(int Passages, long Bytes, TimeSpan Elapsed);
