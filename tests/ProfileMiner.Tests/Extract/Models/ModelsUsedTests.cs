using System.Security.Cryptography;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Models;

/// <summary>What a store records of the models it loaded, and the run's <c>models-used.json</c> written from it.</summary>
public sealed class ModelsUsedTests
{
    private static string Shipped(string file) => Path.Combine(RepoPaths.Root, "models", file);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void A_store_records_each_model_it_loads_with_where_from_and_the_hash_of_its_bytes()
    {
        using var temp = new TempDirectory();
        File.Copy(Shipped(ModelStore.ClaimsFile), temp.File(ModelStore.ClaimsFile));
        var store = new ModelStore(temp.Path);

        Assert.Empty(store.Loaded);
        Assert.NotNull(store.Claims);
        Assert.NotNull(store.Themes);

        Assert.Equal(
            [
                new LoadedModel(ModelStore.ClaimsFile, temp.File(ModelStore.ClaimsFile), Sha256(Shipped(ModelStore.ClaimsFile))),
                new LoadedModel(ModelStore.ThemesFile, "built-in", Sha256(Shipped(ModelStore.ThemesFile))),
            ],
            store.Loaded);
    }

    [Fact]
    public void A_fallback_store_records_the_built_in_model_it_used_instead_of_the_bad_file()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File(ModelStore.ClaimsFile), "not a zip");
        var store = new ModelStore(temp.Path, fallBackOnError: true);

        Assert.NotNull(store.Claims);

        var loaded = Assert.Single(store.Loaded);
        Assert.Equal("built-in", loaded.From);
        Assert.Equal(Sha256(Shipped(ModelStore.ClaimsFile)), loaded.Sha256);
    }

    [Fact]
    public void The_publisher_writes_the_loaded_models_and_read_gives_them_back()
    {
        using var temp = new TempDirectory();
        var store = new ModelStore(folder: null);
        Assert.NotNull(store.Claims);

        var written = new ModelsUsedPublisher(store).Publish(RunTables.Create(new CorpusContent([], [])), temp.Path, new DiagnosticBag(), CancellationToken.None);

        Assert.Equal([temp.File(ModelsUsedPublisher.FileName)], written);
        Assert.Contains("\"sha256\"", File.ReadAllText(written[0]), StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        Assert.Equal(store.Loaded, ModelsUsedPublisher.Read(temp.Path, diagnostics));
        Assert.Empty(diagnostics.Items);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void Without_the_file_read_gives_null_and_says_nothing()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        Assert.Null(ModelsUsedPublisher.Read(temp.Path, diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("{\"models\": [", "line 1")]
    [InlineData("{\"models\": 3}", "line 1")]
    [InlineData("{\"models\": [{\"file\": \"claims.zip\"}]}", "each with file, from and sha256")]
    public void A_broken_file_is_one_warning_naming_it_and_is_ignored(string text, string says)
    {
        using var temp = new TempDirectory();
        var path = temp.Write(ModelsUsedPublisher.FileName, text);
        var diagnostics = new DiagnosticBag();

        Assert.Null(ModelsUsedPublisher.Read(temp.Path, diagnostics));

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(path, warning.Where!.Value.File);
        Assert.Contains(says, warning.Message, StringComparison.Ordinal);
    }
}
