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
        if (name == "run")
        {
            train = new Option<bool>("--train") { Description = "Retrain the models first, as 'profileminer train' does with its defaults (corpus/gold, corpus/labels, seeds/, into models/), then run with them. Without it, run uses the models there or the built-in ones and never trains." };
            command.Add(train);
        }

        command.SetAction(async (parse, ct) =>
        {
            var settings = run.Settings(parse, context, parse.GetValue(strict), extract: name != "ingest") with { Council = parse.GetValue(council) };
            // Training that skipped a bad label line still trained on the rest: the run goes on, and exits 1 at least.
            var skippedInTraining = train is not null && parse.GetValue(train) && TrainCommand.TrainBeforeRun(context);
            var exitCode = await ExecuteAsync(settings, context, ct).ConfigureAwait(false);
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
        builder.Options = builder.Options with
        {
            Ingest = builder.Options.Ingest with { UseCache = settings.UseCache, FileTimeLimit = settings.FileTimeLimit },
            Council = settings.Council,
            WaitForOutputLock = settings.Wait,
        };
        configure?.Invoke(builder);
        var pipeline = builder.Build();

        CorpusResult result;
        using (var progress = new ProgressReporter(context, settings.Verbose))
        {
            if (settings.Extract)
            {
                // A model file passed over for the built-in one: reported first, counted like any warning.
                foreach (var diagnostic in Pipelines.Models.Diagnostics)
                {
                    progress.Report(diagnostic);
                }
            }

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

        if (settings.Extract && Pipelines.Models.Diagnostics.Count > 0)
        {
            result = result with { Diagnostics = [.. Pipelines.Models.Diagnostics, .. result.Diagnostics] };
        }

        if (settings.Json)
        {
            await context.Out.WriteLineAsync(SummaryJson(result)).ConfigureAwait(false);
        }
        else
        {
            await context.Out.WriteLineAsync(SummaryText(result)).ConfigureAwait(false);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop after the new outputs were swapped in: they are whole, and the run is done.
            await context.Error.WriteLineAsync("profileminer: the cancel came after this run's outputs were swapped in; they are complete").ConfigureAwait(false);
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
        var skipped = result.Diagnostics.Where(d => d.Severity == Severity.Error && d.Code.StartsWith("PM1", StringComparison.Ordinal) && d.Where is { } w && !string.IsNullOrEmpty(w.File))
            .Select(d => Path.GetFileName(d.Where!.Value.File)).Distinct(StringComparer.Ordinal).ToList();
        if (skipped.Count > 0)
        {
            // The errors were printed as they were found; the summary names the files they cost.
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"errors in {skipped.Count} file(s): {string.Join(", ", skipped.Take(20))}{(skipped.Count > 20 ? ", ..." : string.Empty)}"));
        }

        var unattributed = result.Documents.Where(d => d.Unattributed).Select(d => d.Source.File).ToList();
        if (unattributed.Count > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"no known issuer or council for {unattributed.Count} document(s): {string.Join(", ", unattributed)}"));
        }

        lines.AddRange(result.Outputs.Select(o => "wrote " + Path.GetRelativePath(Environment.CurrentDirectory, o)));
        return string.Join(Environment.NewLine, lines.Select(DisplayText.Escape));
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
        ["generation"] = result.Generation ?? string.Empty,
    });
}
