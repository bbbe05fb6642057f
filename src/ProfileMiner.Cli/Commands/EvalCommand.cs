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
        var gold = new Option<string>("--gold") { Description = "Gold folder in GUIDE.md's format (metrics.jsonl, claims.jsonl, themes.jsonl, coverage.jsonl).", DefaultValueFactory = _ => Path.Combine("corpus", "gold") };
        var output = CommonOptions.Out();
        output.Description = "Folder holding the run's outputs (metrics.jsonl, claims.jsonl, themes.jsonl, passages.jsonl, models-used.json).";
        var docs = new Option<string>("--docs") { Description = "The seed texts the gold annotates (to place PDF predictions in the covered lines).", DefaultValueFactory = _ => "seeds" };
        var extractor = new Option<string?>("--extractor") { Description = "Score only this extractor's results (e.g. metrics.rules)." };
        var json = new Option<bool>("--json") { Description = "Print the whole report as JSON." };
        var models = new Option<string>("--models") { Description = "Folder holding the model cards (themes.json, claims.json) whose cross-validated figures are shown, and the claims.zip scored alone on the run's sentences (the built-in model when it has none).", DefaultValueFactory = _ => "models" };
        var misses = new Option<int>("--misses") { Description = "How many misses and false positives to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("eval", "Score a run's metrics, claims and themes against gold labels: P/R/F1 (claims by the rules, the model and both), attribute accuracy, misses, and the model cards' cross-validated figures.\n" + CliApp.ExitCodeHelp)
        {
            gold, output, docs, extractor, models, json, misses,
        };
        command.SetAction(parse => Execute(context, parse.GetValue(gold)!, parse.GetValue(output)!, parse.GetValue(docs)!, parse.GetValue(extractor), parse.GetValue(models)!, parse.GetValue(json), parse.GetValue(misses)));
        return command;
    }

    private static int Execute(CliContext context, string gold, string output, string docs, string? extractor, string models, bool json, int misses)
    {
        if (!Directory.Exists(gold))
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no gold folder '{gold}'");
        }

        if (!File.Exists(Path.Combine(output, "metrics.jsonl")))
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no {Path.Combine(output, "metrics.jsonl")}; run 'profileminer run' first");
        }

        var report = new ExtractionScorer(gold, Directory.Exists(docs) ? docs : null).Score(output, extractor);
        var learned = EvalModelsSection.Compute(gold, output, docs, models);
        DiagnosticPrinter.Print(context.Error, learned.Diagnostics, includeInfo: false);

        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(learned.ToJson(report), s_json));
            return ExitCodes.Success;
        }

        var o = context.Out;
        o.WriteLine("| source | metrics P | R | F1 | F1 value+unit | role | scope | indicator | period | measure | claims P | R | F1 | polarity | count | comparator |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var g in report.Groups)
        {
            var m = g.MetricAttributes;
            var c = g.ClaimAttributes;
            o.WriteLine($"| {g.Variant} | {F(g.Metrics.Precision)} | {F(g.Metrics.Recall)} | {F(g.Metrics.F1)} | {F(g.MetricsValueUnit.F1)} | {F(m["role"])} | {F(m["scope"])} | {F(m["indicator"])} | {F(m["period"])} | {F(m["measure"])} | {F(g.Claims.Precision)} | {F(g.Claims.Recall)} | {F(g.Claims.F1)} | {F(c["polarity"])} | {F(c["count"])} | {F(c["comparator"])} |");
        }

        EvalModelsSection.Print(context, learned);

        foreach (var g in report.Groups.Take(1))
        {
            o.WriteLine();
            o.WriteLine($"Claims by type ({g.Variant}): " + string.Join(", ", g.ClaimsByType.Select(t => $"{t.Key} F1 {F(t.Value.F1)} ({t.Value.Matched}/{t.Value.Gold})")));
            o.WriteLine();
            foreach (var item in g.Misses.Take(misses))
            {
                o.WriteLine($"miss  {item.Kind} {item.Key,-10} {item.Doc} {item.Council}: {Short(item.Sentence)}");
            }

            foreach (var item in g.FalsePositives.Take(misses))
            {
                o.WriteLine($"extra {item.Kind} {item.Key,-10} {item.Doc} {item.Council}: {Short(item.Sentence)}");
            }
        }

        return ExitCodes.Success;
    }

    private static string F(double value) => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Short(string sentence) => sentence.Length <= 110 ? sentence : sentence[..107] + "...";
}
