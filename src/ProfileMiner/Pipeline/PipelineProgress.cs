namespace ProfileMiner.Pipeline;

/// <summary>Progress of a run, reported after each file and each stage.</summary>
/// <param name="Stage">The stage running: <c>ingest</c>, <c>segment</c>, <c>extract</c>, <c>write</c>.</param>
/// <param name="FilesDone">Files finished so far.</param>
/// <param name="FilesTotal">Files in the run.</param>
/// <param name="PagesDone">PDF pages read so far.</param>
/// <param name="CurrentFile">The file just finished, if any.</param>
public sealed record PipelineProgress(string Stage, int FilesDone, int FilesTotal, int PagesDone, string? CurrentFile);
