using ProfileMiner.Extract.Models;

namespace ProfileMiner.Extract.Themes;

/// <summary>
/// The learned side: scores themes with a trained <see cref="ThemeModel"/>. When the model takes the
/// lexicon's scores as features it is the combination of both (<c>themes.combined</c>); otherwise it
/// reads the text alone (<c>themes.model</c>). Every passage gets at least its best theme.
/// </summary>
public sealed class ModelThemeScorer : IThemeScorer
{
    /// <summary>The id of a text-only model's themes.</summary>
    public const string ModelId = "themes.model";

    /// <summary>The id of the combined model's themes (text and lexicon features).</summary>
    public const string CombinedId = "themes.combined";

    /// <summary>Scores with <paramref name="model"/>, computing lexicon features with <paramref name="lexicon"/>.</summary>
    public ModelThemeScorer(ThemeModel model, ThemeLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        Lexicon = lexicon ?? ThemeLexicon.Default;
    }

    /// <summary>The model.</summary>
    public ThemeModel Model { get; }

    /// <summary>The lexicon whose scores the combined model reads.</summary>
    public ThemeLexicon Lexicon { get; }

    /// <inheritdoc />
    public string Id => Model.UsesLexicon ? CombinedId : ModelId;

    /// <inheritdoc />
    public ThemeCatalogue Catalogue => Model.Catalogue;

    /// <inheritdoc />
    public ThemeSelection Selection { get; init; } = ThemeSelection.Default;

    /// <inheritdoc />
    public IReadOnlyList<double[]> Score(IReadOnlyList<ThemePassage> passages) => Model.Score(passages, Lexicon);
}
