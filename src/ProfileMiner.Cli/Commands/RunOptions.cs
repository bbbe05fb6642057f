using System.CommandLine;
using ProfileMiner.Cli.Console;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The arguments and options of every command that runs the pipeline (<c>run</c>, <c>ingest</c>,
/// <c>index</c>, <c>report</c>, <c>export</c>): the inputs, the output folder, the cache, and how the
/// summary is printed.
/// </summary>
internal sealed class RunOptions
{
    public RunOptions(string? outDescription = null)
    {
        if (outDescription is not null)
        {
            Out.Description = outDescription;
        }
    }

    public Argument<string[]> Paths { get; } = CommonOptions.Paths();

    public Option<string> Out { get; } = CommonOptions.Out();

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Parse every file again, even when unchanged since the last run." };

    public Option<bool> Json { get; } = CommonOptions.Json();

    public Option<bool> Verbose { get; } = CommonOptions.Verbose();

    /// <summary>Adds the inputs argument and the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Out);
        command.Add(NoCache);
        command.Add(Json);
        command.Add(Verbose);
    }

    /// <summary>The run settings the user asked for (default inputs filled in).</summary>
    public RunSettings Settings(ParseResult parse, CliContext context, bool strict = false, bool extract = true) => new(
        CommonOptions.ResolveDefaults(parse.GetValue(Paths)),
        parse.GetValue(Out)!,
        !parse.GetValue(NoCache),
        parse.GetValue(Json) || context.OutputRedirected,
        parse.GetValue(Verbose),
        strict,
        extract);
}
