using System.Collections.Immutable;

namespace ProfileMiner.Extract.Themes;

/// <summary>
/// Turns a passage's theme scores into one to three themes: the best theme when its score reaches
/// <see cref="MinTopScore"/>, then the next ones while they reach both <see cref="MinScore"/> and
/// <see cref="RelativeToTop"/> times the best score, up to <see cref="MaxThemes"/>.
/// </summary>
public sealed record ThemeSelection
{
    /// <summary>The settings of the model and the shipped combination (chosen by cross-validation).</summary>
    public static ThemeSelection Default { get; } = new();

    /// <summary>At most this many themes (THEMES.md: one to three).</summary>
    public int MaxThemes { get; init; } = 3;

    /// <summary>The best theme is kept when its score is at least this (0 keeps it always).</summary>
    public double MinTopScore { get; init; }

    /// <summary>A further theme needs at least this score.</summary>
    public double MinScore { get; init; } = 0.3;

    /// <summary>A further theme needs at least this fraction of the best score.</summary>
    public double RelativeToTop { get; init; } = 0.6;

    /// <summary>Returns the chosen themes' indexes and scores, best first; empty when the best score is below <see cref="MinTopScore"/>.</summary>
    public ImmutableArray<(int Theme, double Score)> Select(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var ranked = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(MaxThemes).ToList();
        if (ranked.Count == 0 || scores[ranked[0]] < MinTopScore || scores[ranked[0]] <= 0)
        {
            return [];
        }

        var top = scores[ranked[0]];
        var chosen = ImmutableArray.CreateBuilder<(int, double)>();
        chosen.Add((ranked[0], top));
        foreach (var i in ranked.Skip(1))
        {
            if (scores[i] >= MinScore && scores[i] >= RelativeToTop * top)
            {
                chosen.Add((i, scores[i]));
            }
        }

        return chosen.ToImmutable();
    }
}
