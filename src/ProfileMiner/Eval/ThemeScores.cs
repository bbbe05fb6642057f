using System.Collections.Immutable;

namespace ProfileMiner.Eval;

/// <summary>
/// Multi-label scores of theme assignments: every (passage, theme) pair counts once. Micro figures
/// pool the pairs of all themes; macro F1 is the mean of the per-theme F1 over the themes that occur
/// in the gold or the predictions.
/// </summary>
/// <param name="Passages">Gold passages scored.</param>
/// <param name="Micro">Pooled precision, recall and F1.</param>
/// <param name="MacroF1">Mean per-theme F1.</param>
/// <param name="ByTheme">Scores per theme id.</param>
public sealed record ThemeScores(int Passages, PrfScore Micro, double MacroF1, ImmutableSortedDictionary<string, PrfScore> ByTheme)
{
    /// <summary>Scores predicted theme sets against gold theme sets, pair by pair.</summary>
    public static ThemeScores Compute(IEnumerable<(IReadOnlyCollection<string> Gold, IReadOnlyCollection<string> Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);
        var passages = 0;
        foreach (var (g, p) in pairs)
        {
            passages++;
            foreach (var t in g.Distinct(StringComparer.Ordinal))
            {
                gold[t] = gold.GetValueOrDefault(t) + 1;
                if (p.Contains(t))
                {
                    matched[t] = matched.GetValueOrDefault(t) + 1;
                }
            }

            foreach (var t in p.Distinct(StringComparer.Ordinal))
            {
                predicted[t] = predicted.GetValueOrDefault(t) + 1;
            }
        }

        var themes = gold.Keys.Union(predicted.Keys, StringComparer.Ordinal);
        var byTheme = themes.ToImmutableSortedDictionary(
            t => t, t => new PrfScore(predicted.GetValueOrDefault(t), gold.GetValueOrDefault(t), matched.GetValueOrDefault(t)), StringComparer.Ordinal);
        var micro = new PrfScore(predicted.Values.Sum(), gold.Values.Sum(), matched.Values.Sum());
        var macro = byTheme.Count == 0 ? 0 : byTheme.Values.Average(s => s.F1);
        return new ThemeScores(passages, micro, macro, byTheme);
    }
}
