using System.Collections.Immutable;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Training;

/// <summary>
/// The shipped blends, chosen on the real check half (councils the models are never trained on):
/// the theme model's weight against the lexicon, and the claim model's veto and threshold. Each is
/// the value of a fixed grid with the best micro-F1 on the check half's labels.
/// </summary>
internal static class CheckHalfSelection
{
    /// <summary>How far below the best pooled micro-F1 a weight may be and still count as tied with it (about three of a thousand passages).</summary>
    public const double Tolerance = 0.005;

    /// <summary>The theme model weights tried.</summary>
    public static ImmutableArray<double> BlendGrid { get; } = [0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1];

    /// <summary>
    /// Each weight of <see cref="BlendGrid"/> scored on <paramref name="check"/> (the check half's
    /// labelled passages, with their context, scored by the final model) and pooled with the
    /// cross-validation's held-out passages at the same weight (<paramref name="crossValidated"/>,
    /// <see cref="ThemeCvResult.BlendPairs"/>); the weight with the best pooled micro-F1 wins, the
    /// nearest <see cref="BlendedThemeScorer.DefaultModelWeight"/> among those within
    /// <see cref="Tolerance"/> of the best. Pooling keeps a choice on the check half's hundred-odd
    /// passages from trading away what the seed sections show, and the tolerance keeps it from
    /// following differences smaller than a few passages.
    /// </summary>
    public static (double Weight, ImmutableArray<BlendTried> Tried) Blend(ThemeModel model, IReadOnlyList<ThemeExample> check, ThemeLexicon lexicon, ImmutableArray<List<(IReadOnlyCollection<string> Gold, IReadOnlyCollection<string> Predicted)>> crossValidated)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(lexicon);
        var passages = check.Select(e => e.Passage).ToList();
        var lexiconScores = new LexiconThemeScorer(lexicon) { Context = ThemeContextWeights.Default }.Score(passages);
        var modelScores = new ModelThemeScorer(model, lexicon).Score(passages);
        var tried = ImmutableArray.CreateBuilder<BlendTried>();
        for (var w = 0; w < BlendGrid.Length; w++)
        {
            var weight = BlendGrid[w];
            var pairs = Pairs(check, lexiconScores, modelScores, weight, ThemeSelection.Default, lexicon.Catalogue).ToList();
            var pooled = ThemeScores.Compute([.. pairs, .. crossValidated.IsDefaultOrEmpty ? [] : crossValidated[w]]);
            tried.Add(new BlendTried(weight, ThemeScores.Compute(pairs), pooled));
        }

        var best = tried.Max(t => t.Pooled.Micro.F1);
        var chosen = tried.Where(t => t.Pooled.Micro.F1 >= best - Tolerance).MinBy(t => Math.Abs(t.Weight - BlendedThemeScorer.DefaultModelWeight))!;
        return (chosen.Weight, tried.ToImmutable());
    }

    /// <summary>The gold and chosen themes of <paramref name="examples"/> when the lexicon's and the model's scores are blended with <paramref name="weight"/> on the model.</summary>
    public static IEnumerable<(IReadOnlyCollection<string> Gold, IReadOnlyCollection<string> Predicted)> Pairs(
        IReadOnlyList<ThemeExample> examples, IReadOnlyList<double[]> lexicon, IReadOnlyList<double[]> model, double weight, ThemeSelection selection, ThemeCatalogue catalogue)
    {
        for (var i = 0; i < examples.Count; i++)
        {
            var blended = lexicon[i].Zip(model[i], (l, m) => ((1 - weight) * l) + (weight * m)).ToArray();
            yield return (examples[i].Themes, selection.Select(blended).Select(c => catalogue.Ids[c.Theme]).ToList());
        }
    }

    /// <summary>
    /// The check half's covered sentences (<paramref name="check"/>) as the final classifier and
    /// verifier (<paramref name="model"/>) score them: the rule-fired ones with their verifier
    /// probability, the others with the classifier's verdict, for <see cref="ClaimSelection.Choose"/>.
    /// </summary>
    public static ScoredClaimSentences ScoreClaims(ClaimModel model, ClaimTrainingData check)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(check);
        var fired = check.Candidates.Where(c => c.RuleFired).ToList();
        var verified = model.HasVerifier ? model.Verify([.. fired.Select(c => (c.Sentence.Text, (IReadOnlyList<string>)c.RuleTypes))]) : [.. fired.Select(_ => 1.0)];
        var silent = check.Candidates.Where(c => !c.RuleFired).ToList();
        var verdicts = model.Predict([.. silent.Select(c => c.Sentence.Text)]);
        return new ScoredClaimSentences(
            check.Candidates.Count,
            check.UnmatchedGold.Count + check.Candidates.Sum(c => c.GoldTypes.Length),
            [.. fired.Select((c, i) => (ClaimVerifierExample.From(c), verified[i]))],
            [.. silent.Select((c, i) => (verdicts[i].Label, verdicts[i].Probability, c.GoldTypes.Contains(verdicts[i].Label)))]);
    }
}

/// <summary>One weight of the blend grid: its micro-F1 on the check half and pooled with the cross-validation.</summary>
internal sealed record BlendTried(double Weight, ThemeScores Check, ThemeScores Pooled);

/// <summary>Covered sentences scored by a claim model: how many, their gold claims, the rule-fired ones with the verifier's probability, the others with the classifier's verdict and whether a gold claim of that type stands there.</summary>
internal sealed record ScoredClaimSentences(int Sentences, int Gold, ImmutableArray<(ClaimVerifierExample Example, double Probability)> Fired, ImmutableArray<(string Label, double Probability, bool Hit)> Silent)
{
    /// <summary>The sentence-level score of the rule claims alone.</summary>
    public PrfScore Rules => new(Fired.Sum(f => f.Example.RuleTypes.Length), Gold, Fired.Sum(f => f.Example.RuleMatched));

    /// <summary>The sentence-level score of the rule claims the veto keeps and the model's claims at the threshold.</summary>
    public PrfScore Combined(double veto, double threshold)
    {
        var kept = Fired.Where(f => f.Probability >= veto).ToList();
        var added = Silent.Where(s => s.Label != ClaimModel.None && s.Probability >= threshold).ToList();
        return new(kept.Sum(f => f.Example.RuleTypes.Length) + added.Count, Gold, kept.Sum(f => f.Example.RuleMatched) + added.Count(a => a.Hit));
    }
}
