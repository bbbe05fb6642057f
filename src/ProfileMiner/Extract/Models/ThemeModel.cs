using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using ProfileMiner.Extract.Themes;
using ProfileMiner.IO;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// A trained ML.NET theme model: text featurisation (and, for the combined model, the lexicon's
/// scores as extra features) followed by one calibrated logistic regression per theme, whose
/// probabilities are the columns <c>P.&lt;theme id&gt;</c> (a theme the training data never had
/// has no column and scores 0), mixed, when the model has them, with the themes of the most similar
/// labelled passages (<see cref="ThemeNeighbours"/>, saved in the same zip). Thread-safe: scoring uses a pool of ML.NET prediction engines (one
/// featuriser and one chain of the theme scorers each, set up once and reused by one thread at a
/// time), so a small batch costs no more per passage than a large one.
/// </summary>
public sealed class ThemeModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly (int Theme, string Column)[] _columns;
    private readonly Lock _gate = new();
    private readonly ITransformer? _featurizer;
    private readonly ITransformer[] _scorers;
    private readonly int _dimension;
    private readonly ITransformer? _scoring;
    private readonly ConcurrentBag<Engines> _engines = [];
    private readonly int _textDimension;

    internal ThemeModel(MLContext ml, ITransformer model, ThemeCatalogue catalogue, bool usesLexicon, float lexiconScale, DataViewSchema output, ThemeNeighbours? neighbours = null)
    {
        LexiconScale = lexiconScale;
        Neighbours = neighbours;
        _textDimension = output.GetColumnOrNull("TextFeatures") is { } text ? Size(text.Type) : 0;
        _ml = ml;
        _model = model;
        Catalogue = catalogue;
        UsesLexicon = usesLexicon;
        _columns = [.. catalogue.Ids.Select((id, i) => (i, Column(id))).Where(c => output.GetColumnOrNull(c.Item2) is not null)];

        // Every theme's scorer reads the features: computed once per row into a cache, not once per theme.
        if (model is TransformerChain<ITransformer> chain && chain.Any())
        {
            _featurizer = chain.First();
            _scorers = [.. chain.Skip(1)];
        }
        else
        {
            _scorers = [model];
        }

        // The engines' scoring chain: every theme's scorer, then one vector gathering their probability columns.
        if (_featurizer is not null && _columns.Length > 0 && output.GetColumnOrNull("Features") is { } features)
        {
            _dimension = Size(features.Type);
            IDataView view = ThemeFeatureVector.Load(ml, [], _dimension);
            foreach (var scorer in _scorers)
            {
                view = scorer.Transform(view);
            }

            var gather = ml.Transforms.Concatenate(ThemeScoreVector.Column, [.. _columns.Select(c => c.Column)]).Fit(view);
            _scoring = new TransformerChain<ITransformer>([.. _scorers, gather]);
        }
    }

    /// <summary>The themes the model scores.</summary>
    public ThemeCatalogue Catalogue { get; }

    /// <summary>True when the lexicon's scores are features of the model (the combined model).</summary>
    public bool UsesLexicon { get; }

    /// <summary>The factor the lexicon features are multiplied by.</summary>
    internal float LexiconScale { get; }

    /// <summary>The nearest-neighbour part, mixed into the regression's probabilities; null for a model without one.</summary>
    internal ThemeNeighbours? Neighbours { get; }

    /// <summary>The zip entry that holds <see cref="BlendWeight"/>.</summary>
    internal const string BlendEntry = "ProfileMiner/blend.txt";

    /// <summary>The factor the lexicon features are multiplied by, in training and in a loaded model (a zip does not record it).</summary>
    internal const float DefaultLexiconScale = 1f;

    /// <summary>
    /// The weight of this model's probabilities when it is blended with the lexicon
    /// (<see cref="BlendedThemeScorer"/>): chosen by <c>train</c> on the real check half when it has
    /// one, <see cref="BlendedThemeScorer.DefaultModelWeight"/> otherwise; saved in the zip.
    /// </summary>
    public double BlendWeight { get; internal set; } = BlendedThemeScorer.DefaultModelWeight;

    /// <summary>The probability column of one theme.</summary>
    internal static string Column(string theme) => "P." + theme;

    internal ITransformer Transformer => _model;

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="ModelFormatException">The stream is not a theme model of <paramref name="catalogue"/>'s themes.</exception>
    public static ThemeModel Load(Stream stream, ThemeCatalogue catalogue, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(catalogue);
        var ml = new MLContext(seed);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        ITransformer model;
        DataViewSchema input;
        try
        {
            model = ml.Model.Load(copy, out input);
        }
        catch (Exception e) when (e is not (IOException or InvalidDataException or OperationCanceledException))
        {
            // Another kind of zip (a claim model, say): not what the theme model reads.
            throw new ModelFormatException($"not a theme model (ML.NET cannot load it as one: {e.Message.TrimEnd('.', ' ')})", e);
        }

        var lexicon = input.GetColumnOrNull(nameof(ThemeRow.Lexicon));
        if (input.GetColumnOrNull(nameof(ThemeRow.Text)) is null || lexicon is null)
        {
            throw new ModelFormatException("not a theme model (its input has no Text and Lexicon columns)");
        }

        var output = model.GetOutputSchema(input);
        if (catalogue.Ids.All(id => output.GetColumnOrNull(Column(id)) is null))
        {
            throw new ModelFormatException("not a theme model of these themes (it scores none of them)");
        }

        var usesLexicon = output.GetColumnOrNull("Features") is { } features && Size(features.Type) > Size(output["TextFeatures"].Type);
        if (ThemeRow.ContextColumns.Any(c => input.GetColumnOrNull(c) is null))
        {
            throw new ModelFormatException("not a theme model of this version (its input has no context columns: made by an older ProfileMiner)");
        }

        ThemeNeighbours? neighbours = null;
        if (model is TransformerChain<ITransformer> chain && chain.Any())
        {
            copy.Position = 0;
            using var archive = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true);
            neighbours = ThemeNeighbours.Read(archive, ml, chain.First(), catalogue);
        }

        var blend = BlendedThemeScorer.DefaultModelWeight;
        copy.Position = 0;
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (archive.GetEntry(BlendEntry) is { } entry)
            {
                using var reader = new StreamReader(entry.Open());
                if (!double.TryParse(reader.ReadToEnd().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out blend) || blend is < 0 or > 1)
                {
                    throw new ModelFormatException($"not a theme model of this version (its {BlendEntry} is not a weight between 0 and 1)");
                }
            }
        }

        return new ThemeModel(ml, model, catalogue, usesLexicon, DefaultLexiconScale, output, neighbours) { BlendWeight = blend };
    }

    /// <summary>Saves the model as an ML.NET zip; the same model always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_gate)
        {
            var schema = ThemeRow.Load(_ml, [], Catalogue.Count).Schema;
            StableZip.Write(stream, s => _ml.Model.Save(_model, schema, s), archive =>
            {
                Neighbours?.Write(archive);
                StableZip.AddEntry(archive, BlendEntry, s => s.Write(Encoding.UTF8.GetBytes(BlendWeight.ToString("0.###", CultureInfo.InvariantCulture))));
            });
        }
    }

    /// <summary>Each text's probability per theme (in <see cref="ThemeCatalogue.Ids"/> order), the texts read without context.</summary>
    public IReadOnlyList<double[]> Score(IReadOnlyList<string> texts, ThemeLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Score([.. texts.Select(t => new ThemePassage(t))], lexicon);
    }

    /// <summary>Each passage's probability per theme (in <see cref="ThemeCatalogue.Ids"/> order).</summary>
    public IReadOnlyList<double[]> Score(IReadOnlyList<ThemePassage> passages, ThemeLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(lexicon);
        return Score(passages, new LexiconScoreCache(lexicon));
    }

    /// <summary>
    /// Each passage's probability per theme, its lexicon features taken from <paramref name="cache"/>,
    /// so a blend computes the lexicon once per text.
    /// </summary>
    internal IReadOnlyList<double[]> Score(IReadOnlyList<ThemePassage> passages, LexiconScoreCache cache)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(cache);
        if (_scoring is null)
        {
            return ScoreRows([.. passages.Select(p => ThemeRow.From(p, cache, LexiconScale))]);
        }

        var results = new List<double[]>(passages.Count);
        if (passages.Count == 0)
        {
            return results;
        }

        var engines = _engines.TryTake(out var pooled) ? pooled : CreateEngines();
        try
        {
            var features = new ThemeFeatureVector();
            var scored = new ThemeScoreVector();
            foreach (var passage in passages)
            {
                engines.Featurizer.Predict(ThemeRow.From(passage, cache, LexiconScale), ref features);
                engines.Scorer.Predict(features, ref scored);
                var buffer = scored.Scores;
                ReadOnlySpan<float> values = buffer.IsDense ? buffer.GetValues() : buffer.DenseValues().ToArray();
                var scores = new double[Catalogue.Count];
                for (var k = 0; k < _columns.Length; k++)
                {
                    var value = values[k];
                    scores[_columns[k].Theme] = float.IsFinite(value) ? value : 0;
                }

                Neighbours?.Blend(scores, features.Features, _textDimension);
                results.Add(scores);
            }
        }
        finally
        {
            _engines.Add(engines);
        }

        return results;
    }

    /// <summary>
    /// Scores <paramref name="passages"/> as one ML.NET data view (featurised once into a cache, then
    /// every theme's scorer): the reference the engines of <see cref="Score(IReadOnlyList{ThemePassage}, ThemeLexicon)"/> must match, and the path of a model that is not a chain.
    /// </summary>
    internal IReadOnlyList<double[]> ScoreBatch(IReadOnlyList<ThemePassage> passages, ThemeLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(lexicon);
        var cache = new LexiconScoreCache(lexicon);
        return ScoreRows([.. passages.Select(p => ThemeRow.From(p, cache, LexiconScale))]);
    }

    private List<double[]> ScoreRows(List<ThemeRow> rows)
    {
        var results = new List<double[]>(rows.Count);
        lock (_gate)
        {
            var input = ThemeRow.Load(_ml, rows, Catalogue.Count);
            var scored = _featurizer is null ? input : _ml.Data.Cache(_featurizer.Transform(input), "Features");
            foreach (var scorer in _scorers)
            {
                scored = scorer.Transform(scored);
            }

            var columns = _columns.Select(c => scored.Schema[c.Column]).ToArray();
            DataViewSchema.Column? features = Neighbours is null ? null : scored.Schema["Features"];
            using var cursor = scored.GetRowCursor(features is { } f ? [.. columns, f] : columns);
            var getters = columns.Select(cursor.GetGetter<float>).ToArray();
            var featureGetter = features is { } column ? cursor.GetGetter<VBuffer<float>>(column) : null;
            var vector = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                var scores = new double[Catalogue.Count];
                for (var k = 0; k < getters.Length; k++)
                {
                    var value = 0f;
                    getters[k](ref value);
                    scores[_columns[k].Theme] = float.IsFinite(value) ? value : 0;
                }

                if (featureGetter is not null)
                {
                    featureGetter(ref vector);
                    Neighbours!.Blend(scores, vector, _textDimension);
                }

                results.Add(scores);
            }
        }

        return results;
    }

    private Engines CreateEngines()
    {
        lock (_gate)
        {
            var featurizer = _ml.Model.CreatePredictionEngine<ThemeRow, ThemeFeatureVector>(_featurizer!, inputSchemaDefinition: ThemeRow.Schema(Catalogue.Count));
            var scorer = _ml.Model.CreatePredictionEngine<ThemeFeatureVector, ThemeScoreVector>(_scoring!, inputSchemaDefinition: ThemeFeatureVector.Schema(_dimension));
            return new Engines(featurizer, scorer);
        }
    }

    internal static int Size(DataViewType type) => type is VectorDataViewType vector ? vector.Size : 1;

    /// <summary>One thread's engines: text to features, features to the themes' probabilities.</summary>
    private sealed record Engines(PredictionEngine<ThemeRow, ThemeFeatureVector> Featurizer, PredictionEngine<ThemeFeatureVector, ThemeScoreVector> Scorer);
}
