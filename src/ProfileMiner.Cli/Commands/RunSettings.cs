namespace ProfileMiner.Cli.Commands;

/// <summary>Parsed options of <c>run</c> and <c>ingest</c>.</summary>
internal sealed record RunSettings(IReadOnlyList<string> Inputs, string Output, bool UseCache, bool Json, bool Verbose, bool Strict, bool Extract = true);
