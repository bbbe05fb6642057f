using ProfileMiner.Extract.Themes;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

/// <summary>The theme learning curve: shares of the labelled training passages, seeded draws, and its full share is the cross-validation.</summary>
public sealed class ThemeLearningCurveTests
{
    // Three sections, so three folds, and every fourth passage taken as text written for training
    // (always trained on, never scored), so that a model of no labelled passage has something to learn.
    private static readonly IReadOnlyList<ThemeExample> s_examples =
        [.. SmallThemeSet.Examples.Select((e, i) => e with { Group = i % 4 == 3 ? null : $"doc|section{i % 3}" })];

    private static int Labelled => s_examples.Count(e => e.Scored);

    [Fact]
    public void Each_share_trains_on_that_share_of_the_labelled_passages_and_the_full_share_is_the_cross_validation()
    {
        var curve = ThemeLearningCurve.Run(s_examples, ThemeLexicon.Default, 3, shares: [0, 0.5, 1], draws: 2);
        var cv = ThemeCrossValidation.Run(s_examples, ThemeLexicon.Default, 3);

        Assert.Equal([0, 0.5, 1], curve.Select(p => p.Share));
        Assert.Equal([1, 2, 1], curve.Select(p => p.Draws));
        var trainingSide = curve[2].Passages;
        Assert.Equal(0, curve[0].Passages);
        Assert.Equal(trainingSide / 2, curve[1].Passages, 0.5);
        Assert.InRange(trainingSide, Labelled / 2.0, Labelled - 1);
        Assert.Equal(cv.Combined.Micro.F1, curve[2].BlendMicroF1);
        Assert.Equal(cv.Model.Micro.F1, curve[2].ModelMicroF1);
        Assert.InRange(curve[1].BlendMicroF1, curve[1].BlendMinMicroF1, curve[1].BlendMaxMicroF1);
        Assert.True(curve[2].ModelMicroF1 > curve[0].ModelMicroF1, $"a model trained on every labelled passage ({curve[2].ModelMicroF1:0.000}) should beat one trained on none ({curve[0].ModelMicroF1:0.000})");
    }

    [Fact]
    public void The_same_seed_draws_the_same_passages()
    {
        var first = ThemeLearningCurve.Run(s_examples, ThemeLexicon.Default, 3, shares: [0.5], draws: 2, seed: 3);
        var again = ThemeLearningCurve.Run(s_examples, ThemeLexicon.Default, 3, shares: [0.5], draws: 2, seed: 3);

        Assert.Equal(first.AsEnumerable(), again.AsEnumerable());
    }

    [Fact]
    public void With_nothing_but_labelled_passages_the_share_zero_is_left_out()
    {
        IReadOnlyList<ThemeExample> labelledOnly = [.. SmallThemeSet.Examples.Select((e, i) => e with { Group = $"doc|section{i % 3}" })];

        var curve = ThemeLearningCurve.Run(labelledOnly, ThemeLexicon.Default, 3, shares: [0, 1]);

        Assert.Equal(1, Assert.Single(curve).Share);
    }

    [Fact]
    public void A_share_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThemeLearningCurve.Run(s_examples, ThemeLexicon.Default, 3, shares: [1.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThemeLearningCurve.Run(s_examples, ThemeLexicon.Default, 3, draws: 0));
    }
}
