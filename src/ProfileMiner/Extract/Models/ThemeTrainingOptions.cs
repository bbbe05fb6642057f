namespace ProfileMiner.Extract.Models;

/// <summary>Settings of the theme model's training.</summary>
public sealed record ThemeTrainingOptions
{
    /// <summary>The defaults <c>profileminer train</c> uses.</summary>
    public static ThemeTrainingOptions Default { get; } = new();

    /// <summary>The seed of the MLContext; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Whether the lexicon's theme scores are features beside the text. Off by default: the shipped combination blends the lexicon with a text-only model, which cross-validated better.</summary>
    public bool UseLexicon { get; init; }

    /// <summary>L2 regularisation of each theme's logistic regression.</summary>
    public float L2Regularization { get; init; } = 0.05f;

    /// <summary>L1 regularisation of each theme's logistic regression.</summary>
    public float L1Regularization { get; init; }

    /// <summary>How much the lexicon features count, relative to the L2-normalised text features.</summary>
    public float LexiconScale { get; init; } = 1f;
}
