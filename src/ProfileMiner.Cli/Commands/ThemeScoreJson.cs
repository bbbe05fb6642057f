using System.Collections.Immutable;
using ProfileMiner.Eval;

namespace ProfileMiner.Cli.Commands;

/// <summary>One row of <c>eval</c>'s theme table, as <c>eval --json</c> prints it.</summary>
/// <param name="Variant">The source format (<c>.txt</c>, <c>.pdf</c>, <c>.twocol.pdf</c>).</param>
/// <param name="Extractor">The theme extractor (<c>themes.combined</c>, <c>themes.lexicon</c>).</param>
/// <param name="GoldPassages">Gold passages scored (the table's "gold passages").</param>
/// <param name="MatchedPassages">Gold passages found among the run's passages (the table's "found").</param>
/// <param name="MicroPrecision">Pooled precision over (passage, theme) pairs.</param>
/// <param name="MicroRecall">Pooled recall.</param>
/// <param name="MicroF1">Pooled F1.</param>
/// <param name="MacroF1">Mean per-theme F1.</param>
/// <param name="Micro">The pooled counts behind the micro figures.</param>
/// <param name="ByTheme">Scores per theme id.</param>
internal sealed record ThemeScoreJson(
    string Variant,
    string Extractor,
    int GoldPassages,
    int MatchedPassages,
    double MicroPrecision,
    double MicroRecall,
    double MicroF1,
    double MacroF1,
    PrfScore Micro,
    ImmutableSortedDictionary<string, PrfScore> ByTheme)
{
    /// <summary>The gold folder scored, when <c>eval</c> scores several or splits one.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Gold { get; init; }

    /// <summary>The half of a split gold folder (<c>tune</c>, <c>check</c>).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Half { get; init; }
}
