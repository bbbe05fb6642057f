using System.Collections.Immutable;
using ProfileMiner.Eval;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Cross-validated claim scores (GUIDE.md matching, as <c>eval</c> scores: type and sentence) of the
/// rules alone, the model alone, and the combination (rule claims plus the model's where the rules
/// are silent, less the rule claims of sentences the verifier finds unlikely to be claims), with the
/// model's threshold, the veto asked for (<see cref="ClaimVetoSelection.Auto"/>: chosen in each fold by an
/// inner cross-validation), the veto each fold used, and how many rule claims the vetoes dropped.
/// </summary>
public sealed record ClaimCvResult(int Folds, double Threshold, double Veto, int Sentences, PrfScore Rules, PrfScore Model, PrfScore Combined)
{
    /// <summary>The veto each outer fold used.</summary>
    public ImmutableArray<double> FoldVetoes { get; init; } = [];

    /// <summary>Rule claims the vetoes dropped over all folds.</summary>
    public int Vetoed { get; init; }
}
