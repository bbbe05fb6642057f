using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Trains the claim sentence classifier: label to key, the shared text featurisation
/// (<see cref="TextFeatures"/>), an L-BFGS maximum-entropy model, key back to label.
/// Single-threaded with a fixed seed, so the same data always give the same model.
/// </summary>
public static class ClaimTrainer
{
    /// <summary>L2 regularisation of the maximum-entropy model.</summary>
    public const float L2Regularization = 0.01f;

    /// <summary>Trains on <paramref name="examples"/> with the MLContext seed <paramref name="seed"/>.</summary>
    public static ClaimModel Train(IReadOnlyList<ClaimExample> examples, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new ClaimRow { Text = e.Text, Label = e.Label }).ToList());
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(ClaimRow.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", TextFeatures.Options(), nameof(ClaimRow.Text)))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = L2Regularization,
                L1Regularization = 0,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new ClaimModel(ml, pipeline.Fit(data));
    }
}
