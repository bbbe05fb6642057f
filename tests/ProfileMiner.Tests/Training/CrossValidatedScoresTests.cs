using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Tests.Support;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

/// <summary>
/// Trains on the gold (without saving) and holds the cross-validated figures at or above their
/// floors in <c>tests/eval-floors.json</c>: <c>_models_cv</c> for the seed gold held out by council
/// section (the same measure since the floors were set, comparing the rules and lexicon with the
/// models on the same folds), <c>_models_cv_shipped</c> for what <c>profileminer train</c> does
/// by default (by document, with the real tuning half), whose figures the shipped cards record.
/// </summary>
public sealed class CrossValidatedScoresTests : IClassFixture<CrossValidatedScoresTests.Trained>, IClassFixture<CrossValidatedScoresTests.Shipped>
{
    private const double Slack = 0.0005;
    private readonly Trained _trained;
    private readonly Shipped _shipped;

    public CrossValidatedScoresTests(Trained trained, Shipped shipped) => (_trained, _shipped) = (trained, shipped);

    // train's defaults, with the repository's folders wherever the tests run; nothing is saved.
    private static TrainingOptions RepoOptions() => new()
    {
        GoldFolder = Path.Combine(RepoPaths.Root, "corpus", "gold"),
        LabelsFolder = Path.Combine(RepoPaths.Root, "corpus", "labels"),
        DocsFolder = RepoPaths.Seeds,
        RealFolders = [Path.Combine(RepoPaths.Root, "corpus", "real")],
        HalvesFile = Path.Combine(RepoPaths.Root, "corpus", "real", "halves.tsv"),
        Save = false,
    };

    private static double Floor(string name, string part = "_models_cv")
    {
        using var floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "eval-floors.json")));
        return floors.RootElement.GetProperty(part).GetProperty(name).GetDouble();
    }

    [Theory]
    [InlineData("themes_combined_micro_f1")]
    [InlineData("claims_combined_f1")]
    public void The_shipped_configuration_stays_at_or_above_its_floor(string figure)
    {
        var actual = figure == "claims_combined_f1" ? _shipped.Report.Claims!.Combined.F1 : _shipped.Report.Themes!.Combined.Micro.F1;

        Assert.True(actual + Slack >= Floor(figure, "_models_cv_shipped"), $"{figure} is {actual:0.000}, below its floor {Floor(figure, "_models_cv_shipped"):0.000}");
    }

    [Fact]
    public void The_shipped_configuration_holds_out_documents_and_trains_on_the_real_tuning_half()
    {
        var themes = _shipped.Report.Themes!;

        Assert.Equal(HoldOut.Document, themes.HoldOut);
        Assert.Contains(themes.ScoredBySource, s => s.Key.EndsWith("real/gold/themes.jsonl", StringComparison.Ordinal) && s.Value > 0);
        Assert.True(themes.Combined.Passages > 399);
    }

    [Theory]
    [InlineData("themes_lexicon_micro_f1")]
    [InlineData("themes_model_micro_f1")]
    [InlineData("themes_combined_micro_f1")]
    [InlineData("themes_combined_macro_f1")]
    [InlineData("claims_rules_f1")]
    [InlineData("claims_combined_f1")]
    public void Cross_validated_score_stays_at_or_above_its_floor(string figure)
    {
        var (themes, claims) = (_trained.Themes, _trained.Claims);
        var actual = figure switch
        {
            "themes_lexicon_micro_f1" => themes.Lexicon.Micro.F1,
            "themes_model_micro_f1" => themes.Model.Micro.F1,
            "themes_combined_micro_f1" => themes.Combined.Micro.F1,
            "themes_combined_macro_f1" => themes.Combined.MacroF1,
            "claims_rules_f1" => claims.Rules.F1,
            _ => claims.Combined.F1,
        };

        Assert.True(actual + Slack >= Floor(figure), $"{figure} is {actual:0.000}, below its floor {Floor(figure):0.000}");
    }

    [Fact]
    public void The_combinations_are_ahead_of_the_lexicon_models_and_rules_on_the_same_folds()
    {
        var themes = _trained.Themes;

        Assert.Equal(399, themes.Combined.Passages);
        Assert.True(themes.Combined.Micro.F1 > themes.Lexicon.Micro.F1, $"combined {themes.Combined.Micro.F1:0.000} vs lexicon {themes.Lexicon.Micro.F1:0.000}");
        Assert.True(themes.Combined.Micro.F1 > themes.Model.Micro.F1);
        Assert.True(themes.Model.Micro.F1 > themes.Lexicon.Micro.F1, $"model {themes.Model.Micro.F1:0.000} vs lexicon {themes.Lexicon.Micro.F1:0.000}");
        Assert.True(themes.Model.Micro.F1 > themes.TextModel.Micro.F1, $"model {themes.Model.Micro.F1:0.000} vs text-only model {themes.TextModel.Micro.F1:0.000}");
        Assert.True(_trained.Report.WeakThemeExamples > 0);
        var claims = _trained.Claims;
        Assert.Equal(claims.Rules.Gold, claims.Combined.Gold);
        Assert.True(claims.Combined.F1 > claims.Rules.F1, $"claims combined {claims.Combined.F1:0.000} vs rules {claims.Rules.F1:0.000}");
        Assert.Equal(claims.Folds, claims.FoldVetoes.Length);
        Assert.True(claims.Vetoed > 0);
    }

    [Fact]
    public void Training_again_gives_the_cross_validated_figures_the_shipped_cards_record()
    {
        // The folds run side by side; the figures must not depend on which finishes first.
        var trained = _shipped;
        using var themeCard = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "models", "themes.json")));
        using var claimCard = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "models", "claims.json")));
        var themes = themeCard.RootElement.GetProperty("cross_validation");
        var claims = claimCard.RootElement.GetProperty("cross_validation");

        Assert.Equal(themes.GetProperty("combined").GetProperty("micro_f1").GetDouble(), Math.Round(trained.Report.Themes!.Combined.Micro.F1, 4));
        Assert.Equal(themes.GetProperty("model").GetProperty("macro_f1").GetDouble(), Math.Round(trained.Report.Themes.Model.MacroF1, 4));
        Assert.Equal(claims.GetProperty("combined").GetProperty("matched").GetInt32(), trained.Report.Claims!.Combined.Matched);
        Assert.Equal(claims.GetProperty("model").GetProperty("predicted").GetInt32(), trained.Report.Claims.Model.Predicted);
        Assert.Equal(claims.GetProperty("fold_vetoes").EnumerateArray().Select(v => v.GetDouble()), trained.Report.Claims.FoldVetoes);
    }

    public sealed class Trained
    {
        public Trained()
        {
            Report = ModelTraining.Run(RepoOptions() with { RealFolders = [], HoldOut = HoldOut.Section }, new DiagnosticBag());
            Themes = Report.Themes ?? throw new InvalidOperationException("both models were asked for, but the theme model was not trained");
            Claims = Report.Claims ?? throw new InvalidOperationException("both models were asked for, but the claim model was not trained");
        }

        public TrainingReport Report { get; }

        public ThemeCvResult Themes { get; }

        public ClaimCvResult Claims { get; }
    }

    /// <summary>Trains as <c>profileminer train</c> does by default, without saving.</summary>
    public sealed class Shipped
    {
        public Shipped()
        {
            Report = ModelTraining.Run(RepoOptions(), new DiagnosticBag());
        }

        public TrainingReport Report { get; }
    }
}
