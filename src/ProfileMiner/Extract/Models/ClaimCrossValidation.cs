using ProfileMiner.Eval;
using ProfileMiner.IO;
using ProfileMiner.Model;
using ProfileMiner.Output;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Section-grouped k-fold cross-validation of the claim model: each held-out section's sentences are
/// classified by a model trained on the other sections; the rule claims, the model's claims and their
/// combination are then scored with <see cref="ExtractionScorer"/>, exactly as <c>eval</c> scores a run.
/// </summary>
internal static class ClaimCrossValidation
{
    public static ClaimCvResult Run(ClaimTrainingData data, IReadOnlyList<ClaimExample> extra, string goldFolder, string docsFolder, int folds, int seed, double threshold, double veto)
    {
        var foldOf = CrossValidation.Folds(data.Candidates.Select(c => c.Group), folds);
        var modelClaims = new List<(Claim Claim, bool RuleFired)>();
        var claimProbability = new Dictionary<(string Doc, int Start), double>();
        for (var fold = 0; fold < folds; fold++)
        {
            var test = data.Candidates.Where(c => foldOf[c.Group] == fold).ToList();
            if (test.Count == 0)
            {
                continue;
            }

            var train = data.Examples.Where(e => e.Group is null || !foldOf.TryGetValue(e.Group, out var f) || f != fold).Concat(extra).ToList();
            var model = ClaimTrainer.Train(train, seed);
            var verdicts = model.Predict([.. test.Select(c => c.Sentence.Text)]);
            for (var i = 0; i < test.Count; i++)
            {
                var (label, probability) = verdicts[i];
                claimProbability[(test[i].Passage.Doc, test[i].Sentence.Start)] = probability;
                if (label != ClaimModel.None && ClaimModel.Labels.Contains(label) && probability >= threshold)
                {
                    modelClaims.Add((ModelClaims.Make(test[i].Passage, test[i].Sentence, label, probability), test[i].RuleFired));
                }
            }
        }

        var sentenceOf = data.Candidates.GroupBy(c => c.Passage.Doc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => (c.Sentence.Start, c.Sentence.End)).ToList(), StringComparer.Ordinal);
        bool Kept(Claim claim)
        {
            if (!sentenceOf.TryGetValue(claim.Doc, out var sentences))
            {
                return true;
            }

            var (start, _) = sentences.FirstOrDefault(s => claim.Source.Start >= s.Start && claim.Source.Start < s.End);
            return !claimProbability.TryGetValue((claim.Doc, start), out var p) || p >= veto;
        }

        var scorer = new ExtractionScorer(goldFolder, Directory.Exists(docsFolder) ? docsFolder : null);
        return new ClaimCvResult(
            folds,
            threshold,
            veto,
            data.Candidates.Count,
            Score(scorer, data.RuleClaims),
            Score(scorer, [.. modelClaims.Select(m => m.Claim)]),
            Score(scorer, [.. data.RuleClaims.Where(Kept), .. modelClaims.Where(m => !m.RuleFired).Select(m => m.Claim)]));
    }

    private static PrfScore Score(ExtractionScorer scorer, List<Claim> claims)
    {
        var folder = Path.Combine(Path.GetTempPath(), "profileminer-cv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var content = new CorpusContent([], [.. claims]);
            AtomicFile.Write(Path.Combine(folder, "claims.jsonl"), s => new ClaimsJsonlWriter().Write(content, s));
            AtomicFile.Write(Path.Combine(folder, "metrics.jsonl"), _ => { });
            var group = scorer.Score(folder).Groups.FirstOrDefault(g => g.Variant == ".txt");
            return group?.Claims ?? new PrfScore(0, 0, 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
