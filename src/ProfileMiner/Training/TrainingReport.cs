using System.Collections.Immutable;

namespace ProfileMiner.Training;

/// <summary>What <see cref="ModelTraining.Run"/> did: the cross-validated scores, the data sizes, the time taken and the files written.</summary>
public sealed record TrainingReport
{
    /// <summary>Theme examples trained on (gold and label files); 0 when the theme model was not trained.</summary>
    public required int ThemeExamples { get; init; }

    /// <summary>Weak theme examples trained on (unlabelled passages with the lexicon's confident themes).</summary>
    public int WeakThemeExamples { get; init; }

    /// <summary>Claim examples trained on (covered sentences and unmatched gold sentences); 0 when the claim model was not trained.</summary>
    public required int ClaimExamples { get; init; }

    /// <summary>The theme scorers' cross-validated scores; null when the theme model was not trained (<see cref="TrainingOptions.Models"/>).</summary>
    public ThemeCvResult? Themes { get; init; }

    /// <summary>The claim extractors' cross-validated scores; null when the claim model was not trained.</summary>
    public ClaimCvResult? Claims { get; init; }

    /// <summary>The theme models' learning curve when <see cref="TrainingOptions.LearningCurve"/> asked for it, else null.</summary>
    public IReadOnlyList<ThemeCurvePoint>? LearningCurve { get; init; }

    /// <summary>Seconds spent fitting the final models (cross-validation not included).</summary>
    public required double TrainingSeconds { get; init; }

    /// <summary>Seconds of the whole command, cross-validation included.</summary>
    public required double TotalSeconds { get; init; }

    /// <summary>The model and card files written.</summary>
    public required ImmutableArray<string> Files { get; init; }
}
