using System.CommandLine;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Export;
using ProfileMiner.Segment;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// <c>export</c>: reruns the pipeline (with the ingest cache) and writes the chosen formats and tables
/// into <c>--out</c>/export/: CSV, JSON Lines, Parquet, SQLite and a REFI-QDA project.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] s_tables = ["metrics", "claims", "themes", "passages", "documents", "all"];

    public static Command Create(CliContext context)
    {
        var run = new RunOptions("Output folder of the run; the exports go into its export/ sub-folder.");
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Formats to write: " + string.Join(", ", ExportOptions.FormatNames) + " (repeat the option or separate with commas). Default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        format.Validators.Add(result =>
        {
            foreach (var name in Split(result.GetValueOrDefault<string[]>()).Where(n => !ExportOptions.FormatNames.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                result.AddError($"Unknown export format '{name}' (known: {string.Join(", ", ExportOptions.FormatNames)}).");
            }
        });
        var what = new Option<string[]>("--what", "-w")
        {
            Description = "Tables to write: " + string.Join(", ", s_tables) + " (repeat or separate with commas). Default: all. SQLite always holds documents and passages; the REFI-QDA project always holds documents, councils and themes.",
            AllowMultipleArgumentsPerToken = true,
        };
        what.Validators.Add(result =>
        {
            foreach (var name in Split(result.GetValueOrDefault<string[]>()).Where(n => !s_tables.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                result.AddError($"Unknown table '{name}' (known: {string.Join(", ", s_tables)}).");
            }
        });
        var minConfidence = CommonOptions.MinConfidence(0, "Default: 0, every metric and claim, each with its confidence.");
        var councils = new Option<string[]>("--council")
        {
            Description = "Only these councils' documents, metrics, claims and themes (any registry spelling or GSS code; repeat or separate with commas). Default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var csvRaw = new Option<bool>("--csv-raw")
        {
            Description = "Write CSV cells exactly as the data holds them. By default a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula; use this for tools that are not spreadsheets.",
        };
        var command = new Command("export",
            "Export metrics, claims, themes and passages as CSV, JSON Lines, Parquet, SQLite (with FTS5) and a REFI-QDA project (.qdpx) into --out/export/.\n" + CliApp.ExitCodeHelp)
        {
            format, what, minConfidence, councils, csvRaw,
        };
        run.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var formats = Split(parse.GetValue(format)).ToList();
            var warnings = new DiagnosticBag();
            var selected = CouncilDirectory.Default.ResolveFilters(Split(parse.GetValue(councils)), "--council", warnings);
            DiagnosticPrinter.Print(context.Error, warnings.Items, includeInfo: false);
            var options = ExportOptions.Default with { Tables = ExportOptions.ParseTables(Split(parse.GetValue(what))), MinConfidence = parse.GetValue(minConfidence), Councils = [.. selected] };
            if (formats.Count > 0)
            {
                options = options.WithFormats(formats);
            }

            if (parse.GetValue(csvRaw))
            {
                options = options.WithRawCsv();
            }

            var settings = run.Settings(parse, context);
            return RunCommand.ExecuteAsync(settings, builder => builder.Publishers.Add(new ExportPublisher(options)), context, ct);
        });
        return command;
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
