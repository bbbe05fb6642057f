namespace ProfileMiner.Cli.Console;

/// <summary>What every command gets: the writers to use and whether a person is watching a terminal.</summary>
/// <param name="Out">Results (summaries, JSON).</param>
/// <param name="Error">Diagnostics and progress.</param>
/// <param name="Interactive">True when stderr is a terminal: draw the progress line.</param>
/// <param name="OutputRedirected">True when stdout goes to a file or pipe: summaries default to JSON.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive, bool OutputRedirected);
