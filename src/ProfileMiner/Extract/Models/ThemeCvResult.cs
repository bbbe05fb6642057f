using ProfileMiner.Eval;

namespace ProfileMiner.Extract.Models;

/// <summary>Cross-validated theme scores of the lexicon, the text-only model and the combined model, on the same folds.</summary>
/// <param name="Folds">The number of folds.</param>
/// <param name="Lexicon">The lexicon alone.</param>
/// <param name="Model">The model on text features alone.</param>
/// <param name="Combined">The model on text and lexicon features.</param>
public sealed record ThemeCvResult(int Folds, ThemeScores Lexicon, ThemeScores Model, ThemeScores Combined);
