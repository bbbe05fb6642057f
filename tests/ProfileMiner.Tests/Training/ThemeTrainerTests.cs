using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Extract.Models;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

public sealed class ThemeTrainerTests
{
    private static readonly string[] s_unseen =
    [
        "Respite for unpaid carers was extended.",
        "Social worker vacancies and staff training are priorities.",
        "Home care providers and care homes face rising fees.",
    ];

    private static string Best(ThemeModel model, string text)
    {
        var scores = model.Score([text], ThemeLexicon.Default)[0];
        return model.Catalogue.Ids[Array.IndexOf(scores, scores.Max())];
    }

    [Fact]
    public void A_model_trained_on_a_small_set_tags_unseen_text_with_its_themes()
    {
        var model = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default);

        Assert.Equal("carers", Best(model, s_unseen[0]));
        Assert.Equal("workforce", Best(model, s_unseen[1]));
        Assert.Equal("care_market", Best(model, s_unseen[2]));
        Assert.True(model.UsesLexicon);
        Assert.All(model.Score(s_unseen, ThemeLexicon.Default), s =>
        {
            Assert.Equal(19, s.Length);
            Assert.All(s, p => Assert.InRange(p, 0, 1));
        });
    }

    [Fact]
    public void A_text_only_model_reads_neither_the_lexicon_nor_the_context()
    {
        var model = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default, ThemeTrainingOptions.Default with { UseLexicon = false, UseContext = false });
        var plain = new ThemePassage(s_unseen[0]);

        Assert.False(model.UsesLexicon);
        Assert.Equal("carers", Best(model, s_unseen[0]));
        Assert.Equal(model.Score([plain], ThemeLexicon.Default)[0], model.Score([plain with { Heading = "Workforce", LeadIn = "Staff recruitment and training:" }], ThemeLexicon.Default)[0]);
    }

    [Fact]
    public void The_default_model_reads_the_context()
    {
        // Context features learn only from examples that have context: give each its theme's heading.
        var headings = new Dictionary<string, string> { ["carers"] = "Unpaid carers", ["care_market"] = "Care homes and providers", ["workforce"] = "Workforce" };
        var examples = SmallThemeSet.Examples.Select(e => e with { Passage = e.Passage with { Heading = headings[e.Themes[0]] } }).ToList();
        var model = ThemeTrainer.Train(examples, ThemeLexicon.Default);
        var plain = new ThemePassage("The new approach starts next year.");
        var carers = ThemeCatalogue.Default.IndexOf("carers");

        Assert.True(model.Score([plain with { Heading = "Carers" }], ThemeLexicon.Default)[0][carers] > model.Score([plain], ThemeLexicon.Default)[0][carers]);

        Assert.NotEqual(model.Score([plain], ThemeLexicon.Default)[0], model.Score([plain with { Heading = "Carers", LeadIn = "For unpaid carers and carer breaks:" }], ThemeLexicon.Default)[0]);
    }

    [Fact]
    public void A_saved_model_loads_and_scores_exactly_as_before()
    {
        var model = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default, ThemeTrainingOptions.Default with { UseLexicon = true });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = ThemeModel.Load(stream, ThemeCatalogue.Default);

        Assert.True(loaded.UsesLexicon);
        var before = model.Score(s_unseen, ThemeLexicon.Default);
        var after = loaded.Score(s_unseen, ThemeLexicon.Default);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i], after[i]);
        }
    }

    [Fact]
    public void The_same_seed_and_data_give_the_same_predictions_and_another_seed_still_works()
    {
        var first = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default).Score(s_unseen, ThemeLexicon.Default);
        var second = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default).Score(s_unseen, ThemeLexicon.Default);

        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i], second[i]);
        }

        var other = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default, ThemeTrainingOptions.Default with { Seed = 7 });
        Assert.Equal("carers", Best(other, s_unseen[0]));
    }

    [Fact]
    public void Training_twice_on_the_same_data_saves_the_same_bytes()
    {
        var first = ModelBytes.Of(ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default));
        Assert.Equal(first, ModelBytes.Of(ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default)));
        Assert.NotEqual(first, ModelBytes.Of(ThemeTrainer.Train([.. SmallThemeSet.Examples.Skip(1)], ThemeLexicon.Default)));
    }

    [Fact]
    public void A_stream_that_is_not_a_theme_model_is_refused()
    {
        var claims = ClaimTrainer.Train([new("Nine measures improved.", "benchmark_count", null, "t"), new("We held a meeting.", ClaimModel.None, null, "t")]);
        using var stream = new MemoryStream();
        claims.Save(stream);
        stream.Position = 0;

        Assert.StartsWith("not a theme model", Assert.Throws<ModelFormatException>(() => ThemeModel.Load(stream, ThemeCatalogue.Default)).Message, StringComparison.Ordinal);
    }
}
