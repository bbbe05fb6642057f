using System.Collections.Immutable;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Training;

/// <summary>
/// Section-grouped k-fold cross-validation of the theme scorers on the same folds: the lexicon
/// (nothing to train), a text-only model (an n-gram regression alone), the shipped model and the shipped combination
/// (<see cref="BlendedThemeScorer"/>). Only labelled passages of held-out sections (or documents,
/// <see cref="HoldOut"/>) are scored; the folds are made from them alone. Text written for training
/// is always on the training side, and weak examples are trained on unless their section (or
/// document) is held out.
/// </summary>
public static class ThemeCrossValidation
{
    /// <summary>
    /// Runs the cross-validation. The folds are trained side by side on up to
    /// <paramref name="parallelism"/> threads (default: one a core); each fold has its own seeded
    /// context, and their results are joined in fold order, so the figures do not depend on it.
    /// </summary>
    public static ThemeCvResult Run(IReadOnlyList<ThemeExample> examples, ThemeLexicon lexicon, int folds, ThemeTrainingOptions? options = null, ThemeSelection? selection = null, double blend = BlendedThemeScorer.DefaultModelWeight, ThemeContextWeights? context = null, int? parallelism = null, HoldOut holdOut = HoldOut.Section) =>
        Run(examples, lexicon, folds, options, selection, blend, context, parallelism, holdOut, keep: null, textModel: true);

    /// <summary>
    /// The same cross-validation with only part of the training folds' labelled passages trained on:
    /// <paramref name="keep"/> says, for a labelled passage of a real document and the fold being
    /// trained, whether it stays (written passages and weak labels always do; the scored passages
    /// are never touched; null keeps them all). Without <paramref name="textModel"/> the text-only
    /// model is not trained and its scores are zero (the learning curve does not report it).
    /// </summary>
    internal static ThemeCvResult Run(IReadOnlyList<ThemeExample> examples, ThemeLexicon lexicon, int folds, ThemeTrainingOptions? options, ThemeSelection? selection, double blend, ThemeContextWeights? context, int? parallelism, HoldOut holdOut, Func<ThemeExample, int, bool>? keep, bool textModel)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(lexicon);
        options ??= ThemeTrainingOptions.Default;
        selection ??= ThemeSelection.Default;
        context ??= ThemeContextWeights.Default;
        var foldOf = FoldAssignment.Deal(examples.Where(e => e.Scored).Select(e => e.Group), folds, holdOut);
        var lexiconScorer = new LexiconThemeScorer(lexicon);
        var blendLexicon = new LexiconThemeScorer(lexicon) { Context = context };
        var byFold = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>[folds][];
        var byWeight = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>[]?[folds];
        var threads = new ParallelOptions { MaxDegreeOfParallelism = CrossValidation.Threads(parallelism) };
        Parallel.For(0, folds, threads, fold =>
        {
            var pairs = Enumerable.Range(0, 4).Select(_ => new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>()).ToArray();
            byFold[fold] = pairs;
            var test = examples.Where(e => e.Scored && foldOf.Of(e.Group) == fold).ToList();
            if (test.Count == 0)
            {
                return;
            }

            var train = examples.Where(e => foldOf.Of(e.Group) != fold && (keep is null || !e.Scored || keep(e, fold))).ToList();
            var passages = test.Select(e => e.Passage).ToList();
            var model = new ModelThemeScorer(ThemeTrainer.Train(train, lexicon, options), lexicon) { Selection = selection };
            Collect(pairs[0], test, lexiconScorer, passages);
            if (textModel)
            {
                var textOnly = new ModelThemeScorer(ThemeTrainer.Train(train, lexicon, options with { UseLexicon = false, UseContext = false, Neighbours = 0 }), lexicon) { Selection = selection };
                Collect(pairs[1], test, textOnly, passages);
            }

            Collect(pairs[2], test, model, passages);
            Collect(pairs[3], test, new BlendedThemeScorer(blendLexicon, model, blend) { Selection = selection }, passages);

            // Every weight of the blend grid on the same held-out passages, for the shipped blend's choice.
            var weights = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>[CheckHalfSelection.BlendGrid.Length];
            byWeight[fold] = weights;
            var lexiconScores = blendLexicon.Score(passages);
            var modelScores = model.Score(passages);
            for (var w = 0; w < weights.Length; w++)
            {
                weights[w] = [.. CheckHalfSelection.Pairs(test, lexiconScores, modelScores, CheckHalfSelection.BlendGrid[w], selection, lexicon.Catalogue)];
            }
        });

        ThemeScores Scores(int scorer) => ThemeScores.Compute([.. byFold.SelectMany(f => f[scorer])]);
        var bySource = examples.Where(e => e.Scored).GroupBy(e => e.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var blends = CheckHalfSelection.BlendGrid.Select((_, w) => Enumerable.Range(0, folds).SelectMany(f => byWeight[f]?[w] ?? []).ToList()).ToImmutableArray();
        return new ThemeCvResult(folds, Scores(0), Scores(1), Scores(2), Scores(3)) { HoldOut = holdOut, FoldsUsed = foldOf.Used, ScoredBySource = bySource, BlendPairs = blends };
    }

    private static void Collect(List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)> pairs, List<ThemeExample> test, IThemeScorer scorer, List<ThemePassage> passages)
    {
        var scores = scorer.Score(passages);
        for (var i = 0; i < test.Count; i++)
        {
            var chosen = scorer.Selection.Select(scores[i]).Select(c => scorer.Catalogue.Ids[c.Theme]).ToImmutableArray();
            pairs.Add((test[i].Themes, chosen));
        }
    }
}
