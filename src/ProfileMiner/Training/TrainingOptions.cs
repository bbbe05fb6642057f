using System.Collections.Immutable;

namespace ProfileMiner.Training;

/// <summary>What <c>profileminer train</c> reads and writes.</summary>
public sealed record TrainingOptions
{
    /// <summary>Defaults relative to the repository root.</summary>
    public static TrainingOptions Default { get; } = new();

    /// <summary>Gold folder in GUIDE.md's format (<c>themes.jsonl</c>, <c>claims.jsonl</c>, <c>coverage.jsonl</c>).</summary>
    public string GoldFolder { get; init; } = Path.Combine("corpus", "gold");

    /// <summary>Folder of extra labels (<c>*.themes.jsonl</c>, <c>*.claims.jsonl</c>); may be absent.</summary>
    public string LabelsFolder { get; init; } = Path.Combine("corpus", "labels");

    /// <summary>The documents the gold annotates (their covered sentences are the claim model's data).</summary>
    public string DocsFolder { get; init; } = "seeds";

    /// <summary>
    /// Folders of labelled real documents (<c>gold/</c> and <c>docs/</c>): the tuning half of their
    /// councils (<see cref="HalvesFile"/>) is trained on, the check half chooses the shipped blends
    /// (<see cref="CheckHalfSelection"/>). A folder that does not exist is reported and skipped.
    /// </summary>
    public ImmutableArray<string> RealFolders { get; init; } = [Path.Combine("corpus", "real")];

    /// <summary>Which councils of the real gold are tuned on and which are only checked (<see cref="Eval.GoldHalves"/>).</summary>
    public string HalvesFile { get; init; } = Path.Combine("corpus", "real", "halves.tsv");

    /// <summary>Where the models and their cards are written.</summary>
    public string ModelsFolder { get; init; } = "models";

    /// <summary>Cross-validation folds (documents, or council sections, are kept whole).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>What each cross-validation fold holds out whole: documents (the default) or council sections.</summary>
    public HoldOut HoldOut { get; init; } = HoldOut.Document;

    /// <summary>The MLContext seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Settings of the theme model.</summary>
    public ThemeTrainingOptions Themes { get; init; } = ThemeTrainingOptions.Default;

    /// <summary>
    /// The least probability of a model claim added where the rules are silent; negative (the default,
    /// -1): chosen by an inner cross-validation on the training sections; above 1: the model adds nothing.
    /// </summary>
    public double ClaimThreshold { get; init; } = ClaimSelection.Auto;

    /// <summary>
    /// The rule claims of a sentence are dropped when the claim verifier gives it a claim probability
    /// below this; negative (the default, -1): chosen by an inner cross-validation on the training
    /// sections; 0: nothing is dropped.
    /// </summary>
    public double ClaimVeto { get; init; } = ClaimSelection.Auto;

    /// <summary>Which models to train; a model left out keeps its zip and card as they are.</summary>
    public TrainedModels Models { get; init; } = TrainedModels.All;

    /// <summary>
    /// Measure the theme models' learning curve (<see cref="ThemeLearningCurve"/>) instead of
    /// training: the theme cross-validation is run with 0, 25, 50, 75 and 100% of the labelled
    /// passages (<see cref="TrainingReport.LearningCurve"/>; <see cref="TrainingReport.Themes"/> is
    /// null, the full share being the plain cross-validation's blend and model); nothing is fitted
    /// or saved, and the claim model is left out.
    /// </summary>
    public bool LearningCurve { get; init; }

    /// <summary>Write the models and cards (false: cross-validate only).</summary>
    public bool Save { get; init; } = true;
}
