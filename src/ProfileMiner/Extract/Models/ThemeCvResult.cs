using ProfileMiner.Eval;

namespace ProfileMiner.Extract.Models;

/// <summary>Cross-validated theme scores of the lexicon, the model and their blend, on the same folds.</summary>
/// <param name="Folds">The number of folds.</param>
/// <param name="Lexicon">The lexicon alone.</param>
/// <param name="Model">The model alone.</param>
/// <param name="Combined">The blend of lexicon and model.</param>
public sealed record ThemeCvResult(int Folds, ThemeScores Lexicon, ThemeScores Model, ThemeScores Combined);
