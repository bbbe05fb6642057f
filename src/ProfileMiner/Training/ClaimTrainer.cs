using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using ProfileMiner.Extract.Models;

namespace ProfileMiner.Training;

/// <summary>
/// Trains the claim sentence classifier: label to key, the shared text featurisation
/// (<see cref="TextFeatures"/>), an L-BFGS maximum-entropy model, key back to label; and the
/// verifier of rule claims, the same pipeline on the sentences where the rules found claims, with
/// the rule claim types as extra tokens and two labels (<c>claim</c>, <c>none</c>).
/// Single-threaded with a fixed seed, so the same data always give the same model.
/// </summary>
public static class ClaimTrainer
{
    /// <summary>L2 regularisation of the maximum-entropy model.</summary>
    public const float L2Regularization = 0.01f;

    /// <summary>Fewest verifier examples of each kind (claim, none) to train a verifier at all.</summary>
    internal const int MinVerifierExamples = 3;

    /// <summary>Trains on <paramref name="examples"/> with the MLContext seed <paramref name="seed"/>.</summary>
    public static ClaimModel Train(IReadOnlyList<ClaimExample> examples, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ml = new MLContext(seed);
        return new ClaimModel(ml, Fit(ml, examples.Select(e => new ClaimRow { Text = e.Text, Label = e.Label })));
    }

    /// <summary>
    /// Trains the classifier on <paramref name="examples"/> and the verifier on <paramref name="verifierExamples"/>,
    /// with <paramref name="veto"/> and <paramref name="threshold"/>; without enough verifier examples of both kinds,
    /// the classifier alone (with the default threshold).
    /// </summary>
    internal static ClaimModel Train(IReadOnlyList<ClaimExample> examples, IReadOnlyList<ClaimVerifierExample> verifierExamples, double veto, double threshold, int seed = 1)
    {
        var model = Train(examples, seed);
        var verifier = TrainVerifier(verifierExamples, seed);
        return verifier is null ? model : model.WithVerifier(verifier, veto, threshold);
    }

    /// <summary>The verifier alone, or null with fewer than <see cref="MinVerifierExamples"/> of either kind.</summary>
    internal static ITransformer? TrainVerifier(IReadOnlyList<ClaimVerifierExample> examples, int seed = 1)
    {
        if (examples.Count(e => e.IsClaim) < MinVerifierExamples || examples.Count(e => !e.IsClaim) < MinVerifierExamples)
        {
            return null;
        }

        return Fit(new MLContext(seed), examples.Select(e => new ClaimRow { Text = e.Input, Label = e.IsClaim ? ClaimModel.Claim : ClaimModel.None }));
    }

    private static TransformerChain<KeyToValueMappingTransformer> Fit(MLContext ml, IEnumerable<ClaimRow> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows.ToList());
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
        return pipeline.Fit(data);
    }
}
