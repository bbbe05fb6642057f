using System.Globalization;
using System.Text.Json;
using ProfileMiner.Cli.Console;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Models;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The part of <c>eval</c> about the learned extractors: themes per extractor, claims of the rules,
/// the model and both, on this run's outputs, and the cross-validated figures from the model cards.
/// </summary>
internal static class EvalModelsSection
{
    public static void Print(CliContext context, string gold, string output, string docs, string models)
    {
        var o = context.Out;
        var goldThemes = Path.Combine(gold, "themes.jsonl");
        var themes = Path.Combine(output, "themes.jsonl");
        o.WriteLine();
        if (File.Exists(goldThemes) && File.Exists(themes))
        {
            o.WriteLine("Themes of this run (the shipped models were trained on the gold passages, so these figures are in-sample; see cross-validated below):");
            o.WriteLine();
            o.WriteLine("| source | extractor | gold passages | found | micro P | micro R | micro F1 | macro F1 |");
            o.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var g in ThemeEvaluator.Score(goldThemes, themes))
            {
                var s = g.Scores;
                o.WriteLine(Invariant($"| {g.Variant} | {g.Extractor} | {s.Passages} | {g.MatchedPassages} | {s.Micro.Precision:0.000} | {s.Micro.Recall:0.000} | {s.Micro.F1:0.000} | {s.MacroF1:0.000} |"));
            }
        }
        else
        {
            o.WriteLine($"No themes scored: {(File.Exists(themes) ? goldThemes : themes)} is missing.");
        }

        var scorer = new ExtractionScorer(gold, Directory.Exists(docs) ? docs : null);
        var rules = scorer.Score(output, "claims.rules").Groups;
        var model = scorer.Score(output, ModelClaimExtractor.ModelExtractorId).Groups;
        var all = scorer.Score(output).Groups;
        o.WriteLine();
        o.WriteLine("Claims of this run by extractor (model figures in-sample):");
        o.WriteLine();
        o.WriteLine("| source | rules P | R | F1 | model P | R | F1 | combined P | R | F1 |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var g in all)
        {
            var r = rules.FirstOrDefault(x => x.Variant == g.Variant)?.Claims ?? new PrfScore(0, 0, 0);
            var m = model.FirstOrDefault(x => x.Variant == g.Variant)?.Claims ?? new PrfScore(0, g.Claims.Gold, 0);
            o.WriteLine(Invariant($"| {g.Variant} | {r.Precision:0.000} | {r.Recall:0.000} | {r.F1:0.000} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} | {g.Claims.Precision:0.000} | {g.Claims.Recall:0.000} | {g.Claims.F1:0.000} |"));
        }

        PrintCards(context, models);
    }

    private static void PrintCards(CliContext context, string models)
    {
        var o = context.Out;
        var themeCard = Path.Combine(models, "themes.json");
        var claimCard = Path.Combine(models, "claims.json");
        if (!File.Exists(themeCard) || !File.Exists(claimCard))
        {
            o.WriteLine();
            o.WriteLine($"No model cards in {models}/ (run 'profileminer train'); cross-validated figures not shown.");
            return;
        }

        using var themes = JsonDocument.Parse(File.ReadAllText(themeCard));
        using var claims = JsonDocument.Parse(File.ReadAllText(claimCard));
        var tcv = themes.RootElement.GetProperty("cross_validation");
        o.WriteLine();
        o.WriteLine(Invariant($"Cross-validated by council section ({tcv.GetProperty("folds").GetInt32()} folds, from {themeCard}):"));
        o.WriteLine();
        o.WriteLine("| themes | micro P | micro R | micro F1 | macro F1 |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var name in new[] { "lexicon", "model", "combined" })
        {
            var s = tcv.GetProperty(name);
            o.WriteLine(Invariant($"| {name} | {N(s, "micro_precision")} | {N(s, "micro_recall")} | {N(s, "micro_f1")} | {N(s, "macro_f1")} |"));
        }

        var ccv = claims.RootElement.GetProperty("cross_validation");
        o.WriteLine();
        o.WriteLine("| claims | P | R | F1 |");
        o.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var name in new[] { "rules", "model", "combined" })
        {
            var s = ccv.GetProperty(name);
            o.WriteLine(Invariant($"| {name} | {N(s, "precision")} | {N(s, "recall")} | {N(s, "f1")} |"));
        }
    }

    private static string N(JsonElement element, string name) =>
        element.GetProperty(name).GetDouble().ToString("0.000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
