using System.IO.Compression;
using System.Text;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Training;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Extract.Models;

public sealed class ThemeNeighboursTests
{
    private static readonly ThemePassage[] s_unseen =
    [
        new("Respite for unpaid carers was extended."),
        new("Social worker vacancies and staff training are priorities."),
        new("Zq xv."),
    ];

    private static ThemeModel Train(ThemeTrainingOptions options) => ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default, options);

    [Fact]
    public void The_model_probability_is_the_regression_mixed_with_the_neighbours_by_their_weight()
    {
        var regression = Train(ThemeTrainingOptions.Default with { Neighbours = 0 }).Score(s_unseen, ThemeLexicon.Default);
        var neighbours = Train(ThemeTrainingOptions.Default with { NeighbourWeight = 1 }).Score(s_unseen, ThemeLexicon.Default);
        var mixed = Train(ThemeTrainingOptions.Default with { NeighbourWeight = 0.3 }).Score(s_unseen, ThemeLexicon.Default);

        for (var i = 0; i < s_unseen.Length; i++)
        {
            for (var k = 0; k < regression[i].Length; k++)
            {
                Assert.Equal((0.7 * regression[i][k]) + (0.3 * neighbours[i][k]), mixed[i][k], 12);
            }
        }

        // Alone, the neighbours give each theme its similarity-weighted share: the shares of a passage sum to 1 (one theme each here).
        var carers = ThemeCatalogue.Default.IndexOf("carers");
        var workforce = ThemeCatalogue.Default.IndexOf("workforce");
        Assert.Equal(1, neighbours[0].Sum(), 9);
        Assert.Equal(carers, Array.IndexOf(neighbours[0], neighbours[0].Max()));
        Assert.Equal(workforce, Array.IndexOf(neighbours[1], neighbours[1].Max()));

        // A passage that shares no n-gram with any labelled passage has no neighbours.
        Assert.All(neighbours[2], s => Assert.Equal(0, s));
    }

    [Fact]
    public void With_one_neighbour_a_labelled_passage_takes_exactly_its_own_themes()
    {
        var model = Train(ThemeTrainingOptions.Default with { Neighbours = 1, NeighbourWeight = 1 });
        var example = SmallThemeSet.Examples[7];

        var scores = model.Score([example.Passage], ThemeLexicon.Default)[0];

        var own = ThemeCatalogue.Default.IndexOf(example.Themes[0]);
        for (var k = 0; k < scores.Length; k++)
        {
            Assert.Equal(k == own ? 1 : 0, scores[k], 12);
        }
    }

    [Fact]
    public void The_neighbours_are_saved_in_the_zip_and_loaded_with_their_settings()
    {
        var model = Train(ThemeTrainingOptions.Default with { Neighbours = 5, NeighbourWeight = 0.4 });
        var bytes = ModelBytes.Of(model);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            Assert.NotNull(zip.GetEntry(ThemeNeighbours.Entry));
        }

        var loaded = ThemeModel.Load(new MemoryStream(bytes), ThemeCatalogue.Default);

        Assert.NotNull(loaded.Neighbours);
        Assert.Equal(5, loaded.Neighbours.Count);
        Assert.Equal(0.4, loaded.Neighbours.Weight);
        Assert.Equal(SmallThemeSet.Examples.Count, loaded.Neighbours.Passages);
        Assert.Equal(model.Score(s_unseen, ThemeLexicon.Default), loaded.Score(s_unseen, ThemeLexicon.Default));
        Assert.Equal(model.ScoreBatch(s_unseen, ThemeLexicon.Default), loaded.ScoreBatch(s_unseen, ThemeLexicon.Default));
    }

    [Fact]
    public void A_model_without_neighbours_has_no_entry_and_loads_as_a_regression_alone()
    {
        var model = Train(ThemeTrainingOptions.Default with { Neighbours = 0 });
        var bytes = ModelBytes.Of(model);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            Assert.Null(zip.GetEntry(ThemeNeighbours.Entry));
        }

        var loaded = ThemeModel.Load(new MemoryStream(bytes), ThemeCatalogue.Default);

        Assert.Null(loaded.Neighbours);
        Assert.Equal(model.Score(s_unseen, ThemeLexicon.Default), loaded.Score(s_unseen, ThemeLexicon.Default));
    }

    [Theory]
    [InlineData("{ not json", "cannot be read")]
    [InlineData("""{"count": 20, "weight": 0.3}""", "cannot be read")]
    [InlineData("""{"count": 0, "weight": 0.3, "passages": []}""", "out of range")]
    [InlineData("""{"count": 5, "weight": 1.5, "passages": []}""", "out of range")]
    [InlineData("""{"count": 5, "weight": 0.3, "passages": [{"text": "Carers had breaks.", "themes": ["no_such_theme"]}]}""", "no_such_theme")]
    public void A_broken_neighbours_entry_is_refused_with_its_reason(string content, string reason)
    {
        var bytes = ModelBytes.Of(Train(ThemeTrainingOptions.Default));
        using var changed = new MemoryStream();
        changed.Write(bytes);
        using (var zip = new ZipArchive(changed, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(ThemeNeighbours.Entry)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(ThemeNeighbours.Entry).Open(), Encoding.UTF8);
            writer.Write(content);
        }

        changed.Position = 0;
        var error = Assert.Throws<ModelFormatException>(() => ThemeModel.Load(changed, ThemeCatalogue.Default));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
