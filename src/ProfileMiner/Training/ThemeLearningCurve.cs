using System.Collections.Immutable;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Training;

/// <summary>One point of <see cref="ThemeLearningCurve"/>: the cross-validated scores with a share of the labelled passages trained on.</summary>
/// <param name="Share">The share of each fold's labelled training passages kept, 0 to 1.</param>
/// <param name="Passages">The labelled passages trained on, averaged over the folds that hold something out and over the draws.</param>
/// <param name="Draws">How many random draws the figures are the mean of (1 for none and all).</param>
/// <param name="BlendMicroF1">The shipped blend's micro-F1, the mean over the draws.</param>
/// <param name="BlendMinMicroF1">The lowest of the draws' blend micro-F1.</param>
/// <param name="BlendMaxMicroF1">The highest of the draws' blend micro-F1.</param>
/// <param name="BlendMacroF1">The shipped blend's macro-F1, the mean over the draws.</param>
/// <param name="ModelMicroF1">The shipped model's micro-F1, the mean over the draws.</param>
public sealed record ThemeCurvePoint(double Share, double Passages, int Draws, double BlendMicroF1, double BlendMinMicroF1, double BlendMaxMicroF1, double BlendMacroF1, double ModelMicroF1);

/// <summary>
/// A learning curve of the theme models: the cross-validation of <see cref="ThemeCrossValidation"/>
/// (same folds, same held-out passages) run again with a random share of each fold's labelled
/// training passages (those of real documents; text written for training and the weak labels are
/// all kept). It says what more labels would be worth: a curve still rising at the full share
/// means more labels would lift the scores.
/// </summary>
public static class ThemeLearningCurve
{
    /// <summary>The shares measured by default.</summary>
    public static ImmutableArray<double> DefaultShares { get; } = [0, 0.25, 0.5, 0.75, 1];

    /// <summary>
    /// Runs the curve. Each share strictly between 0 and 1 is drawn <paramref name="draws"/> times;
    /// the draws are seeded by <paramref name="seed"/>, the fold and the draw, so the curve is the same
    /// on every run. The share 0 is left out when there is nothing else to train on (no written
    /// passage and no weak label).
    /// </summary>
    public static ImmutableArray<ThemeCurvePoint> Run(IReadOnlyList<ThemeExample> examples, ThemeLexicon lexicon, int folds, ThemeTrainingOptions? options = null, IEnumerable<double>? shares = null, int draws = 3, int seed = 1, HoldOut holdOut = HoldOut.Section, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        options ??= ThemeTrainingOptions.Default;
        var foldOf = FoldAssignment.Deal(examples.Where(e => e.Scored).Select(e => e.Group), folds, holdOut);
        var points = ImmutableArray.CreateBuilder<ThemeCurvePoint>();
        var somethingElse = examples.Any(e => !e.Scored);
        // A fold that holds nothing out (by document, there may be fewer documents than folds) trains nothing.
        var used = Enumerable.Range(0, folds).Where(fold => examples.Any(e => e.Scored && foldOf.Of(e.Group) == fold)).ToArray();
        foreach (var share in shares ?? DefaultShares)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(share, 0, nameof(shares));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1, nameof(shares));
            if (share == 0 && !somethingElse)
            {
                // No written passage and no weak label: a model of no labelled passage has nothing to learn from.
                continue;
            }

            var runs = share is 0 or 1 ? 1 : draws;
            var results = new List<(ThemeCvResult Cv, double Trained)>();
            for (var draw = 0; draw < runs; draw++)
            {
                progress?.Report(FormattableString.Invariant($"themes: learning curve: {share * 100:0}% of the labelled passages{(runs > 1 ? FormattableString.Invariant($", draw {draw + 1} of {runs}") : string.Empty)}"));
                var kept = Keep(examples, foldOf, folds, share, seed, draw);
                var cv = ThemeCrossValidation.Run(examples, lexicon, folds, options, null, BlendedThemeScorer.DefaultModelWeight, null, null, holdOut, (e, fold) => kept[fold].Contains(e), textModel: false);
                results.Add((cv, used.Average(fold => (double)kept[fold].Count)));
            }

            points.Add(new ThemeCurvePoint(
                share,
                results.Average(r => r.Trained),
                runs,
                results.Average(r => r.Cv.Combined.Micro.F1),
                results.Min(r => r.Cv.Combined.Micro.F1),
                results.Max(r => r.Cv.Combined.Micro.F1),
                results.Average(r => r.Cv.Combined.MacroF1),
                results.Average(r => r.Cv.Model.Micro.F1)));
        }

        return points.ToImmutable();
    }

    // For each fold, the labelled training passages kept: a seeded shuffle of them, cut at the share.
    private static HashSet<ThemeExample>[] Keep(IReadOnlyList<ThemeExample> examples, FoldAssignment foldOf, int folds, double share, int seed, int draw)
    {
        var kept = new HashSet<ThemeExample>[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var candidates = examples.Where(e => e.Scored && foldOf.Of(e.Group) != fold).ToArray();
            // Not HashCode.Combine: it is salted per process, and the draws must be the same on every run.
            var random = new Random(unchecked((seed * 1_000_003) + (fold * 1_009) + draw));
            random.Shuffle(candidates);
            kept[fold] = new HashSet<ThemeExample>(candidates.Take((int)Math.Round(share * candidates.Length)), ReferenceEqualityComparer.Instance);
        }

        return kept;
    }
}
