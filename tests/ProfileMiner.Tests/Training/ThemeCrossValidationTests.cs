using ProfileMiner.Extract.Themes;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

/// <summary>The theme cross-validation's folds run side by side with the same figures as one after another.</summary>
public sealed class ThemeCrossValidationTests
{
    // Three sections, so three folds.
    private static readonly IReadOnlyList<ThemeExample> s_examples =
        [.. SmallThemeSet.Examples.Select((e, i) => e with { Group = $"doc|section{i % 3}" })];

    [Fact]
    public void Folds_in_parallel_give_exactly_the_figures_of_folds_in_turn()
    {
        var serial = ThemeCrossValidation.Run(s_examples, ThemeLexicon.Default, 3, parallelism: 1);
        var parallel = ThemeCrossValidation.Run(s_examples, ThemeLexicon.Default, 3, parallelism: 3);

        Assert.Equal(s_examples.Count, serial.Combined.Passages);
        foreach (var (a, b) in new[] { (serial.Lexicon, parallel.Lexicon), (serial.TextModel, parallel.TextModel), (serial.Model, parallel.Model), (serial.Combined, parallel.Combined) })
        {
            Assert.Equal(a.Micro, b.Micro);
            Assert.Equal(a.MacroF1, b.MacroF1);
            Assert.Equal(a.ByTheme, b.ByTheme);
        }
    }

    [Fact]
    public void A_parallelism_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThemeCrossValidation.Run(s_examples, ThemeLexicon.Default, 3, parallelism: 0));
    }
}
