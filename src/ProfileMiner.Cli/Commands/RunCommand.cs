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
            var exitCode = await ExecuteAsync(settings, settings.Extract ? b => Pipelines.AddPublishers(b, digest) : null, context, ct, replay: ReplayKey(name, parse)).ConfigureAwait(false);
            return skippedInTraining && exitCode == ExitCodes.Success ? ExitCodes.CompletedWithErrors : exitCode;
        });
        return command;
    }

    // Every option a run was given can change its outputs, except how it prints and exits.
    private static string ReplayKey(string command, ParseResult parse) =>
        string.Join("\n", parse.Tokens.Select(t => t.Value).Where(v => v is not ("--json" or "--verbose" or "-v" or "--strict")).Prepend(command));

    internal static Task<int> ExecuteAsync(RunSettings settings, CliContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(settings, settings.Extract ? Pipelines.AddPublishers : null, context, cancellationToken);

    /// <summary>
    /// Runs the pipeline over <paramref name="settings"/>' inputs and prints the summary. "ingest" is
    /// the first stage alone; with extraction on, the standard extractors run and
    /// <paramref name="configure"/> adds the whole-corpus stages wanted (all of them for "run", one for
    /// "index", "report" or "export", which reuse the ingest cache, so an unchanged corpus is not parsed again).
    /// </summary>
    internal static async Task<int> ExecuteAsync(RunSettings settings, Action<PipelineBuilder>? configure, CliContext context, CancellationToken cancellationToken, string? replay = null)
    {
        // Nothing changed since the last run into this folder: say what it said, read and write nothing.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var fingerprint = replay is not null && settings.UseCache ? RunReplay.Fingerprint(settings, replay) : null;
        if (fingerprint is not null && RunReplay.TryLoad(settings.Output, fingerprint) is { } last)
        {
            DiagnosticPrinter.Print(context.Error, last.Diagnostics, settings.Verbose);
            var again = last.Summary with { Unchanged = last.Summary.Documents, Seconds = Math.Round(started.Elapsed.TotalSeconds, 3) };
            await context.Out.WriteLineAsync(settings.Json ? SummaryJson(again) : SummaryText(again, nothingChanged: true)).ConfigureAwait(false);
            var warned = last.Diagnostics.Any(d => d.Severity == Severity.Warning);
            return last.Diagnostics.Any(d => d.Severity == Severity.Error) || (settings.Strict && warned) ? ExitCodes.CompletedWithErrors : ExitCodes.Success;
        }

        if (fingerprint is not null)
        {
            RunReplay.Forget(settings.Output);
        }

        var builder = settings.Extract ? Pipelines.Standard() : new PipelineBuilder();
        builder.Options = builder.Options with
        {
            Ingest = builder.Options.Ingest with { UseCache = settings.UseCache, FileTimeLimit = settings.FileTimeLimit },
            Council = settings.Council,
            CouncilOrigin = "--council",
            WaitForOutputLock = settings.Wait,
        };
        configure?.Invoke(builder);
        var pipeline = builder.Build();

        CorpusResult result;
        using (var progress = new ProgressReporter(context, settings.Verbose))
        {
            try
            {
                result = await pipeline.RunAsync(settings.Inputs, settings.Output, progress, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                progress.Dispose();
                // Outputs are swapped in as one generation at the very end: a cancelled run replaced nothing.
                await context.Error.WriteLineAsync(DisplayText.Escape(
                    $"profileminer: cancelled; nothing in '{settings.Output}' was replaced (it holds the previous run's outputs, if any)")).ConfigureAwait(false);
                return ExitCodes.Cancelled;
            }
        }

        if (settings.Extract && Pipelines.Models.Diagnostics is { Count: > 0 } passedOver)
        {
            // A model file passed over for the built-in one (the models load while the files are read):
            // printed once the run has used them, first in the result, counted like any warning.
            DiagnosticPrinter.Print(context.Error, passedOver, settings.Verbose);
            result = result with { Diagnostics = [.. passedOver, .. result.Diagnostics] };
        }

        // The diagnostics were printed as they were found; the summary counts them.
        var summary = RunSummary.Of(result);
        await context.Out.WriteLineAsync(settings.Json ? SummaryJson(summary) : SummaryText(summary, nothingChanged: false)).ConfigureAwait(false);

        if (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop after the new outputs were swapped in: they are whole, and the run is done.
            await context.Error.WriteLineAsync("profileminer: the cancel came after this run's outputs were swapped in; they are complete").ConfigureAwait(false);
        }

        var failed = result.HasErrors || (settings.Strict && result.Diagnostics.Any(d => d.Severity == Severity.Warning));
        var exitCode = failed ? ExitCodes.CompletedWithErrors : ExitCodes.Success;
        if (fingerprint is not null)
        {
            RunReplay.Save(settings.Output, fingerprint, summary, result.Diagnostics);
        }

        return exitCode;
    }

    private static string SummaryText(RunSummary result, bool nothingChanged)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{result.Documents} documents ({result.Unchanged} unchanged), {result.Pages} PDF pages, {result.Sections} council sections, {result.Councils} councils, {result.Duplicates} near-duplicate documents"),
            string.Create(CultureInfo.InvariantCulture,
                $"{result.Errors} errors, {result.Warnings} warnings, {result.Failed} of {result.Files} files skipped, {result.Seconds:0.00} s"),
        };
        if (result.ErrorFiles.Length > 0)
        {
            // The errors were printed as they were found; the summary names the files they cost.
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"errors in {result.ErrorFiles.Length} file(s): {string.Join(", ", result.ErrorFiles.Take(20))}{(result.ErrorFiles.Length > 20 ? ", ..." : string.Empty)}"));
        }

        if (result.Unattributed.Length > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"no known issuer or council for {result.Unattributed.Length} document(s): {string.Join(", ", result.Unattributed)}"));
        }

        if (nothingChanged)
        {
            lines.Add("nothing changed since the last run into this folder: its outputs are current (--no-cache reads everything again)");
        }

        lines.AddRange(result.Outputs.Select(o => (nothingChanged ? "current " : "wrote ") + Path.GetRelativePath(Environment.CurrentDirectory, o)));
        lines.AddRange(NextSteps(result.Outputs));
        return string.Join(Environment.NewLine, lines.Select(DisplayText.Escape));
    }

    // What to open after a run, from what it wrote.
    private static IEnumerable<string> NextSteps(IReadOnlyList<string> outputs)
    {
        string? Find(string name) => outputs.FirstOrDefault(o => string.Equals(Path.GetFileName(o), name, StringComparison.Ordinal));
        var digest = Find("themes.html");
        var index = Find("index");
        var export = outputs.Select(Path.GetDirectoryName).FirstOrDefault(d => d is not null && string.Equals(Path.GetFileName(d), "export", StringComparison.Ordinal));
        if (digest is null && index is null && export is null)
        {
            yield break;
        }

        yield return "next:";
        if (digest is not null)
        {
            yield return "  open " + Path.GetRelativePath(Environment.CurrentDirectory, digest) + " in a browser: the themes digest";
        }

        if (index is not null)
        {
            var folder = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetDirectoryName(index)!);
            yield return $"  profileminer search \"delayed transfers of care\" --out {folder}   (or: profileminer serve --out {folder})";
        }

        if (export is not null)
        {
            yield return "  the tables for Excel, pandas, R and SQLite are in " + Path.GetRelativePath(Environment.CurrentDirectory, export);
        }
    }

    private static string SummaryJson(RunSummary result) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["documents"] = result.Documents,
        ["unchanged"] = result.Unchanged,
        ["files"] = result.Files,
        ["failed"] = result.Failed,
        ["pages"] = result.Pages,
        ["councils"] = result.Councils,
        ["sections"] = result.Sections,
        ["unattributed"] = result.Unattributed,
        ["errors"] = result.Errors,
        ["warnings"] = result.Warnings,
        ["seconds"] = result.Seconds,
        ["outputs"] = result.Outputs.Select(o => Path.GetRelativePath(Environment.CurrentDirectory, o)).ToArray(),
        ["generation"] = result.Generation ?? string.Empty,
    });
}
