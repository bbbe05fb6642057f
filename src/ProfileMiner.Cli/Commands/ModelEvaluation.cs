using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;

namespace ProfileMiner.Cli.Commands;

/// <summary>What <c>eval</c> reports about the learned extractors on one run's outputs.</summary>
/// <param name="ThemesMissing">The gold or run <c>themes.jsonl</c> that is missing (no theme scores), or null.</param>
/// <param name="Themes">Theme scores per source format and extractor.</param>
/// <param name="Claims">Claim scores per source format: rules, model, combined.</param>
/// <param name="Cards">The cross-validated figures of the model cards, or null without cards.</param>
/// <param name="ModelsFolder">The folder the cards were looked for in.</param>
internal sealed record ModelEvaluation(string? ThemesMissing, ImmutableArray<ThemeEvalGroup> Themes, ImmutableArray<ClaimComparison> Claims, ModelCards? Cards, string ModelsFolder)
{
    /// <summary>Where the claim model that was scored alone came from (a path or the built-in model), or null when none loaded.</summary>
    public string? ClaimModelFrom { get; init; }

    /// <summary>Problems loading the models (a <c>claims.zip</c> that cannot be read: PM3003, the built-in model scored instead).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The whole <c>eval --json</c> object: <paramref name="report"/>'s fields, then these figures under stable snake_case names.</summary>
    public EvalJson ToJson(EvalReport report) => new(
        report.Extractor,
        report.Groups,
        [.. Themes.Select(g => new ThemeScoreJson(
            g.Variant, g.Extractor, g.Scores.Passages, g.MatchedPassages,
            g.Scores.Micro.Precision, g.Scores.Micro.Recall, g.Scores.Micro.F1, g.Scores.MacroF1, g.Scores.Micro, g.Scores.ByTheme) { Gold = g.Gold, Half = g.Half })],
        ThemesMissing,
        Claims,
        Cards);
}
