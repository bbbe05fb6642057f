using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Training;

/// <summary>
/// Trains the theme model: the shared text featurisation (<see cref="TextFeatures"/>), optionally
/// concatenated with the lexicon's theme scores of the passage and of its context (heading,
/// neighbours, lead-in), then one L-BFGS logistic regression per theme
/// (one-vs-rest over the multi-label data), whose probabilities are mixed with the themes of the most
/// similar labelled passages (<see cref="ThemeNeighbours"/>). Single-threaded with a fixed seed, so the same data
/// always give the same model.
/// </summary>
public static class ThemeTrainer
{
    /// <summary>Trains on <paramref name="examples"/>.</summary>
    public static ThemeModel Train(IReadOnlyList<ThemeExample> examples, ThemeLexicon lexicon, ThemeTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(lexicon);
        options ??= ThemeTrainingOptions.Default;
        var catalogue = lexicon.Catalogue;
        var ml = new MLContext(options.Seed);
        var cache = new LexiconScoreCache(lexicon);
        var rows = examples.Select(e => ThemeRow.From(e.Passage, cache, options.LexiconScale)).ToList();
        var data = ThemeRow.Load(ml, rows, catalogue.Count);

        IEstimator<ITransformer> featurize = ml.Transforms.Text.FeaturizeText("TextFeatures", TextFeatures.Options(), nameof(ThemeRow.Text));
        var columns = new List<string> { "TextFeatures" };
        if (options.UseLexicon)
        {
            columns.Add(nameof(ThemeRow.Lexicon));
        }

        if (options.UseContext)
        {
            columns.AddRange(ThemeRow.ContextColumns);
        }

        featurize = columns.Count > 1
            ? featurize.Append(ml.Transforms.Concatenate("Features", [.. columns]))
            : featurize.Append(ml.Transforms.CopyColumns("Features", "TextFeatures"));
        var featurizer = featurize.Fit(data);
        var featurized = featurizer.Transform(data);
        var vectors = FeatureVectors.Read(featurized, "Features");
        var dimension = ThemeModel.Size(featurized.Schema["Features"].Type);

        var parts = new List<ITransformer> { featurizer };
        var current = featurized;
        for (var k = 0; k < catalogue.Count; k++)
        {
            var id = catalogue.Ids[k];
            var featureRows = vectors.Select((v, i) => new FeatureRow { Features = v, Label = examples[i].Themes.Contains(id) }).ToList();
            if (!featureRows.Any(r => r.Label) || !featureRows.Any(r => !r.Label))
            {
                // Nothing to learn for a theme no example (or every example) has: it has no score column and scores 0.
                continue;
            }

            var train = FeatureRow.Load(ml, featureRows, dimension);
            var binary = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    L2Regularization = options.L2Regularization,
                    L1Regularization = options.L1Regularization,
                    NumberOfThreads = 1,
                    MaximumNumberOfIterations = 200,
                }).Fit(train);

            current = binary.Transform(current);
            var copy = ml.Transforms.CopyColumns(ThemeModel.Column(id), "Probability").Fit(current);
            current = copy.Transform(current);
            parts.Add(binary);
            parts.Add(copy);
        }

        var chain = new TransformerChain<ITransformer>([.. parts]);
        ThemeNeighbours? neighbours = null;
        var labelled = Enumerable.Range(0, examples.Count).Where(i => !examples[i].Weak).ToList();
        if (options.Neighbours > 0 && labelled.Count > 0)
        {
            // The training rows' feature vectors begin with their n-grams: no second featurisation.
            var textDimension = ThemeModel.Size(featurized.Schema["TextFeatures"].Type);
            neighbours = ThemeNeighbours.Build([.. labelled.Select(i => (examples[i].Text, examples[i].Themes))], [.. labelled.Select(i => vectors[i])], textDimension, catalogue, options.Neighbours, options.NeighbourWeight);
        }

        return new ThemeModel(ml, chain, catalogue, options.UseLexicon || options.UseContext, options.LexiconScale, current.Schema, neighbours);
    }
}
