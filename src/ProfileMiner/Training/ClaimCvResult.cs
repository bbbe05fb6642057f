using System.Collections.Immutable;
using ProfileMiner.Eval;

namespace ProfileMiner.Training;

/// <summary>
/// Cross-validated claim scores (GUIDE.md matching, as <c>eval</c> scores: type and sentence) of the
/// rules alone, the model alone (its claims wherever it finds a claim more likely than not, rules or
/// no rules), and the combination (rule claims plus the model's where the rules
/// are silent, less the rule claims of sentences the verifier finds unlikely to be claims), with the
/// threshold and veto (as asked for, <see cref="ClaimSelection.Auto"/> when chosen by an inner
/// cross-validation; <c>train</c> reports the shipped model's), those each fold used, and how many rule
/// claims the vetoes dropped.
/// </summary>
public sealed record ClaimCvResult(int Folds, double Threshold, double Veto, int Sentences, PrfScore Rules, PrfScore Model, PrfScore Combined)
{
    /// <summary>The veto each outer fold used.</summary>
    public ImmutableArray<double> FoldVetoes { get; init; } = [];

    /// <summary>The threshold each outer fold used.</summary>
    public ImmutableArray<double> FoldThresholds { get; init; } = [];

    /// <summary>Rule claims the vetoes dropped over all folds.</summary>
    public int Vetoed { get; init; }

    /// <summary>What each fold held out whole.</summary>
    public HoldOut HoldOut { get; init; } = HoldOut.Section;

    /// <summary>How many folds held something out (fewer than <see cref="Folds"/> when there are fewer sections or documents).</summary>
    public int FoldsUsed { get; init; }
}
