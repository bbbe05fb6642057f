using System.Collections.Immutable;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Section-grouped k-fold cross-validation of the three theme scorers on the same folds: the
/// lexicon (nothing to train), the model, and the shipped combination (<see cref="BlendedThemeScorer"/>). Only labelled passages of held-out sections are scored; text written for training is
/// always on the training side.
/// </summary>
public static class ThemeCrossValidation
{
    /// <summary>Runs the cross-validation.</summary>
    public static ThemeCvResult Run(IReadOnlyList<ThemeExample> examples, ThemeLexicon lexicon, int folds, ThemeTrainingOptions? options = null, ThemeSelection? selection = null, double blend = BlendedThemeScorer.DefaultModelWeight)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(lexicon);
        options ??= ThemeTrainingOptions.Default;
        selection ??= ThemeSelection.Default;
        var foldOf = CrossValidation.Folds(examples.Select(e => e.Group), folds);
        var lexiconScorer = new LexiconThemeScorer(lexicon);
        var lexiconPairs = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>();
        var modelPairs = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>();
        var combinedPairs = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var test = examples.Where(e => e.Group is not null && foldOf[e.Group] == fold).ToList();
            if (test.Count == 0)
            {
                continue;
            }

            var train = examples.Where(e => e.Group is null || foldOf[e.Group] != fold).ToList();
            var texts = test.Select(e => e.Text).ToList();
            Collect(lexiconPairs, test, lexiconScorer, texts);
            var model = new ModelThemeScorer(ThemeTrainer.Train(train, lexicon, options with { UseLexicon = false }), lexicon) { Selection = selection };
            var combinedModel = options.UseLexicon ? new ModelThemeScorer(ThemeTrainer.Train(train, lexicon, options), lexicon) : model;
            Collect(modelPairs, test, model, texts);
            Collect(combinedPairs, test, new BlendedThemeScorer(lexiconScorer, combinedModel, blend) { Selection = selection }, texts);
        }

        return new ThemeCvResult(folds, ThemeScores.Compute(lexiconPairs), ThemeScores.Compute(modelPairs), ThemeScores.Compute(combinedPairs));
    }

    private static void Collect(List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)> pairs, List<ThemeExample> test, IThemeScorer scorer, List<string> texts)
    {
        var scores = scorer.Score(texts);
        for (var i = 0; i < test.Count; i++)
        {
            var chosen = scorer.Selection.Select(scores[i]).Select(c => scorer.Catalogue.Ids[c.Theme]).ToImmutableArray();
            pairs.Add((test[i].Themes, chosen));
        }
    }
}
