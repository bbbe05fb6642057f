using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Models;

public sealed class ModelStoreTests
{
    [Fact]
    public void The_shipped_models_are_built_in_and_match_the_repository_files()
    {
        var store = new ModelStore(folder: null);

        Assert.Equal("built-in", store.Locate(ModelStore.ThemesFile));
        Assert.Equal("built-in", store.Locate(ModelStore.ClaimsFile));
        Assert.NotNull(store.Themes);
        Assert.NotNull(store.Claims);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "models", "themes.json")));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "models", "claims.json")));
        var fromFile = ThemeModel.Load(File.OpenRead(Path.Combine(RepoPaths.Root, "models", ModelStore.ThemesFile)), ThemeCatalogue.Default);
        string[] text = ["Unpaid carers were offered respite and a carers assessment."];
        Assert.Equal(fromFile.Score(text, ThemeLexicon.Default), store.Themes!.Score(text, ThemeLexicon.Default));
    }

    [Fact]
    public void A_corrupt_model_file_is_one_clear_error_naming_the_file()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File(ModelStore.ThemesFile), "not a zip");
        var store = new ModelStore(temp.Path);

        var error = Assert.Throws<ProfileMinerException>(() => store.Themes);

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.ModelUnreadable, diagnostic.Code);
        Assert.Contains(ModelStore.ThemesFile, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_model_the_lexicon_and_the_rules_run_alone()
    {
        using var temp = new TempDirectory();
        var store = new ModelStore(temp.Path, useEmbedded: false);
        var builder = new PipelineBuilder().UseModelExtractors(store).UseThemeExtractors(store);

        Assert.Null(store.Locate(ModelStore.ThemesFile));
        var themes = Assert.Single(builder.Extractors.OfType<ThemeExtractor>());
        Assert.Equal(LexiconThemeScorer.ExtractorId, themes.Id);
        Assert.Single(builder.Extractors.OfType<ProfileMiner.Extract.Rules.ClaimRuleExtractor>());
    }
}
