using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;

namespace ProfileMiner.Cli.Commands;

/// <summary><c>eval</c>: scores out/metrics.jsonl and out/claims.jsonl against gold files.</summary>
internal static class EvalCommand
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold folder in GUIDE.md's format (metrics.jsonl, claims.jsonl, themes.jsonl, coverage.jsonl); repeat it to score several, each on its own lines. Default: corpus/gold, and corpus/real/gold when it exists.",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = CommonOptions.Out();
        output.Description = "Folder holding the run's outputs (metrics.jsonl, claims.jsonl, themes.jsonl, passages.jsonl, models-used.json).";
        var docs = new Option<string>("--docs") { Description = "The texts the gold annotates (to place PDF predictions in the covered lines), for a gold folder with no docs/ folder beside it.", DefaultValueFactory = _ => "seeds" };
        var halves = new Option<string?>("--halves") { Description = "A file of 'council TAB tune|check' lines: each gold folder naming those councils is scored once per half, so the half never tuned on is reported beside the other. Default: corpus/real/halves.tsv when it exists." };
        var extractor = new Option<string?>("--extractor") { Description = "Score only this extractor's results (e.g. metrics.rules)." };
        var json = new Option<bool>("--json") { Description = "Print the whole report as JSON." };
        var models = new Option<string>("--models") { Description = "Folder holding the model cards (themes.json, claims.json) whose cross-validated figures are shown, and the claims.zip scored alone on the run's sentences (the built-in model when it has none).", DefaultValueFactory = _ => "models" };
        var misses = new Option<int>("--misses") { Description = "How many misses and false positives to list (of the first gold folder, or of the tuning half when it is split).", DefaultValueFactory = _ => 10 };
        var command = new Command("eval", "Score a run's metrics, claims and themes against gold labels: P/R/F1 (claims by the rules, the model and both), attribute accuracy, misses, and the model cards' cross-validated figures.\n" + CliApp.ExitCodeHelp)
        {
            gold, output, docs, halves, extractor, models, json, misses,
        };
        command.SetAction(parse => Execute(context, new EvalSettings(
            parse.GetValue(gold) is { Length: > 0 } g ? g : DefaultGold(),
            parse.GetValue(output)!,
            parse.GetValue(docs)!,
            parse.GetValue(halves) ?? (File.Exists(DefaultHalves) ? DefaultHalves : null),
            parse.GetValue(extractor),
            parse.GetValue(models)!,
            parse.GetValue(json),
            parse.GetValue(misses))));
        return command;
    }

    private static readonly string DefaultHalves = Path.Combine("corpus", "real", "halves.tsv");

    private static string[] DefaultGold()
    {
        var real = Path.Combine("corpus", "real", "gold");
        return Directory.Exists(real) ? [Path.Combine("corpus", "gold"), real] : [Path.Combine("corpus", "gold")];
    }

    private sealed record EvalSettings(string[] Gold, string Output, string Docs, string? Halves, string? Extractor, string Models, bool Json, int Misses);

    private static int Execute(CliContext context, EvalSettings settings)
    {
        foreach (var folder in settings.Gold)
        {
            if (!Directory.Exists(folder))
            {
                throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no gold folder '{folder}'");
            }
        }

        if (!File.Exists(Path.Combine(settings.Output, "metrics.jsonl")))
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no {Path.Combine(settings.Output, "metrics.jsonl")}; run 'profileminer run' first");
        }

        var halves = settings.Halves is null ? null : GoldHalves.Load(settings.Halves);
        var single = settings.Gold.Length == 1;
        var groups = ImmutableArray.CreateBuilder<EvalGroup>();
        var themes = ImmutableArray.CreateBuilder<ThemeEvalGroup>();
        var claims = ImmutableArray.CreateBuilder<ClaimComparison>();
        ModelEvaluation? first = null;
        var run = EvalModelsSection.Prepare(settings.Output, settings.Models);
        foreach (var folder in settings.Gold)
        {
            var besideDocs = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder)) ?? ".", "docs");
            var docs = Directory.Exists(besideDocs) ? besideDocs : settings.Docs;
            foreach (var (half, councils) in Halves(folder, halves))
            {
                var name = single && half is null ? null : folder;
                var report = new ExtractionScorer(folder, Directory.Exists(docs) ? docs : null, councils).Score(settings.Output, settings.Extractor);
                var learned = EvalModelsSection.Compute(folder, settings.Output, docs, run, councils);
                first ??= learned;

                groups.AddRange(report.Groups.Select(g => g with { Gold = name, Half = half }));
                themes.AddRange(learned.Themes.Select(t => t with { Gold = name, Half = half }));
                claims.AddRange(learned.Claims.Select(c => c with { Gold = name, Half = half }));
            }
        }

        var all = new EvalReport(settings.Extractor, groups.ToImmutable());
        var evaluation = first! with { Themes = themes.ToImmutable(), Claims = claims.ToImmutable() };
        DiagnosticPrinter.Print(context.Error, evaluation.Diagnostics, includeInfo: false);

        if (settings.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(evaluation.ToJson(all), s_json));
            return ExitCodes.Success;
        }

        var o = context.Out;
        o.WriteLine("| source | metrics P | R | F1 | F1 value+unit | role | scope | indicator | period | measure | claims P | R | F1 | polarity | count+total | comparator |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var g in all.Groups)
        {
            var m = g.MetricAttributes;
            var c = g.ClaimAttributes;
            var counts = g.BenchmarkCounts.Gold == 0 ? "-" : $"{F(g.BenchmarkCounts.Precision)} ({g.BenchmarkCounts.Matched}/{g.BenchmarkCounts.Gold})";
            o.WriteLine($"| {Source(g.Gold, g.Half, g.Variant)} | {F(g.Metrics.Precision)} | {F(g.Metrics.Recall)} | {F(g.Metrics.F1)} | {F(g.MetricsValueUnit.F1)} | {F(m["role"])} | {F(m["scope"])} | {F(m["indicator"])} | {F(m["period"])} | {F(m["measure"])} | {F(g.Claims.Precision)} | {F(g.Claims.Recall)} | {F(g.Claims.F1)} | {F(c["polarity"])} | {counts} | {F(c["comparator"])} |");
        }

        EvalModelsSection.Print(context, evaluation);

        // Misses of the first gold folder's first text group; of a split folder, the tuning half's only,
        // so the check half is never read for errors to fix.
        foreach (var g in all.Groups.Where(g => g.Half is null or GoldHalves.Tune).Take(1))
        {
            o.WriteLine();
            o.WriteLine($"Claims by type ({Source(g.Gold, g.Half, g.Variant)}): " + string.Join(", ", g.ClaimsByType.Select(t => $"{t.Key} F1 {F(t.Value.F1)} ({t.Value.Matched}/{t.Value.Gold})")));
            o.WriteLine();
            foreach (var item in g.Misses.Take(settings.Misses))
            {
                o.WriteLine($"miss  {item.Kind} {item.Key,-10} {item.Doc} {item.Council}: {Short(item.Sentence)}");
            }

            foreach (var item in g.FalsePositives.Take(settings.Misses))
            {
                o.WriteLine($"extra {item.Kind} {item.Key,-10} {item.Doc} {item.Council}: {Short(item.Sentence)}");
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The halves a gold folder is scored in: each half of <paramref name="halves"/> when the folder's
    /// coverage names a council of the split (with its unsplit councils, if any, as a third part), else the whole folder.
    /// </summary>
    private static IEnumerable<(string? Half, IReadOnlySet<string>? Councils)> Halves(string folder, GoldHalves? halves)
    {
        var councils = GoldHalves.CoveredCouncils(folder);
        if (halves is null || !councils.Any(halves.Halves.ContainsKey))
        {
            yield return (null, null);
            yield break;
        }

        yield return (GoldHalves.Tune, halves.Councils(GoldHalves.Tune));
        yield return (GoldHalves.Check, halves.Councils(GoldHalves.Check));
        var unsplit = councils.Where(c => !halves.Halves.ContainsKey(c)).ToHashSet(StringComparer.Ordinal);
        if (unsplit.Count > 0)
        {
            yield return ("unsplit", unsplit);
        }
    }

    /// <summary>How a table row names its scores: the variant alone for one unsplit gold folder, else folder, half and variant.</summary>
    internal static string Source(string? gold, string? half, string variant) =>
        gold is null && half is null ? variant : $"{gold}{(half is null ? string.Empty : $" ({half})")} {variant}";

    private static string F(double value) => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Short(string sentence) => sentence.Length <= 110 ? sentence : sentence[..107] + "...";
}
