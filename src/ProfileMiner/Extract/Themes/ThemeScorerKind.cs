namespace ProfileMiner.Extract.Themes;

/// <summary>Which theme scorer a run uses.</summary>
public enum ThemeScorerKind
{
    /// <summary>The shipped combination of lexicon and model, or the lexicon when no model is found.</summary>
    Default,

    /// <summary>The lexicon alone.</summary>
    Lexicon,
}
