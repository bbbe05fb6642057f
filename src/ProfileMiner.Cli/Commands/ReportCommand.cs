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
        var scope = new ReportScopeOptions(string.Empty);
        var regions = ListOption("--region", "Only councils of these regions (e.g. \"North West\").");
        var minConfidence = CommonOptions.MinConfidence(ReportOptions.Default.MinConfidence, "Default: 0.6, which leaves the lowest band out of the digest (the exports keep it).");
        var command = new Command("report", "Render the cross-council themes digest (HTML and Markdown) from Scriban templates.\n" + CliApp.ExitCodeHelp)
        {
            template, format, title,
        };
        scope.AddTo(command);
        command.Add(regions);
        command.Add(minConfidence);
        run.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var templateFile = parse.GetValue(template);
            var options = scope.Apply(parse, ReportOptions.Default) with
            {
                TemplateFile = templateFile,
                Formats = Formats(parse.GetValue(format), templateFile),
                Regions = Split(parse.GetValue(regions)),
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

    internal static Option<string[]> ListOption(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    internal static ImmutableArray<string> Split(string[]? values) =>
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

/// <summary>
/// The digest's scope and length: <c>--period</c>, <c>--council</c>, <c>--theme</c>, <c>--kind</c> and <c>--pages</c>.
/// <c>report</c> takes them as they are; <c>run</c>, whose <c>--council</c> says who wrote the files, takes them with a
/// <c>--report-</c> prefix and passes them to the digest it writes.
/// </summary>
internal sealed class ReportScopeOptions
{
    public ReportScopeOptions(string prefix)
    {
        var about = prefix.Length == 0 ? string.Empty : "The digest covers only ";
        Periods = ReportCommand.ListOption($"--{prefix}period", (about.Length == 0 ? "Only documents of these periods" : about + "documents of these periods")
            + ": a financial year (2016/17), a year (2016), a span (2015-2017) or a period as documents.jsonl writes it; repeat or separate with commas.");
        Councils = ReportCommand.ListOption($"--{prefix}council", (about.Length == 0 ? "Only these councils" : about + "these councils")
            + ": any spelling the council registry knows (Lancashire County Council, St. Helens, KCC) or a GSS code; repeat or separate with commas.");
        Themes = ReportCommand.ListOption($"--{prefix}theme", (about.Length == 0 ? "Only these themes" : about + "these themes") + " (id such as carers, or name).");
        Kinds = ReportCommand.ListOption($"--{prefix}kind", (about.Length == 0 ? "Only documents of these kinds" : about + "documents of these kinds")
            + " (improvement_profile, committee_report, ...; see docs/kinds.md).");
        Pages = new Option<int>($"--{prefix}pages")
        {
            Description = $"The length budget: the A4 pages the printed digest should fit in; each theme's quotes and claims are cut to fit, the appendices kept whole. 0 for no budget. Default: {ReportOptions.DefaultPageBudget}.",
            DefaultValueFactory = _ => ReportOptions.DefaultPageBudget,
        };
        Pages.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError($"--{prefix}pages must be 0 (no budget) or more.");
            }
        });
    }

    public Option<string[]> Periods { get; }

    public Option<string[]> Councils { get; }

    public Option<string[]> Themes { get; }

    public Option<string[]> Kinds { get; }

    public Option<int> Pages { get; }

    public void AddTo(Command command)
    {
        command.Add(Periods);
        command.Add(Councils);
        command.Add(Themes);
        command.Add(Kinds);
        command.Add(Pages);
    }

    /// <summary><paramref name="options"/> with the scope and budget given on the command line.</summary>
    public ReportOptions Apply(ParseResult parse, ReportOptions options) => options with
    {
        Periods = ReportCommand.Split(parse.GetValue(Periods)),
        Councils = ReportCommand.Split(parse.GetValue(Councils)),
        Themes = ReportCommand.Split(parse.GetValue(Themes)),
        Kinds = ReportCommand.Split(parse.GetValue(Kinds)),
        PageBudget = parse.GetValue(Pages),
    };

    /// <summary>True when any was given (so that <c>run</c> only replaces the default digest when asked to).</summary>
    public bool Given(ParseResult parse) =>
        parse.GetResult(Periods) is { Implicit: false } || parse.GetResult(Councils) is { Implicit: false } || parse.GetResult(Themes) is { Implicit: false }
        || parse.GetResult(Kinds) is { Implicit: false } || parse.GetResult(Pages) is { Implicit: false };
}
