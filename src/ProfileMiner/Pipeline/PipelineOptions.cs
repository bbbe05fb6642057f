namespace ProfileMiner.Pipeline;

/// <summary>Settings for a whole run; change them with <c>with</c>.</summary>
public sealed record PipelineOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static PipelineOptions Default { get; } = new();

    /// <summary>Ingest settings.</summary>
    public IngestOptions Ingest { get; init; } = IngestOptions.Default;

    /// <summary>Documents processed at once. Default: the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
