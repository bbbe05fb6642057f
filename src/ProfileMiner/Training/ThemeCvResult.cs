using System.Collections.Immutable;
using ProfileMiner.Eval;

namespace ProfileMiner.Training;

/// <summary>Cross-validated theme scores of the lexicon, the models and the shipped blend, on the same folds.</summary>
/// <param name="Folds">The number of folds.</param>
/// <param name="Lexicon">The lexicon alone, on the passage's own text.</param>
/// <param name="TextModel">A model of the text's n-grams alone (no lexicon or context features).</param>
/// <param name="Model">The shipped model: n-grams plus the lexicon's scores of the passage and its context.</param>
/// <param name="Combined">The shipped blend of the lexicon (with context) and the shipped model.</param>
public sealed record ThemeCvResult(int Folds, ThemeScores Lexicon, ThemeScores TextModel, ThemeScores Model, ThemeScores Combined)
{
    /// <summary>What each fold held out whole.</summary>
    public HoldOut HoldOut { get; init; } = HoldOut.Section;

    /// <summary>How many folds held something out (fewer than <see cref="Folds"/> when there were fewer sections or documents).</summary>
    public int FoldsUsed { get; init; }

    /// <summary>How many scored passages each label file gave (the gold's <c>themes.jsonl</c>, and any label file whose rows name a <c>doc</c>), by file name.</summary>
    public IReadOnlyDictionary<string, int> ScoredBySource { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// The held-out passages' gold and chosen themes for each weight of
    /// <see cref="CheckHalfSelection.BlendGrid"/>, in its order (empty for a cross-validation that did not record them).
    /// </summary>
    public ImmutableArray<List<(IReadOnlyCollection<string> Gold, IReadOnlyCollection<string> Predicted)>> BlendPairs { get; init; } = [];
}
