namespace ProfileMiner.Extract.Themes;

/// <summary>
/// The rule side: scores each theme from its reviewed lexicon (<see cref="ThemeLexicon"/>), a raw
/// score <c>s</c> becoming <c>s / (s + 1)</c>. A passage none of whose phrases occur gets no theme.
/// By default only the passage's own text counts; <see cref="Context"/> can add its heading's,
/// neighbours' and lead-in's scores.
/// </summary>
public sealed class LexiconThemeScorer : IThemeScorer
{
    /// <summary>The id written with the lexicon's themes.</summary>
    public const string ExtractorId = "themes.lexicon";

    /// <summary>Scores with <paramref name="lexicon"/> (default: the shipped lexicon).</summary>
    public LexiconThemeScorer(ThemeLexicon? lexicon = null) => Lexicon = lexicon ?? ThemeLexicon.Default;

    /// <summary>The lexicon used.</summary>
    public ThemeLexicon Lexicon { get; }

    /// <inheritdoc />
    public string Id => ExtractorId;

    /// <inheritdoc />
    public ThemeCatalogue Catalogue => Lexicon.Catalogue;

    /// <inheritdoc />
    public ThemeSelection Selection { get; init; } = new() { MinTopScore = 0.01, MinScore = 0.2, RelativeToTop = 0.6 };

    /// <summary>How much the passage's context counts (default: not at all).</summary>
    public ThemeContextWeights Context { get; init; } = ThemeContextWeights.None;

    /// <inheritdoc />
    public IReadOnlyList<double[]> Score(IReadOnlyList<ThemePassage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return Score(passages, new LexiconScoreCache(Lexicon));
    }

    /// <summary>Scores <paramref name="passages"/> with the raw scores of <paramref name="cache"/>, which a blend shares with its model.</summary>
    internal IReadOnlyList<double[]> Score(IReadOnlyList<ThemePassage> passages, LexiconScoreCache cache) =>
        [.. passages.Select(p => Normalise(cache.Raw(p, Context)))];

    /// <summary>Maps raw lexicon scores into [0, 1).</summary>
    internal static double[] Normalise(double[] raw) => [.. raw.Select(s => s / (s + 1))];
}
