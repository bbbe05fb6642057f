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

    public Option<bool> Wait { get; } = new("--wait")
    {
        Description = "When another run is writing to the same --out folder, wait for it to finish instead of stopping at once.",
    };

    public Option<int> FileTimeLimit { get; } = FileTimeLimitOption();

    /// <summary>Adds the inputs argument and the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Out);
        command.Add(NoCache);
        command.Add(Json);
        command.Add(Verbose);
        command.Add(Wait);
        command.Add(FileTimeLimit);
    }

    /// <summary>The run settings the user asked for (default inputs filled in).</summary>
    public RunSettings Settings(ParseResult parse, CliContext context, bool strict = false, bool extract = true) => new(
        CommonOptions.ResolveDefaults(parse.GetValue(Paths)),
        parse.GetValue(Out)!,
        !parse.GetValue(NoCache),
        parse.GetValue(Json) || context.OutputRedirected,
        parse.GetValue(Verbose),
        strict,
        extract)
    {
        Wait = parse.GetValue(Wait),
        FileTimeLimit = TimeSpan.FromSeconds(parse.GetValue(FileTimeLimit)),
    };

    private static Option<int> FileTimeLimitOption()
    {
        var option = new Option<int>("--file-time-limit")
        {
            Description = "The most seconds one file may take to read (and, apart, to have its figures, claims and themes found); past it the file is skipped with one line (PM1014).",
            DefaultValueFactory = _ => (int)Pipeline.IngestOptions.Default.FileTimeLimit.TotalSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--file-time-limit must be at least 1 second.");
            }
        });
        return option;
    }
}
