using ProfileMiner.Extract.Models;

namespace ProfileMiner.Training;

/// <summary>Settings of the theme model's training.</summary>
public sealed record ThemeTrainingOptions
{
    /// <summary>The defaults <c>profileminer train</c> uses.</summary>
    public static ThemeTrainingOptions Default { get; } = new();

    /// <summary>The seed of the MLContext; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Whether the lexicon's theme scores of the passage are features beside its text (on by default: it cross-validated better).</summary>
    public bool UseLexicon { get; init; } = true;

    /// <summary>Whether the lexicon's theme scores of the passage's heading, neighbours and lead-in are features too (on by default).</summary>
    public bool UseContext { get; init; } = true;

    /// <summary>
    /// Whether the unlabelled passages of the training documents are trained on with the lexicon's
    /// confident themes as weak labels (on by default; see <see cref="ThemeTrainingData"/>).
    /// </summary>
    public bool WeakLabels { get; init; } = true;

    /// <summary>L2 regularisation of each theme's logistic regression.</summary>
    public float L2Regularization { get; init; } = 0.05f;

    /// <summary>L1 regularisation of each theme's logistic regression.</summary>
    public float L1Regularization { get; init; }

    /// <summary>How much the lexicon features count, relative to the L2-normalised text features.</summary>
    public float LexiconScale { get; init; } = ThemeModel.DefaultLexiconScale;

    /// <summary>How many of the most similar labelled passages the model reads beside its regression (0: none, a regression alone).</summary>
    public int Neighbours { get; init; } = 20;

    /// <summary>The neighbours' share of the model's probabilities (chosen by cross-validation).</summary>
    public double NeighbourWeight { get; init; } = 0.3;
}
