using System.Collections.Immutable;
using System.Text.Json.Serialization;
using ProfileMiner.Eval;

namespace ProfileMiner.Cli.Commands;

/// <summary>What <c>eval --json</c> prints (snake_case): the rule-extraction report, then the learned extractors' figures.</summary>
/// <param name="Extractor">The extractor <c>--extractor</c> named, or null (as before).</param>
/// <param name="Groups">Metrics and claims per source format (as before).</param>
/// <param name="Themes">The theme table: one row per source format and theme extractor; empty when <see cref="ThemesMissing"/> is set.</param>
/// <param name="ThemesMissing">The gold or run <c>themes.jsonl</c> that is missing; absent when both exist.</param>
/// <param name="ClaimsByExtractor">The claim comparison: one row per source format (<c>variant</c>, <c>rules</c>, <c>model</c>, <c>combined</c>).</param>
/// <param name="CrossValidated">The model cards' cross-validated figures (<c>themes_card</c>, <c>claims_card</c>, and each card's <c>cross_validation</c> object as <c>themes</c> and <c>claims</c>), or null without cards.</param>
internal sealed record EvalJson(
    string? Extractor,
    ImmutableArray<EvalGroup> Groups,
    ImmutableArray<ThemeScoreJson> Themes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ThemesMissing,
    ImmutableArray<ClaimComparison> ClaimsByExtractor,
    ModelCards? CrossValidated);
