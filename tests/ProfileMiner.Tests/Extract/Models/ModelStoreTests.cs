using System.IO.Compression;
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

    private static string Shipped(string file) => Path.Combine(RepoPaths.Root, "models", file);

    /// <summary>The first half of the shipped theme model: a zip cut off part way, as an interrupted copy leaves it.</summary>
    private static byte[] TruncatedThemeZip()
    {
        var bytes = File.ReadAllBytes(Shipped(ModelStore.ThemesFile));
        return bytes[..(bytes.Length / 2)];
    }

    [Fact]
    public void A_fallback_store_passes_over_a_truncated_zip_with_one_warning_and_uses_the_built_in_model()
    {
        using var temp = new TempDirectory();
        var path = temp.Write(ModelStore.ThemesFile, TruncatedThemeZip());
        var store = new ModelStore(temp.Path, fallBackOnError: true);

        var model = store.Themes;

        Assert.NotNull(model);
        var warning = Assert.Single(store.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.ModelUnreadable, warning.Code);
        Assert.EndsWith(ModelStore.ThemesFile, warning.Where!.Value.File, StringComparison.Ordinal);
        Assert.Contains("not a readable zip file", warning.Message, StringComparison.Ordinal);
        Assert.Contains("using the built-in theme model instead", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning.ToString());
        Assert.Equal("built-in", store.Locate(ModelStore.ThemesFile));
        Assert.True(File.Exists(path));
        string[] text = ["Unpaid carers were offered respite and a carers assessment."];
        Assert.Equal(new ModelStore(null).Themes!.Score(text, ThemeLexicon.Default), model.Score(text, ThemeLexicon.Default));
    }

    [Fact]
    public void Models_of_the_wrong_kind_are_passed_over_each_with_its_own_warning()
    {
        using var temp = new TempDirectory();
        File.Copy(Shipped(ModelStore.ClaimsFile), temp.File(ModelStore.ThemesFile));
        File.Copy(Shipped(ModelStore.ThemesFile), temp.File(ModelStore.ClaimsFile));
        var store = new ModelStore(temp.Path, fallBackOnError: true);

        Assert.NotNull(store.Themes);
        Assert.NotNull(store.Claims);

        Assert.Equal(2, store.Diagnostics.Count);
        Assert.All(store.Diagnostics, d => Assert.Equal((Severity.Warning, DiagnosticCodes.ModelUnreadable), (d.Severity, d.Code)));
        var themes = Assert.Single(store.Diagnostics, d => d.Where!.Value.File.EndsWith(ModelStore.ThemesFile, StringComparison.Ordinal));
        var claims = Assert.Single(store.Diagnostics, d => d.Where!.Value.File.EndsWith(ModelStore.ClaimsFile, StringComparison.Ordinal));
        Assert.Contains("not a theme model", themes.Message, StringComparison.Ordinal);
        Assert.Contains("built-in theme model", themes.Message, StringComparison.Ordinal);
        Assert.Contains("not a claim model", claims.Message, StringComparison.Ordinal);
        Assert.Contains("built-in claim model", claims.Message, StringComparison.Ordinal);
        Assert.Equal("built-in", store.Locate(ModelStore.ThemesFile));
        Assert.Equal("built-in", store.Locate(ModelStore.ClaimsFile));
        string[] sentence = ["Delayed transfers of care fell each year since 2011/12."];
        Assert.Equal(new ModelStore(null).Claims!.Predict(sentence), store.Claims!.Predict(sentence));
    }

    [Fact]
    public void A_zip_that_holds_no_model_is_passed_over_with_a_warning()
    {
        using var temp = new TempDirectory();
        using (var zip = ZipFile.Open(temp.File(ModelStore.ClaimsFile), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a model");
        }

        var store = new ModelStore(temp.Path, fallBackOnError: true);

        Assert.NotNull(store.Claims);
        var warning = Assert.Single(store.Diagnostics);
        Assert.Contains("cannot load the claim model", warning.Message, StringComparison.Ordinal);
        Assert.Contains("using the built-in claim model instead", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_built_in_models_a_bad_file_is_a_warning_and_the_run_goes_without_that_model()
    {
        using var temp = new TempDirectory();
        temp.Write(ModelStore.ThemesFile, TruncatedThemeZip());
        var store = new ModelStore(temp.Path, useEmbedded: false, fallBackOnError: true);

        var builder = new PipelineBuilder().UseThemeExtractors(store);

        Assert.Equal(LexiconThemeScorer.ExtractorId, Assert.Single(builder.Extractors.OfType<ThemeExtractor>()).Id);
        Assert.Contains("running without a theme model", Assert.Single(store.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_for_a_chosen_folder_still_stops_at_a_model_of_the_wrong_kind()
    {
        using var temp = new TempDirectory();
        File.Copy(Shipped(ModelStore.ThemesFile), temp.File(ModelStore.ClaimsFile));
        var store = new ModelStore(temp.Path);

        var error = Assert.Throws<ProfileMinerException>(() => store.Claims);

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.ModelUnreadable), (diagnostic.Severity, diagnostic.Code));
        Assert.Contains(ModelStore.ClaimsFile, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("not a claim model", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(store.Diagnostics);
    }

    [Fact]
    public async Task A_pipeline_over_a_fallback_store_with_bad_files_runs_the_built_in_models()
    {
        using var temp = new TempDirectory();
        temp.Write(Path.Combine("models", ModelStore.ThemesFile), TruncatedThemeZip());
        File.Copy(Shipped(ModelStore.ThemesFile), temp.File(Path.Combine("models", ModelStore.ClaimsFile)));
        var store = new ModelStore(temp.File("models"), fallBackOnError: true);
        var seed = RepoPaths.Seed("002");

        var bad = await new PipelineBuilder().UseRuleExtractors().UseModelExtractors(store).UseThemeExtractors(store).Build().RunAsync([seed], temp.File("bad"));
        var good = await new PipelineBuilder().UseRuleExtractors().UseModelExtractors(new ModelStore(null)).UseThemeExtractors(new ModelStore(null)).Build().RunAsync([seed], temp.File("good"));

        Assert.Equal(2, store.Diagnostics.Count);
        Assert.Contains(bad.Extractions, e => e.Extractor == BlendedThemeScorer.ExtractorId);
        Assert.Equal("built-in", store.Locate(ModelStore.ClaimsFile));
        Assert.Equal(File.ReadAllText(temp.File(Path.Combine("good", "themes.jsonl"))), File.ReadAllText(temp.File(Path.Combine("bad", "themes.jsonl"))));
        Assert.Equal(File.ReadAllText(temp.File(Path.Combine("good", "claims.jsonl"))), File.ReadAllText(temp.File(Path.Combine("bad", "claims.jsonl"))));
    }
}
