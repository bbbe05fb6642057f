using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Cli.Commands;

/// <summary><c>run</c> and <c>ingest</c>: the pipeline over files and folders.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context, string name, string description)
    {
        var run = new RunOptions();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors for the exit code." };
        var command = new Command(name, description + "\n" + CliApp.ExitCodeHelp);
        run.AddTo(command);
        command.Add(strict);
        var council = new Option<string?>("--council") { Description = "The council that wrote every file of the run (any registry spelling or GSS code); a profileminer.csv manifest in an input folder names councils file by file and wins over this." };
        command.Add(council);
        Option<bool>? train = null;
        ReportScopeOptions? report = null;
        if (name == "run")
        {
            train = new Option<bool>("--train") { Description = "Retrain the models first, as 'profileminer train' does with its defaults (corpus/gold, corpus/labels, seeds/, into models/), then run with them. Without it, run uses the models there or the built-in ones and never trains." };
            command.Add(train);
            report = new ReportScopeOptions("report-");
            report.AddTo(command);
        }

        command.SetAction(async (parse, ct) =>
        {
            var settings = run.Settings(parse, context, parse.GetValue(strict), extract: name != "ingest") with { Council = parse.GetValue(council) };
            // Training that skipped a bad label line still trained on the rest: the run goes on, and exits 1 at least.
            var skippedInTraining = train is not null && parse.GetValue(train) && TrainCommand.TrainBeforeRun(context);
            // The digest's scope and length, when given, replace the default digest's.
            var digest = report is not null && report.Given(parse) ? new Report.ReportPublisher(report.Apply(parse, Report.ReportOptions.Default)) : null;
            var exitCode = await ExecuteAsync(settings, settings.Extract ? b => Pipelines.AddPublishers(b, digest) : null, context, ct).ConfigureAwait(false);
            return skippedInTraining && exitCode == ExitCodes.Success ? ExitCodes.CompletedWithErrors : exitCode;
        });
        return command;
    }

    internal static Task<int> ExecuteAsync(RunSettings settings, CliContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(settings, settings.Extract ? Pipelines.AddPublishers : null, context, cancellationToken);

    /// <summary>
    /// Runs the pipeline over <paramref name="settings"/>' inputs and prints the summary. "ingest" is
    /// the first stage alone; with extraction on, the standard extractors run and
    /// <paramref name="configure"/> adds the whole-corpus stages wanted (all of them for "run", one for
    /// "index", "report" or "export", which reuse the ingest cache, so an unchanged corpus is not parsed again).
    /// </summary>
    internal static async Task<int> ExecuteAsync(RunSettings settings, Action<PipelineBuilder>? configure, CliContext context, CancellationToken cancellationToken)
    {
        var builder = settings.Extract ? Pipelines.Standard() : new PipelineBuilder();
        builder.Options = builder.Options with { Ingest = builder.Options.Ingest with { UseCache = settings.UseCache }, Council = settings.Council };
        configure?.Invoke(builder);
        var pipeline = builder.Build();

        CorpusResult result;
        using (var progress = new ProgressReporter(context))
        {
            result = await pipeline.RunAsync(settings.Inputs, settings.Output, progress, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Extract && Pipelines.Models.Diagnostics.Count > 0)
        {
            // A model file passed over for the built-in one: reported first, counted like any warning.
            result = result with { Diagnostics = [.. Pipelines.Models.Diagnostics, .. result.Diagnostics] };
        }

        DiagnosticPrinter.Print(context.Error, result.Diagnostics, settings.Verbose);
        if (settings.Json)
        {
            await context.Out.WriteLineAsync(SummaryJson(result)).ConfigureAwait(false);
        }
        else
        {
            await context.Out.WriteLineAsync(SummaryText(result)).ConfigureAwait(false);
        }

        var failed = result.HasErrors || (settings.Strict && result.Diagnostics.Any(d => d.Severity == Severity.Warning));
        return failed ? ExitCodes.CompletedWithErrors : ExitCodes.Success;
    }

    private static string SummaryText(CorpusResult result)
    {
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var sections = result.Documents.Sum(d => d.Sections.Count(s => s.Council is not null));
        var duplicates = result.Documents.Count(d => d.DuplicateOf is not null);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{result.Documents.Length} documents ({result.Cached} unchanged), {result.Pages} PDF pages, {sections} council sections, {result.Councils} councils, {duplicates} near-duplicate documents"),
            string.Create(CultureInfo.InvariantCulture,
                $"{errors} errors, {warnings} warnings, {result.Failed} of {result.Files} files skipped, {result.Elapsed.TotalSeconds:0.00} s"),
        };
        var unattributed = result.Documents.Where(d => d.Unattributed).Select(d => d.Source.File).ToList();
        if (unattributed.Count > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"no known issuer or council for {unattributed.Count} document(s): {string.Join(", ", unattributed)}"));
        }

        lines.AddRange(result.Outputs.Select(o => "wrote " + Path.GetRelativePath(Environment.CurrentDirectory, o)));
        return string.Join(Environment.NewLine, lines);
    }

    private static string SummaryJson(CorpusResult result) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["documents"] = result.Documents.Length,
        ["unchanged"] = result.Cached,
        ["files"] = result.Files,
        ["failed"] = result.Failed,
        ["pages"] = result.Pages,
        ["councils"] = result.Councils,
        ["sections"] = result.Documents.Sum(d => d.Sections.Count(s => s.Council is not null)),
        ["unattributed"] = result.Documents.Where(d => d.Unattributed).Select(d => d.Source.File).ToArray(),
        ["errors"] = result.Diagnostics.Count(d => d.Severity == Severity.Error),
        ["warnings"] = result.Diagnostics.Count(d => d.Severity == Severity.Warning),
        ["seconds"] = Math.Round(result.Elapsed.TotalSeconds, 3),
        ["outputs"] = result.Outputs.Select(o => Path.GetRelativePath(Environment.CurrentDirectory, o)).ToArray(),
    });
}
