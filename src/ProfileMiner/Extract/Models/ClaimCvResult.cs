using ProfileMiner.Eval;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Cross-validated claim scores (GUIDE.md matching, as <c>eval</c> scores: type and sentence) of the
/// rules alone, the model alone, and the combination (rule claims plus the model's where the rules
/// are silent, less the rule claims of sentences the model finds very unlikely to be claims), with the model's thresholds.
/// </summary>
public sealed record ClaimCvResult(int Folds, double Threshold, double Veto, int Sentences, PrfScore Rules, PrfScore Model, PrfScore Combined);
