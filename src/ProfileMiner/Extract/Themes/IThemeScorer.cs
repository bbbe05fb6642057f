namespace ProfileMiner.Extract.Themes;

/// <summary>
/// Scores passages against every theme of a <see cref="ThemeCatalogue"/>: the lexicon, the learned
/// model, or both. Implementations are thread-safe.
/// </summary>
public interface IThemeScorer
{
    /// <summary>The extractor id written with the themes, e.g. <c>themes.lexicon</c>.</summary>
    string Id { get; }

    /// <summary>The themes scored; each score array follows its <see cref="ThemeCatalogue.Ids"/> order.</summary>
    ThemeCatalogue Catalogue { get; }

    /// <summary>How scores become one to three themes.</summary>
    ThemeSelection Selection { get; }

    /// <summary>One score per theme (0 to 1) for each passage, in the order given.</summary>
    IReadOnlyList<double[]> Score(IReadOnlyList<ThemePassage> passages);
}
