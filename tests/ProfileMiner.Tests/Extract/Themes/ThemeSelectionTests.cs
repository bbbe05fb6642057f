using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Tests.Extract.Themes;

public sealed class ThemeSelectionTests
{
    [Fact]
    public void The_best_theme_is_kept_and_further_ones_need_both_thresholds()
    {
        var selection = new ThemeSelection { MinScore = 0.3, RelativeToTop = 0.6, MaxThemes = 3 };

        var chosen = selection.Select([0.1, 0.9, 0.55, 0.5, 0.29]);

        Assert.Equal([1, 2], chosen.Select(c => c.Theme));
        Assert.Equal([0.9, 0.55], chosen.Select(c => c.Score));
    }

    [Fact]
    public void At_most_max_themes_most_confident_first()
    {
        var chosen = new ThemeSelection { MinScore = 0, RelativeToTop = 0, MaxThemes = 3 }.Select([0.2, 0.8, 0.5, 0.7, 0.6]);

        Assert.Equal([1, 3, 4], chosen.Select(c => c.Theme));
    }

    [Fact]
    public void Nothing_when_the_best_score_is_zero_or_below_the_minimum_top_score()
    {
        Assert.Empty(ThemeSelection.Default.Select([0.0, 0.0]));
        Assert.Empty(new ThemeSelection { MinTopScore = 0.5 }.Select([0.4, 0.1]));
        Assert.Single(ThemeSelection.Default.Select([0.05, 0.01]));
    }
}
