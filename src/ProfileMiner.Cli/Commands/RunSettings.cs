namespace ProfileMiner.Cli.Commands;

/// <summary>Parsed options of <c>run</c> and <c>ingest</c>.</summary>
internal sealed record RunSettings(IReadOnlyList<string> Inputs, string Output, bool UseCache, bool Json, bool Verbose, bool Strict, bool Extract = true)
{
    /// <summary>The council that wrote every file (<c>--council</c>), as typed; null to find it from each file.</summary>
    public string? Council { get; init; }

    /// <summary>Wait for another run writing to the same output folder instead of refusing.</summary>
    public bool Wait { get; init; }

    /// <summary>The most one file may take to read (and, apart, to have its extractions found).</summary>
    public TimeSpan FileTimeLimit { get; init; } = Pipeline.IngestOptions.Default.FileTimeLimit;
}
