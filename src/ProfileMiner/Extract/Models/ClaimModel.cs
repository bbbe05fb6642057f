using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using ProfileMiner.IO;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// A trained ML.NET sentence classifier: is a sentence a claim, and of which GUIDE.md type
/// (<c>benchmark_count</c>, <c>comparison</c>, <c>rank</c>, <c>trend</c>, <c>rating</c>,
/// <c>target</c>), or <c>none</c>. Text featurisation and an L-BFGS maximum-entropy model.
/// Optionally with a verifier: a second classifier trained only on sentences where the rules found
/// claims, which gives the probability that such a sentence really holds a claim, and the
/// <see cref="Veto"/> below which its rule claims are dropped. Thread-safe: each thread scores with a prediction engine of its own.
/// </summary>
public sealed class ClaimModel
{
    /// <summary>The label of a sentence that is not a claim.</summary>
    public const string None = "none";

    /// <summary>The verifier's label of a sentence that holds a claim.</summary>
    internal const string Claim = "claim";

    private const string ClassifierEntry = "classifier.zip";
    private const string VerifierEntry = "verifier.zip";
    private const string SettingsEntry = "settings.txt";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ITransformer? _verifier;
    private readonly Lock _gate = new();

    // Prediction engines are not thread-safe: each thread takes one, and gives it back.
    private readonly ConcurrentBag<PredictionEngine<ClaimRow, ClaimScores>> _classifiers = [];
    private readonly ConcurrentBag<PredictionEngine<ClaimRow, ClaimScores>> _verifiers = [];

    internal ClaimModel(MLContext ml, ITransformer model, ITransformer? verifier = null, double veto = 0, double threshold = DefaultThreshold)
    {
        _ml = ml;
        _model = model;
        _verifier = verifier;
        Veto = verifier is null ? 0 : veto;
        Threshold = threshold;
    }

    /// <summary>The <see cref="Threshold"/> of a model saved without one (a plain ML.NET zip).</summary>
    public const double DefaultThreshold = 0.9;

    /// <summary>The labels a sentence can get.</summary>
    public static FrozenSet<string> Labels { get; } =
        new[] { None, "benchmark_count", "comparison", "rank", "trend", "rating", "target" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the model has a verifier of rule claims.</summary>
    public bool HasVerifier => _verifier is not null;

    /// <summary>
    /// The verifier probability below which the rule claims of a sentence are dropped (chosen when
    /// training; 0 when there is no verifier, so nothing is dropped).
    /// </summary>
    public double Veto { get; }

    /// <summary>
    /// The least claim probability at which the model's claim is added in a sentence where no rule
    /// fires (chosen when training; above 1: the model adds nothing).
    /// </summary>
    public double Threshold { get; }

    internal ITransformer Transformer => _model;

    /// <summary>Loads a model saved by <see cref="Save"/> (a plain ML.NET zip, or one with a verifier).</summary>
    /// <exception cref="ModelFormatException">The stream is not a claim model.</exception>
    public static ClaimModel Load(Stream stream, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var ml = new MLContext(seed);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (archive.GetEntry(ClassifierEntry) is { } classifier)
            {
                var verifier = archive.GetEntry(VerifierEntry) ?? throw new ModelFormatException($"not a claim model this version can use ({ClassifierEntry} but no {VerifierEntry})");
                var settings = archive.GetEntry(SettingsEntry) ?? throw new ModelFormatException($"not a claim model this version can use (a verifier but no {SettingsEntry})");
                var values = new Dictionary<string, double>(StringComparer.Ordinal);
                using (var reader = new StreamReader(settings.Open()))
                {
                    while (reader.ReadLine() is { } line)
                    {
                        var parts = line.Split('=', 2);
                        if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                        {
                            values[parts[0].Trim()] = value;
                        }
                    }
                }

                if (!values.TryGetValue("veto", out var veto) || veto is < 0 or > 1 || !values.TryGetValue("threshold", out var threshold) || threshold < 0)
                {
                    throw new ModelFormatException($"not a claim model this version can use ({SettingsEntry} lacks a veto from 0 to 1 or a threshold of 0 or more)");
                }

                return new ClaimModel(ml, LoadPart(ml, classifier), LoadPart(ml, verifier), veto, threshold);
            }
        }

        copy.Position = 0;
        return new ClaimModel(ml, Check(ml, copy));
    }

    /// <summary>Saves the model: a plain ML.NET zip, or, with a verifier, a zip of both models, the veto and the threshold.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_gate)
        {
            var schema = _ml.Data.LoadFromEnumerable<ClaimRow>([]).Schema;
            if (_verifier is null)
            {
                StableZip.Write(stream, s => _ml.Model.Save(_model, schema, s));
                return;
            }

            using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            StableZip.AddEntry(archive, ClassifierEntry, s => StableZip.Write(s, m => _ml.Model.Save(_model, schema, m)));
            StableZip.AddEntry(archive, VerifierEntry, s => StableZip.Write(s, m => _ml.Model.Save(_verifier, schema, m)));
            StableZip.AddEntry(archive, SettingsEntry, s =>
            {
                using var writer = new StreamWriter(s);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"veto={Veto:R}\nthreshold={Threshold:R}\n"));
            });
        }
    }

    /// <summary>
    /// For each sentence, the most probable claim type (never <c>none</c>) and the probability that
    /// the sentence is a claim at all (1 minus the probability of <c>none</c>).
    /// </summary>
    public IReadOnlyList<(string Label, double Probability)> Predict(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Score(_model, _classifiers, sentences);
    }

    /// <summary>
    /// For each sentence in which the rules found claims (of the types given, one entry per claim),
    /// the probability that it holds a claim: the verifier's when there is one, else the classifier's.
    /// </summary>
    public IReadOnlyList<double> Verify(IReadOnlyList<(string Sentence, IReadOnlyList<string> RuleTypes)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return _verifier is null
            ? [.. Score(_model, _classifiers, [.. sentences.Select(s => s.Sentence)]).Select(v => v.Probability)]
            : [.. Score(_verifier, _verifiers, [.. sentences.Select(s => VerifierInput(s.Sentence, s.RuleTypes))]).Select(v => v.Probability)];
    }

    /// <summary>The verifier's input text: the sentence and one token per distinct rule claim type.</summary>
    internal static string VerifierInput(string sentence, IEnumerable<string> ruleTypes) =>
        sentence + string.Concat(ruleTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => " ruletype" + t.Replace("_", string.Empty, StringComparison.Ordinal)));

    /// <summary>This classifier with <paramref name="verifier"/> (trained by <c>train</c>), its veto and the threshold.</summary>
    internal ClaimModel WithVerifier(ITransformer verifier, double veto, double threshold) => new(_ml, _model, verifier, veto, threshold);

    /// <summary>The same classifier and verifier with another veto and threshold.</summary>
    internal ClaimModel WithBlend(double veto, double threshold) => new(_ml, _model, _verifier, veto, threshold);

    /// <summary>The claim probabilities a verifier alone (as <c>train</c> fits it) gives verifier inputs.</summary>
    internal static IReadOnlyList<double> Verify(ITransformer verifier, IReadOnlyList<string> inputs)
    {
        using var engine = new MLContext(1).Model.CreatePredictionEngine<ClaimRow, ClaimScores>(verifier);
        return [.. Score(engine, inputs).Select(v => v.Probability)];
    }

    private List<(string Label, double Probability)> Score(ITransformer model, ConcurrentBag<PredictionEngine<ClaimRow, ClaimScores>> pool, IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        if (!pool.TryTake(out var engine))
        {
            lock (_gate)
            {
                engine = _ml.Model.CreatePredictionEngine<ClaimRow, ClaimScores>(model);
            }
        }

        try
        {
            return Score(engine, texts);
        }
        finally
        {
            pool.Add(engine);
        }
    }

    // One sentence at a time through a prediction engine: the same transforms as scoring a data view
    // of them all, without building a data view and its cursors for every document.
    private static List<(string Label, double Probability)> Score(PredictionEngine<ClaimRow, ClaimScores> engine, IReadOnlyList<string> texts)
    {
        var result = new List<(string, double)>(texts.Count);
        VBuffer<ReadOnlyMemory<char>> slots = default;
        engine.OutputSchema[ClaimScores.Column].GetSlotNames(ref slots);
        var names = slots.DenseValues().Select(n => n.ToString()).ToArray();
        var scores = new ClaimScores();
        var row = new ClaimRow();
        foreach (var text in texts)
        {
            row.Text = text;
            engine.Predict(row, ref scores);
            var values = scores.Score.DenseValues().ToArray();
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

        return result;
    }

    private static ITransformer LoadPart(MLContext ml, ZipArchiveEntry entry)
    {
        using var part = new MemoryStream();
        using (var s = entry.Open())
        {
            s.CopyTo(part);
        }

        part.Position = 0;
        return Check(ml, part);
    }

    private static ITransformer Check(MLContext ml, Stream stream)
    {
        var model = ml.Model.Load(stream, out var input);
        var output = model.GetOutputSchema(input);
        if (input.GetColumnOrNull(nameof(ClaimRow.Text)) is null || output.GetColumnOrNull("PredictedLabel") is null || output.GetColumnOrNull("Score") is null)
        {
            throw new ModelFormatException("not a claim model (no Text input, or no PredictedLabel and Score outputs)");
        }

        return model;
    }
}
