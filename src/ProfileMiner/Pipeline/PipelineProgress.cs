namespace ProfileMiner.Pipeline;

/// <summary>Progress of a run, reported after each file and each stage, and once a second while a file takes long.</summary>
/// <param name="Stage">The stage running: <c>ingest</c>, <c>segment</c>, <c>extract</c>, <c>write</c>, a publisher's name, <c>swap</c>.</param>
/// <param name="FilesDone">Files finished so far.</param>
/// <param name="FilesTotal">Files in the run.</param>
/// <param name="PagesDone">PDF pages read so far.</param>
/// <param name="CurrentFile">The file just finished, if any; with <see cref="SlowFor"/>, the file still being read.</param>
public sealed record PipelineProgress(string Stage, int FilesDone, int FilesTotal, int PagesDone, string? CurrentFile)
{
    /// <summary>
    /// Set when <see cref="CurrentFile"/> is not finished but has been read this long (past
    /// <see cref="PipelineOptions.SlowFileAfter"/>): the file that holds the run up.
    /// </summary>
    public TimeSpan? SlowFor { get; init; }
}
