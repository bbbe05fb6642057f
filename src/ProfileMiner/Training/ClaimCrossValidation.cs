using System.Text.Json;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Models;
using ProfileMiner.Model;
using ProfileMiner.Output;
using ProfileMiner.Tables;

namespace ProfileMiner.Training;

/// <summary>
/// Section-grouped k-fold cross-validation of the claim model: each held-out section's sentences are
/// classified by a model trained on the other sections, and the rule claims of its sentences are
/// checked by a verifier trained on the other sections' rule-fired sentences, with a veto chosen by an
/// inner cross-validation on those training sections only (<see cref="ClaimSelection"/>, which picks the
/// threshold of the model's own claims the same way); the rule
/// claims, the model's claims and their combination are then scored with <see cref="ExtractionScorer"/>,
/// exactly as <c>eval</c> scores a run. Text written for training is only ever trained on.
/// </summary>
internal static class ClaimCrossValidation
{
    /// <summary>
    /// Runs the cross-validation, the folds side by side on up to <paramref name="parallelism"/>
    /// threads (default: one a core), joined in fold order, so the figures do not depend on it.
    /// </summary>
    public static ClaimCvResult Run(ClaimTrainingData data, IReadOnlyList<ClaimExample> extra, IReadOnlyList<ClaimVerifierExample> writtenVerifier, string goldFolder, string docsFolder, int folds, int seed, double threshold, double veto, int? parallelism = null, HoldOut holdOut = HoldOut.Section)
    {
        var foldOf = FoldAssignment.Deal(data.Candidates.Select(c => c.Group), folds, holdOut);
        var results = new FoldResult?[folds];
        var threads = new ParallelOptions { MaxDegreeOfParallelism = CrossValidation.Threads(parallelism) };
        Parallel.For(0, folds, threads, fold => results[fold] = RunFold(data, extra, writtenVerifier, foldOf, fold, folds, seed, threshold, veto, holdOut));
        var done = results.OfType<FoldResult>().ToList();
        var modelClaims = done.SelectMany(r => r.ModelClaims).ToList();
        var modelAlone = done.SelectMany(r => r.ModelAlone).ToList();
        var vetoed = done.SelectMany(r => r.Vetoed).ToHashSet();
        var foldVetoes = done.Select(r => r.Veto).ToList();
        var foldThresholds = done.Select(r => r.Threshold).ToList();

        var sentenceOf = data.Candidates.GroupBy(c => c.Passage.Doc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => (c.Sentence.Start, c.Sentence.End)).ToList(), StringComparer.Ordinal);
        bool Kept(Claim claim)
        {
            if (!sentenceOf.TryGetValue(claim.Doc, out var sentences))
            {
                return true;
            }

            var inside = sentences.Where(s => claim.Source.Start >= s.Start && claim.Source.Start < s.End).ToList();
            return inside.Count == 0 || !vetoed.Contains((claim.Doc, inside[0].Start));
        }

        var kept = data.RuleClaims.Where(Kept).ToList();
        var scorer = new ExtractionScorer(goldFolder, Directory.Exists(docsFolder) ? docsFolder : null);
        var rules = Score(scorer, data.RuleClaims, 0);
        return new ClaimCvResult(
            folds,
            threshold,
            veto,
            data.Candidates.Count,
            rules,
            Score(scorer, modelAlone, rules.Gold),
            Score(scorer, [.. kept, .. modelClaims.Where(m => !m.RuleFired).Select(m => m.Claim)], rules.Gold))
        {
            FoldVetoes = [.. foldVetoes],
            FoldThresholds = [.. foldThresholds],
            Vetoed = data.RuleClaims.Count - kept.Count,
            HoldOut = holdOut,
            FoldsUsed = foldOf.Used,
        };
    }

    // One fold: the model and verifier trained on the other sections, the veto and threshold chosen on them alone.
    private static FoldResult? RunFold(ClaimTrainingData data, IReadOnlyList<ClaimExample> extra, IReadOnlyList<ClaimVerifierExample> writtenVerifier, FoldAssignment foldOf, int fold, int folds, int seed, double threshold, double veto, HoldOut holdOut)
    {
        var test = data.Candidates.Where(c => foldOf.Of(c.Group) == fold).ToList();
        if (test.Count == 0)
        {
            return null;
        }

        var train = data.Examples.Where(e => foldOf.Of(e.Group) != fold).Concat(extra).ToList();
        var trainCandidates = data.Candidates.Where(c => foldOf.Of(c.Group) != fold).ToList();
        var verifierTrain = trainCandidates.Where(c => c.RuleFired).Select(ClaimVerifierExample.From).Concat(writtenVerifier).ToList();
        var unmatched = data.UnmatchedGold.Count(g => foldOf.Of(g) != fold);
        var (foldVeto, foldThreshold) = ClaimSelection.Choose(trainCandidates, train, writtenVerifier, unmatched, veto, threshold, folds, seed, holdOut);
        var model = ClaimTrainer.Train(train, verifierTrain, foldVeto, foldThreshold, seed);
        var verdicts = model.Predict([.. test.Select(c => c.Sentence.Text)]);
        var fired = test.Where(c => c.RuleFired).ToList();
        var checks = model.Verify([.. fired.Select(c => (c.Sentence.Text, (IReadOnlyList<string>)c.RuleTypes))]);
        var result = new FoldResult(foldVeto, foldThreshold);
        for (var i = 0; i < fired.Count; i++)
        {
            if (checks[i] < model.Veto)
            {
                result.Vetoed.Add((fired[i].Passage.Doc, fired[i].Sentence.Start));
            }
        }

        for (var i = 0; i < test.Count; i++)
        {
            var (label, probability) = verdicts[i];
            if (label == ClaimModel.None || !ClaimModel.Labels.Contains(label))
            {
                continue;
            }

            if (probability >= foldThreshold)
            {
                result.ModelClaims.Add((ModelClaims.Make(test[i].Passage, test[i].Sentence, label, probability), test[i].RuleFired));
            }

            if (probability >= ModelAloneThreshold)
            {
                result.ModelAlone.Add(ModelClaims.Make(test[i].Passage, test[i].Sentence, label, probability));
            }
        }

        return result;
    }

    /// <summary>The model alone claims a sentence when it finds a claim more likely than not.</summary>
    public const double ModelAloneThreshold = ModelAloneClaims.DefaultThreshold;

    // The claims as the run writes them (claims.jsonl rows), scored in memory as eval scores a run.
    private static PrfScore Score(ExtractionScorer scorer, List<Claim> claims, int gold)
    {
        using var buffer = new MemoryStream();
        new ClaimsJsonlWriter().Write(RunTables.Create(new CorpusContent([], [.. claims])), buffer);
        buffer.Position = 0;
        using var reader = new StreamReader(buffer);
        var rows = new List<JsonElement>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                using var row = JsonDocument.Parse(line);
                rows.Add(row.RootElement.Clone());
            }
        }

        var group = scorer.ScoreClaims(rows).Groups.FirstOrDefault(g => g.Variant == ".txt");
        return group?.Claims ?? new PrfScore(claims.Count, gold, 0);
    }

    private sealed record FoldResult(double Veto, double Threshold)
    {
        public List<(Claim Claim, bool RuleFired)> ModelClaims { get; } = [];

        public List<Claim> ModelAlone { get; } = [];

        public List<(string Doc, int Start)> Vetoed { get; } = [];
    }
}
