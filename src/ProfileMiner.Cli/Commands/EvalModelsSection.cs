using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Models;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The part of <c>eval</c> about the learned extractors: themes per extractor, claims of the rules,
/// the model and both, on this run's outputs, and the cross-validated figures from the model cards.
/// <see cref="Compute"/> gathers the figures once; <see cref="Print"/> writes them as tables and
/// <see cref="ModelEvaluation.ToJson"/> as the fields <c>eval --json</c> adds.
/// </summary>
internal static class EvalModelsSection
{
    /// <summary>
    /// What every gold folder and half of one <c>eval</c> shares: the claim model (from
    /// <paramref name="models"/>'s <c>claims.zip</c>, else the built-in model) run once over the run's
    /// <c>passages.jsonl</c>, the documents the run read, the model cards and the problems loading them.
    /// </summary>
    public static ModelRun Prepare(string output, string models)
    {
        // The model alone: the classifier over the run's sentences, as models/ (else the built-in model) holds it.
        var store = new ModelStore(models, useEmbedded: true, fallBackOnError: true);
        var modelFrom = store.Claims is null ? null : store.Describe(ModelStore.ClaimsFile);
        var modelClaims = store.Claims is { } claimModel ? ModelAloneClaims.FromPassages(Path.Combine(output, "passages.jsonl"), claimModel) : null;

        var themeCard = Path.Combine(models, "themes.json");
        var claimCard = Path.Combine(models, "claims.json");
        ModelCards? cards = null;
        if (File.Exists(themeCard) && File.Exists(claimCard))
        {
            using var t = JsonDocument.Parse(File.ReadAllText(themeCard));
            using var c = JsonDocument.Parse(File.ReadAllText(claimCard));
            cards = new ModelCards(themeCard, claimCard, t.RootElement.GetProperty("cross_validation").Clone(), c.RootElement.GetProperty("cross_validation").Clone());
        }

        var diagnostics = new DiagnosticBag();
        var scored = store.Loaded.FirstOrDefault(m => m.File == ModelStore.ClaimsFile);
        var used = ModelsUsedPublisher.Read(output, diagnostics)?.FirstOrDefault(m => m.File == ModelStore.ClaimsFile);
        if (scored is not null && used is not null && used.Sha256 != scored.Sha256)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ModelDiffers,
                $"the run used the claim model {used.From} ({used.Sha256[..12]}), eval scores {scored.From} ({scored.Sha256[..12]}): the model column is not the run's model (run again, or pass the run's models with --models)",
                Provenance.ForFile(Path.Combine(output, ModelsUsedPublisher.FileName))));
        }

        return new ModelRun(modelClaims, modelFrom, ExtractionScorer.RunDocuments(output), cards, models, [.. store.Diagnostics, .. diagnostics.Items]);
    }

    /// <summary>
    /// Scores this run's themes and its claims by extractor (the rules, the model alone as
    /// <paramref name="run"/> holds its claims, and both) against one gold folder, or the councils of one half of it.
    /// </summary>
    public static ModelEvaluation Compute(string gold, string output, string docs, ModelRun run, IReadOnlySet<string>? councils = null)
    {
        var goldThemes = Path.Combine(gold, "themes.jsonl");
        var themes = Path.Combine(output, "themes.jsonl");
        var missing = !File.Exists(goldThemes) ? goldThemes : !File.Exists(themes) ? themes : null;
        var themeGroups = missing is null ? ThemeEvaluator.Score(goldThemes, themes, councils) : [];

        var scorer = new ExtractionScorer(gold, Directory.Exists(docs) ? docs : null, councils);
        var rules = scorer.Score(output, "claims.rules").Groups;
        var model = run.ModelClaims is { } modelClaims ? scorer.ScoreClaims(modelClaims, ModelClaimExtractor.ModelExtractorId, run.Documents).Groups : [];
        var all = scorer.Score(output).Groups;
        var claims = all.Select(g => new ClaimComparison(
            g.Variant,
            rules.FirstOrDefault(x => x.Variant == g.Variant)?.Claims ?? new PrfScore(0, 0, 0),
            model.FirstOrDefault(x => x.Variant == g.Variant)?.Claims ?? new PrfScore(0, g.Claims.Gold, 0),
            g.Claims)).ToImmutableArray();

        return new ModelEvaluation(missing, themeGroups, claims, run.Cards, run.ModelsFolder) { ClaimModelFrom = run.ModelFrom, Diagnostics = run.Diagnostics };
    }

    /// <summary>What <see cref="Prepare"/> computes once for a whole <c>eval</c>.</summary>
    /// <param name="ModelClaims">The claim model's own claims over the run's sentences, or null when no model loaded.</param>
    /// <param name="ModelFrom">Where that model came from (a path or the built-in model).</param>
    /// <param name="Documents">The documents the run read.</param>
    /// <param name="Cards">The model cards' cross-validated figures, or null.</param>
    /// <param name="ModelsFolder">The folder the cards and model were looked for in.</param>
    /// <param name="Diagnostics">Problems loading the model or reading the run's models-used.json.</param>
    internal sealed record ModelRun(IReadOnlyList<JsonElement>? ModelClaims, string? ModelFrom, IReadOnlyList<string> Documents, ModelCards? Cards, string ModelsFolder, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Prints <paramref name="evaluation"/> as the Markdown tables of plain <c>eval</c>.</summary>
    public static void Print(CliContext context, ModelEvaluation evaluation)
    {
        var o = context.Out;
        o.WriteLine();
        if (evaluation.ThemesMissing is null)
        {
            o.WriteLine("Themes of this run (the shipped models were trained on the gold passages, so these figures are in-sample; see cross-validated below):");
            o.WriteLine();
            o.WriteLine("| source | extractor | gold passages | found | micro P | micro R | micro F1 | macro F1 |");
            o.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var g in evaluation.Themes)
            {
                var s = g.Scores;
                o.WriteLine(Invariant($"| {EvalCommand.Source(g.Gold, g.Half, g.Variant)} | {g.Extractor} | {s.Passages} | {g.MatchedPassages} | {s.Micro.Precision:0.000} | {s.Micro.Recall:0.000} | {s.Micro.F1:0.000} | {s.MacroF1:0.000} |"));
            }
        }
        else
        {
            o.WriteLine($"No themes scored: {evaluation.ThemesMissing} is missing.");
        }

        o.WriteLine();
        o.WriteLine("Claims of this run by extractor (model figures in-sample):");
        o.WriteLine();
        o.WriteLine("- rules: the rule claims the run kept (the model's verifier drops those it finds unlikely);");
        o.WriteLine(Invariant($"- model: the claim classifier alone on every sentence of running text in passages.jsonl (P >= {ModelAloneClaims.DefaultThreshold:0.0}), model from {evaluation.ClaimModelFrom ?? "nowhere (none loaded)"};"));
        o.WriteLine("- combined: claims.jsonl, as the run wrote it.");
        o.WriteLine();
        o.WriteLine("| source | rules P | R | F1 | model P | R | F1 | combined P | R | F1 |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var c in evaluation.Claims)
        {
            var (r, m, a) = (c.Rules, c.Model, c.Combined);
            o.WriteLine(Invariant($"| {EvalCommand.Source(c.Gold, c.Half, c.Variant)} | {r.Precision:0.000} | {r.Recall:0.000} | {r.F1:0.000} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} | {a.Precision:0.000} | {a.Recall:0.000} | {a.F1:0.000} |"));
        }

        PrintCards(context, evaluation);
    }

    private static void PrintCards(CliContext context, ModelEvaluation evaluation)
    {
        var o = context.Out;
        if (evaluation.Cards is not { } cards)
        {
            o.WriteLine();
            o.WriteLine($"No model cards in {evaluation.ModelsFolder}/ (run 'profileminer train'); cross-validated figures not shown.");
            return;
        }

        var tcv = cards.Themes;
        o.WriteLine();
        var unit = tcv.TryGetProperty("hold_out", out var holdOut) && holdOut.GetString() == "document" ? "document" : "council section";
        o.WriteLine(Invariant($"Cross-validated by {unit} ({tcv.GetProperty("folds").GetInt32()} folds, from {cards.ThemesCard}):"));
        o.WriteLine();
        o.WriteLine("| themes | micro P | micro R | micro F1 | macro F1 |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var name in new[] { "lexicon", "text_model", "model", "combined" })
        {
            // A card from before the text-only model was cross-validated has no text_model row.
            if (!tcv.TryGetProperty(name, out var s))
            {
                continue;
            }

            o.WriteLine(Invariant($"| {name} | {N(s, "micro_precision")} | {N(s, "micro_recall")} | {N(s, "micro_f1")} | {N(s, "macro_f1")} |"));
        }

        var ccv = cards.Claims;
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
