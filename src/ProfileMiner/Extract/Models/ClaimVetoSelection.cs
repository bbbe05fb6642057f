using System.Collections.Immutable;
using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Ingest;
using ProfileMiner.Segment;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Picks the verifier's veto by an inner cross-validation on the training sections only: the
/// verifier is trained on the other inner folds, each held-out sentence where the rules fired gets
/// its claim probability, and of the candidate vetoes (<see cref="Grid"/>) the one giving the best
/// F1 of the rule claims that are kept wins (the smallest on a tie, so the veto drops no more than it must).
/// </summary>
internal static class ClaimVetoSelection
{
    /// <summary>The <c>--claim-veto</c> value that means "choose it by inner cross-validation".</summary>
    public const double Auto = -1;

    /// <summary>The vetoes tried.</summary>
    public static ImmutableArray<double> Grid { get; } = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

    /// <summary>
    /// The veto for <paramref name="examples"/> (the sentences of covered sections where the rules fired,
    /// and written ones, which are only trained on); <paramref name="otherGold"/> counts the gold claims of
    /// the same sections outside those sentences, which no veto can reach but which weigh recall.
    /// </summary>
    public static double Choose(IReadOnlyList<ClaimVerifierExample> examples, int otherGold, int folds, int seed)
    {
        var groups = examples.Select(e => e.Group).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        if (groups < 2)
        {
            return 0;
        }

        var foldOf = CrossValidation.Folds(examples.Select(e => e.Group), Math.Min(folds, groups));
        var probability = new Dictionary<ClaimVerifierExample, double>(ReferenceEqualityComparer.Instance);
        for (var fold = 0; fold < Math.Min(folds, groups); fold++)
        {
            var test = examples.Where(e => e.Group is not null && foldOf[e.Group] == fold).ToList();
            var verifier = ClaimTrainer.TrainVerifier([.. examples.Where(e => e.Group is null || foldOf[e.Group] != fold)], seed);
            if (test.Count == 0 || verifier is null)
            {
                continue;
            }

            var verdicts = ClaimModel.Verify(verifier, [.. test.Select(e => e.Input)]);
            for (var i = 0; i < test.Count; i++)
            {
                probability[test[i]] = verdicts[i];
            }
        }

        return Best(examples.Where(probability.ContainsKey).Select(e => (e, probability[e])).ToList(), otherGold);
    }

    /// <summary>The veto of <see cref="Grid"/> with the best F1 of the kept rule claims over <paramref name="scored"/>.</summary>
    public static double Best(IReadOnlyList<(ClaimVerifierExample Example, double Probability)> scored, int otherGold)
    {
        var gold = otherGold + scored.Sum(s => s.Example.GoldCount);
        var best = (Veto: 0.0, F1: -1.0);
        foreach (var veto in Grid)
        {
            var kept = scored.Where(s => s.Probability >= veto).ToList();
            var predicted = kept.Sum(s => s.Example.RuleTypes.Length);
            var matched = kept.Sum(s => s.Example.RuleMatched);
            var f1 = predicted + gold == 0 ? 0 : 2.0 * matched / (predicted + gold);
            if (f1 > best.F1 + 1e-9)
            {
                best = (veto, f1);
            }
        }

        return best.Veto;
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
}
