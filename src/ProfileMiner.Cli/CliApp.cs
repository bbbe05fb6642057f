using System.CommandLine;
using System.CommandLine.Parsing;
using ProfileMiner.Cli.Commands;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Cli;

/// <summary>
/// The command line over the ProfileMiner library, and its one error boundary: user mistakes print
/// one line and exit 2, cancellation exits 130, and a bug prints one line (its stack trace only
/// with --verbose) and exits 3.
/// </summary>
internal static class CliApp
{
    public const string ExitCodeHelp =
        "Exit codes: 0 success; 1 finished, but some inputs were skipped with errors; 2 usage or configuration error; 3 internal error; 130 cancelled.";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false, bool outputRedirected = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdout, stderr, interactive, outputRedirected);
        var root = new RootCommand(
            "ProfileMiner reads English councils' adult social care documents (PDF, Markdown, text), splits them into " +
            "council sections and writes searchable, countable data.\n" + ExitCodeHelp);
        root.Add(RunCommand.Create(context, "run", "Run the whole pipeline over files and folders (default: seeds/ and corpus/) into --out (default: out/)."));
        root.Add(RunCommand.Create(context, "ingest", "Ingest and segment only: write documents.jsonl and passages.jsonl."));
        root.Add(ReportCommand.Create(context));
        root.Add(EvalCommand.Create(context));
        root.Add(ExportCommand.Create(context));
        root.Add(BenchCommand.Create(context));
        root.Add(TrainCommand.Create(context));
        root.Add(IndexCommand.Create(context));
        root.Add(SearchCommand.Create(context));
        root.Add(ServeCommand.Create(context));

        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                // One line: the most specific message (an unrecognised token says more than "required command").
                var message = parse.Errors.Select(e => e.Message).OrderByDescending(m => m.Contains('\'', StringComparison.Ordinal)).First();
                await stderr.WriteLineAsync($"profileminer: error PM0003: {OneLine(message)} (see '{HelpCommand(parse.CommandResult)} --help')").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            // Ctrl-C and SIGTERM cancel the token Program passes in; no time limit cuts a run short while it unwinds.
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (ProfileMinerException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                await stderr.WriteLineAsync(DiagnosticPrinter.Line(diagnostic)).ConfigureAwait(false);
            }

            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            // Commands that write outputs say what they left (run: nothing replaced); here only that it stopped.
            await stderr.WriteLineAsync("profileminer: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"profileminer: error PM9000: internal error ({ExceptionText.Bug(e)}); rerun with --verbose for details").ConfigureAwait(false);
            if (verbose)
            {
                await stderr.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// A parser message on one line: System.CommandLine lists the allowed values of an option one a
    /// line ("Must be one of:\n\t'section'\n\t'document'"); they are joined with commas.
    /// </summary>
    internal static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : $"{lines[0]} {string.Join(", ", lines.Skip(1))}";
    }

    /// <summary>The command whose help explains the mistake: "profileminer train" for a bad option of train.</summary>
    private static string HelpCommand(CommandResult? result)
    {
        var names = new List<string>();
        for (var symbol = (SymbolResult?)result; symbol is not null; symbol = symbol.Parent)
        {
            if (symbol is CommandResult command && command.Command is not RootCommand)
            {
                names.Add(command.Command.Name);
            }
        }

        names.Add("profileminer");
        names.Reverse();
        return string.Join(' ', names);
    }
}
