using System.Collections.Frozen;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// A trained ML.NET sentence classifier: is a sentence a claim, and of which GUIDE.md type
/// (<c>benchmark_count</c>, <c>comparison</c>, <c>rank</c>, <c>trend</c>, <c>rating</c>,
/// <c>target</c>), or <c>none</c>. Text featurisation and an L-BFGS maximum-entropy model.
/// Scores batches; thread-safe.
/// </summary>
public sealed class ClaimModel
{
    /// <summary>The label of a sentence that is not a claim.</summary>
    public const string None = "none";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly Lock _gate = new();

    internal ClaimModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
    }

    /// <summary>The labels a sentence can get.</summary>
    public static FrozenSet<string> Labels { get; } =
        new[] { None, "benchmark_count", "comparison", "rank", "trend", "rating", "target" }.ToFrozenSet(StringComparer.Ordinal);

    internal ITransformer Transformer => _model;

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidOperationException">The stream is not a claim model.</exception>
    public static ClaimModel Load(Stream stream, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var ml = new MLContext(seed);
        var model = ml.Model.Load(stream, out var input);
        var output = model.GetOutputSchema(input);
        if (input.GetColumnOrNull(nameof(ClaimRow.Text)) is null || output.GetColumnOrNull("PredictedLabel") is null || output.GetColumnOrNull("Score") is null)
        {
            throw new InvalidOperationException("not a claim model (no Text input, or no PredictedLabel and Score outputs)");
        }

        return new ClaimModel(ml, model);
    }

    /// <summary>Saves the model as an ML.NET zip.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_gate)
        {
            _ml.Model.Save(_model, _ml.Data.LoadFromEnumerable<ClaimRow>([]).Schema, stream);
        }
    }

    /// <summary>
    /// For each sentence, the most probable claim type (never <c>none</c>) and the probability that
    /// the sentence is a claim at all (1 minus the probability of <c>none</c>).
    /// </summary>
    public IReadOnlyList<(string Label, double Probability)> Predict(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<(string, double)>(sentences.Count);
        if (sentences.Count == 0)
        {
            return result;
        }

        lock (_gate)
        {
            var scored = _model.Transform(_ml.Data.LoadFromEnumerable(sentences.Select(s => new ClaimRow { Text = s })));
            var scoreColumn = scored.Schema["Score"];
            VBuffer<ReadOnlyMemory<char>> slots = default;
            scoreColumn.GetSlotNames(ref slots);
            var names = slots.DenseValues().Select(n => n.ToString()).ToArray();
            using var cursor = scored.GetRowCursor([scoreColumn]);
            var score = cursor.GetGetter<VBuffer<float>>(scoreColumn);
            VBuffer<float> scores = default;
            while (cursor.MoveNext())
            {
                score(ref scores);
                var values = scores.DenseValues().ToArray();
                var none = 0.0;
                var best = (Label: None, Probability: -1.0);
                for (var i = 0; i < values.Length && i < names.Length; i++)
                {
                    if (names[i] == None)
                    {
                        none = values[i];
                    }
                    else if (values[i] > best.Probability)
                    {
                        best = (names[i], values[i]);
                    }
                }

                result.Add(best.Probability < 0 ? (None, 0) : (best.Label, 1 - none));
            }
        }

        return result;
    }
}
