using System.Collections.Immutable;
using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Ingest;
using ProfileMiner.Segment;

namespace ProfileMiner.Training;

/// <summary>
/// Picks the claim model's veto and threshold by an inner cross-validation on the training sections
/// only: the classifier and the verifier are trained on the other inner folds, each held-out sentence
/// gets its probabilities, and the veto (<see cref="VetoGrid"/>) giving the best F1 of the rule claims
/// that are kept wins (the smallest on a tie, so the veto drops no more than it must); then, with
/// that veto, the threshold (<see cref="ThresholdGrid"/>) giving the best F1 once the model's claims
/// in sentences where no rule fires are added (the highest on a tie, so the model adds no more than it must).
/// </summary>
internal static class ClaimSelection
{
    /// <summary>The value of <c>--claim-veto</c> or <c>--claim-threshold</c> that means "choose it by inner cross-validation".</summary>
    public const double Auto = -1;

    /// <summary>The threshold that lets the model add nothing.</summary>
    public const double Never = 1.01;

    /// <summary>The vetoes tried.</summary>
    public static ImmutableArray<double> VetoGrid { get; } = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

    /// <summary>The thresholds tried (<see cref="Never"/>: the model adds no claim).</summary>
    public static ImmutableArray<double> ThresholdGrid { get; } = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, Never];

    /// <summary>
    /// The veto and threshold for the training sections of <paramref name="candidates"/>: a value of
    /// <paramref name="veto"/> or <paramref name="threshold"/> of 0 or more is kept as given, a negative one is chosen.
    /// </summary>
    /// <param name="candidates">The covered sentences of the training sections.</param>
    /// <param name="examples">The classifier's training examples (those sections' and written ones).</param>
    /// <param name="written">Written sentences the rules fire on (only trained on).</param>
    /// <param name="unmatchedGold">Gold claims of the training sections that match no covered sentence.</param>
    /// <param name="veto">The veto asked for.</param>
    /// <param name="threshold">The threshold asked for.</param>
    /// <param name="folds">Inner folds.</param>
    /// <param name="seed">The MLContext seed.</param>
    /// <param name="holdOut">What each inner fold holds out: sections, or whole documents.</param>
    /// <param name="check">
    /// The real check half's sentences scored by the final model (<see cref="CheckHalfSelection.ScoreClaims"/>),
    /// pooled with the inner cross-validation's held-out sentences; null: the inner cross-validation alone.
    /// </param>
    public static (double Veto, double Threshold) Choose(
        IReadOnlyList<ClaimCandidate> candidates, IReadOnlyList<ClaimExample> examples, IReadOnlyList<ClaimVerifierExample> written,
        int unmatchedGold, double veto, double threshold, int folds, int seed, HoldOut holdOut = HoldOut.Section, ScoredClaimSentences? check = null)
    {
        var units = FoldAssignment.CountUnits(candidates.Select(c => c.Group), holdOut);
        if ((veto >= 0 && threshold >= 0) || units < 2)
        {
            return (Math.Max(veto, 0), threshold >= 0 ? threshold : Never);
        }

        var inner = Math.Min(folds, units);
        var foldOf = FoldAssignment.Deal(candidates.Select(c => c.Group), inner, holdOut);
        var verified = new Dictionary<ClaimCandidate, double>(ReferenceEqualityComparer.Instance);
        var verdict = new Dictionary<ClaimCandidate, (string Label, double Probability)>(ReferenceEqualityComparer.Instance);
        for (var fold = 0; fold < inner; fold++)
        {
            var test = candidates.Where(c => foldOf.Of(c.Group) == fold).ToList();
            var fired = test.Where(c => c.RuleFired).ToList();
            if (veto < 0 && fired.Count > 0)
            {
                var verifier = ClaimTrainer.TrainVerifier([.. candidates.Where(c => c.RuleFired && foldOf.Of(c.Group) != fold).Select(ClaimVerifierExample.From), .. written], seed);
                if (verifier is not null)
                {
                    var p = ClaimModel.Verify(verifier, [.. fired.Select(c => ClaimVerifierExample.From(c).Input)]);
                    for (var i = 0; i < fired.Count; i++)
                    {
                        verified[fired[i]] = p[i];
                    }
                }
            }

            var silent = test.Where(c => !c.RuleFired).ToList();
            if (threshold < 0 && silent.Count > 0)
            {
                var model = ClaimTrainer.Train([.. examples.Where(e => foldOf.Of(e.Group) != fold)], seed);
                var v = model.Predict([.. silent.Select(c => c.Sentence.Text)]);
                for (var i = 0; i < silent.Count; i++)
                {
                    verdict[silent[i]] = v[i];
                }
            }
        }

        var gold = unmatchedGold + candidates.Sum(c => c.GoldTypes.Length) + (check?.Gold ?? 0);
        List<(ClaimVerifierExample, double)> firedScored = [.. candidates.Where(c => c.RuleFired).Select(c => (ClaimVerifierExample.From(c), verified.TryGetValue(c, out var p) ? p : 1.0)), .. check?.Fired ?? []];
        var chosenVeto = veto >= 0 ? veto : BestVeto(firedScored, gold - firedScored.Sum(s => s.Item1.GoldCount));
        var kept = firedScored.Where(s => s.Item2 >= chosenVeto).ToList();
        var chosenThreshold = threshold >= 0
            ? threshold
            : BestThreshold(kept.Sum(s => s.Item1.RuleTypes.Length), kept.Sum(s => s.Item1.RuleMatched), gold,
                [.. candidates.Where(verdict.ContainsKey).Select(c => (verdict[c].Label, verdict[c].Probability, c.GoldTypes.Contains(verdict[c].Label))), .. check?.Silent ?? []]);
        return (chosenVeto, chosenThreshold);
    }

    /// <summary>The veto of <see cref="VetoGrid"/> with the best F1 of the kept rule claims over <paramref name="scored"/>.</summary>
    public static double BestVeto(IReadOnlyList<(ClaimVerifierExample Example, double Probability)> scored, int otherGold)
    {
        var gold = otherGold + scored.Sum(s => s.Example.GoldCount);
        var best = (Value: 0.0, F1: -1.0);
        foreach (var veto in VetoGrid)
        {
            var kept = scored.Where(s => s.Probability >= veto).ToList();
            var f1 = F1(kept.Sum(s => s.Example.RuleTypes.Length), kept.Sum(s => s.Example.RuleMatched), gold);
            if (f1 > best.F1 + 1e-9)
            {
                best = (veto, f1);
            }
        }

        return best.Value;
    }

    /// <summary>
    /// The threshold of <see cref="ThresholdGrid"/> with the best F1 when the model's claims (type, probability,
    /// whether a gold claim of that type stands in the sentence) are added to the kept rule claims; the highest on a tie.
    /// </summary>
    public static double BestThreshold(int rulePredicted, int ruleMatched, int gold, IReadOnlyList<(string Label, double Probability, bool Hit)> silent)
    {
        var best = (Value: Never, F1: -1.0);
        for (var t = ThresholdGrid.Length - 1; t >= 0; t--)
        {
            var threshold = ThresholdGrid[t];
            var added = silent.Where(s => s.Label != ClaimModel.None && s.Probability >= threshold).ToList();
            var f1 = F1(rulePredicted + added.Count, ruleMatched + added.Count(a => a.Hit), gold);
            if (f1 > best.F1 + 1e-9)
            {
                best = (threshold, f1);
            }
        }

        return best.Value;
    }

    /// <summary>
    /// The written examples in which the rules find claims, as verifier examples (only trained on):
    /// each sentence is read as a small Markdown document and given to the rule extractor.
    /// </summary>
    public static List<ClaimVerifierExample> Written(IEnumerable<ClaimExample> written)
    {
        var rules = new ClaimRuleExtractor();
        var result = new List<ClaimVerifierExample>();
        foreach (var example in written)
        {
            var diagnostics = new DiagnosticBag();
            var source = MarkdownDocumentReader.Default.Read(InputFile.FromBytes("written.md", Encoding.UTF8.GetBytes("# Written\n\n" + example.Text + "\n")), diagnostics);
            if (source is null)
            {
                continue;
            }

            var document = CouncilSectionSegmenter.Default.Segment(source, diagnostics);
            var types = rules.Extract(document, diagnostics).OfType<Model.Claim>().Select(c => c.Type).ToImmutableArray();
            if (types.Length > 0)
            {
                result.Add(new ClaimVerifierExample(example.Text, types, example.Label != ClaimModel.None, null, 0, 0));
            }
        }

        return result;
    }

    private static double F1(int predicted, int matched, int gold) => predicted + gold == 0 ? 0 : 2.0 * matched / (predicted + gold);
}
