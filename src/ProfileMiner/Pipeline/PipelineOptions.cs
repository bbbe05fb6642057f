namespace ProfileMiner.Pipeline;

/// <summary>Settings for a whole run; change them with <c>with</c>.</summary>
public sealed record PipelineOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static PipelineOptions Default { get; } = new();

    /// <summary>Ingest settings.</summary>
    public IngestOptions Ingest { get; init; } = IngestOptions.Default;

    /// <summary>
    /// The council that wrote every document of the run, as the user typed it (<c>run --council</c>);
    /// a manifest row naming another issuer wins. Resolved through the registry; an unknown name is one
    /// warning naming the closest registry names. Default null: found from each document's evidence.
    /// </summary>
    public string? Council { get; init; }

    /// <summary>
    /// Where the user gave <see cref="Council"/>, as warnings and the issuer's evidence name it. Default
    /// "council option"; a command line names its flag (<c>--council</c>).
    /// </summary>
    public string CouncilOrigin { get; init; } = "council option";

    /// <summary>Documents processed at once. Default: the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// When another run holds the output folder's lock: true waits for it to finish, false (the
    /// default) refuses at once with PM6002.
    /// </summary>
    public bool WaitForOutputLock { get; init; }

    /// <summary>How long a file is read before progress names it as the file being read.</summary>
    public TimeSpan SlowFileAfter { get; init; } = TimeSpan.FromSeconds(3);
}
