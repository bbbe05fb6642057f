using System.Collections.Immutable;
using System.CommandLine;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Report;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// <c>report</c>: the cross-council themes digest (<c>report/themes.html</c>, <c>report/themes.md</c>). It reruns
/// the pipeline with the ingest cache and only the report stage; a template that does not parse stops it
/// before any work, with one line naming the file, line and column.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var run = new RunOptions("Output folder; the digest goes to DIR/report/.");
        var template = new Option<string?>("--template") { Description = "Your own Scriban template (see docs/report.md); its includes are found beside it, then among the shipped templates." };
        var format = new Option<string?>("--format") { Description = "Write only this format: html or md. Default: both, or the one a --template's name says (.md => md)." };
        format.AcceptOnlyFromAmong("html", "md");
        var title = new Option<string?>("--title") { Description = "The digest's title." };
        var councils = ListOption("--council", "Only these councils (name or GSS code; repeat or separate with commas).");
        var regions = ListOption("--region", "Only councils of these regions (e.g. \"North West\").");
        var themes = ListOption("--theme", "Only these themes (id such as carers, or name).");
        var minConfidence = CommonOptions.MinConfidence(ReportOptions.Default.MinConfidence, "Default: 0.6, which leaves the lowest band out of the digest (the exports keep it).");
        var command = new Command("report", "Render the cross-council themes digest (HTML and Markdown) from Scriban templates.\n" + CliApp.ExitCodeHelp)
        {
            template, format, title, councils, regions, themes, minConfidence,
        };
        run.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var templateFile = parse.GetValue(template);
            var options = ReportOptions.Default with
            {
                TemplateFile = templateFile,
                Formats = Formats(parse.GetValue(format), templateFile),
                Councils = Split(parse.GetValue(councils)),
                Regions = Split(parse.GetValue(regions)),
                Themes = Split(parse.GetValue(themes)),
                MinConfidence = parse.GetValue(minConfidence),
            };
            if (parse.GetValue(title) is { Length: > 0 } t)
            {
                options = options with { Title = t };
            }

            var publisher = new ReportPublisher(options);
            var problems = publisher.CheckTemplates();
            if (problems.Count > 0)
            {
                throw new ProfileMinerException(problems);
            }

            var settings = run.Settings(parse, context);
            return RunCommand.ExecuteAsync(settings, builder => builder.Publishers.Add(publisher), context, ct);
        });
        return command;
    }

    private static Option<string[]> ListOption(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private static ImmutableArray<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static ImmutableArray<ReportFormat> Formats(string? format, string? template) => format switch
    {
        "html" => [ReportFormat.Html],
        "md" => [ReportFormat.Markdown],
        _ when template is not null => [IsMarkdownName(template) ? ReportFormat.Markdown : ReportFormat.Html],
        _ => ReportOptions.Default.Formats,
    };

    private static bool IsMarkdownName(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.Contains(".md.", StringComparison.OrdinalIgnoreCase);
    }
}
