namespace ProfileMiner.Extract.Themes;

/// <summary>
/// The combination of the lexicon and a learned model: each theme's score is
/// <c>w x model + (1 - w) x lexicon</c>, so the model can lift themes the lexicon misses and damp
/// the ones its generic words over-predict, while the reviewed phrases keep rare themes in reach.
/// </summary>
public sealed class BlendedThemeScorer : IThemeScorer
{
    /// <summary>The id of the blend's themes.</summary>
    public const string ExtractorId = "themes.combined";

    private readonly IThemeScorer _lexicon;
    private readonly IThemeScorer _model;

    /// <summary>Blends <paramref name="lexicon"/> and <paramref name="model"/> with weight <paramref name="modelWeight"/> on the model.</summary>
    public BlendedThemeScorer(IThemeScorer lexicon, IThemeScorer model, double modelWeight = DefaultModelWeight)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(modelWeight, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(modelWeight, 1);
        _lexicon = lexicon;
        _model = model;
        ModelWeight = modelWeight;
    }

    /// <summary>The default weight of the model.</summary>
    public const double DefaultModelWeight = 0.45;

    /// <summary>The weight of the model's probabilities (the lexicon gets the rest).</summary>
    public double ModelWeight { get; }

    /// <inheritdoc />
    public string Id => ExtractorId;

    /// <inheritdoc />
    public ThemeCatalogue Catalogue => _model.Catalogue;

    /// <inheritdoc />
    public ThemeSelection Selection { get; init; } = ThemeSelection.Default;

    /// <inheritdoc />
    public IReadOnlyList<double[]> Score(IReadOnlyList<ThemePassage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);

        // The model reads the same lexicon's scores as features: both share one cache, so each text is scored once.
        IReadOnlyList<double[]> lexicon, model;
        if (_lexicon is LexiconThemeScorer rules && _model is ModelThemeScorer learned && ReferenceEquals(rules.Lexicon, learned.Lexicon))
        {
            var cache = new LexiconScoreCache(rules.Lexicon);
            lexicon = rules.Score(passages, cache);
            model = learned.Model.Score(passages, cache);
        }
        else
        {
            lexicon = _lexicon.Score(passages);
            model = _model.Score(passages);
        }

        return [.. lexicon.Zip(model, (l, m) => l.Zip(m, (a, b) => ((1 - ModelWeight) * a) + (ModelWeight * b)).ToArray())];
    }
}
