using System.IO.Compression;
using System.Text;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Support;
using ProfileMiner.Tests.Training;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Extract.Models;

/// <summary>The blend weight <c>train</c> chooses travels in the theme model's zip and is what a run blends with.</summary>
public sealed class ThemeBlendWeightTests
{
    [Fact]
    public void The_chosen_weight_is_saved_and_loaded_with_the_model()
    {
        var model = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default);
        model.BlendWeight = 0.3;

        var loaded = ThemeModel.Load(new MemoryStream(ModelBytes.Of(model)), ThemeCatalogue.Default);

        Assert.Equal(0.3, loaded.BlendWeight);
    }

    [Fact]
    public void A_model_without_a_weight_entry_blends_with_the_default()
    {
        var bytes = ModelBytes.Of(ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default));
        using var changed = new MemoryStream();
        changed.Write(bytes);
        using (var zip = new ZipArchive(changed, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(ThemeModel.BlendEntry)!.Delete();
        }

        changed.Position = 0;
        Assert.Equal(BlendedThemeScorer.DefaultModelWeight, ThemeModel.Load(changed, ThemeCatalogue.Default).BlendWeight);
    }

    [Theory]
    [InlineData("heavy")]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void A_weight_that_is_not_between_0_and_1_is_refused(string content)
    {
        var bytes = ModelBytes.Of(ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default));
        using var changed = new MemoryStream();
        changed.Write(bytes);
        using (var zip = new ZipArchive(changed, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(ThemeModel.BlendEntry)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(ThemeModel.BlendEntry).Open(), Encoding.UTF8);
            writer.Write(content);
        }

        changed.Position = 0;
        var error = Assert.Throws<ModelFormatException>(() => ThemeModel.Load(changed, ThemeCatalogue.Default));

        Assert.Contains("not a weight between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_carries_the_weight_its_card_records()
    {
        using var card = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "models", "themes.json")));
        var recorded = card.RootElement.GetProperty("real_check_half").GetProperty("chosen_model_weight").GetDouble();

        Assert.Equal(recorded, ModelStore.Default.Themes!.BlendWeight);
        Assert.Contains($"score = {recorded.ToString(System.Globalization.CultureInfo.InvariantCulture)} x model probability", card.RootElement.GetProperty("combination").GetString(), StringComparison.Ordinal);
    }
}
