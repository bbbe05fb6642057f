using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using ProfileMiner.Extract.Themes;
using ProfileMiner.IO;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// The nearest-neighbour part of the theme model. It keeps the labelled passages the model was
/// trained on (gold and written; weak labels are left out) with their n-gram vectors. A passage's
/// neighbour score of a theme is the share of its <see cref="Count"/> most similar labelled
/// passages (cosine of the n-gram vectors) that carry the theme, each counted by its similarity.
/// The model's probability of a theme is then <c>(1 - w) x regression + w x neighbour score</c>,
/// w = <see cref="Weight"/>: the regression generalises from words, the neighbours recall how
/// passages much like this one were labelled.
/// </summary>
internal sealed class ThemeNeighbours
{
    /// <summary>The zip entry, beside ML.NET's own, that holds the labelled passages.</summary>
    public const string Entry = "ProfileMiner/neighbours.json";

    private readonly ImmutableArray<(string Text, ImmutableArray<string> Themes)> _passages;
    private readonly int[][] _themes;
    private readonly int _themeCount;

    // An inverted index of the passages' L2-normalised vectors, built by counting sort: slot s's
    // postings are _postingPassage/_postingValue[_slotStart[s] .. _slotStart[s + 1]), in passage order.
    private readonly int[] _slotStart;
    private readonly int[] _postingPassage;
    private readonly float[] _postingValue;

    private ThemeNeighbours(ImmutableArray<(string Text, ImmutableArray<string> Themes)> passages, IReadOnlyList<VBuffer<float>> vectors, int textDimension, ThemeCatalogue catalogue, int count, double weight)
    {
        _passages = passages;
        _themeCount = catalogue.Count;
        Count = count;
        Weight = weight;
        _themes = [.. passages.Select(p => p.Themes.Select(id => catalogue.IndexOf(id) is var index and >= 0
            ? index
            : throw new ModelFormatException($"its neighbour passages name a theme that does not exist: '{id}'")).ToArray())];

        var slots = vectors.Count == 0 ? 0 : Math.Min(textDimension, vectors.Max(v => v.Length));
        _slotStart = new int[slots + 1];
        var norms = new double[vectors.Count];
        for (var p = 0; p < vectors.Count; p++)
        {
            var sum = 0.0;
            ForEachNonZero(vectors[p], slots, (slot, value) =>
            {
                _slotStart[slot + 1]++;
                sum += (double)value * value;
            });
            norms[p] = Math.Sqrt(sum);
        }

        for (var slot = 0; slot < slots; slot++)
        {
            _slotStart[slot + 1] += _slotStart[slot];
        }

        _postingPassage = new int[_slotStart[slots]];
        _postingValue = new float[_postingPassage.Length];
        var next = _slotStart[..^1];
        for (var p = 0; p < vectors.Count; p++)
        {
            var passage = p;
            ForEachNonZero(vectors[p], slots, (slot, value) =>
            {
                var at = next[slot]++;
                _postingPassage[at] = passage;
                _postingValue[at] = (float)(value / norms[passage]);
            });
        }
    }

    /// <summary>How many of the most similar labelled passages are read.</summary>
    public int Count { get; }

    /// <summary>The neighbours' share of the model's probabilities.</summary>
    public double Weight { get; }

    /// <summary>The labelled passages.</summary>
    public int Passages => _passages.Length;

    /// <summary>
    /// The neighbours of <paramref name="passages"/>, whose n-gram vectors are the first
    /// <paramref name="textDimension"/> slots of <paramref name="vectors"/> (one per passage, in order:
    /// the model's feature vectors, which begin with the text's n-grams, serve as they are).
    /// </summary>
    public static ThemeNeighbours Build(IReadOnlyList<(string Text, ImmutableArray<string> Themes)> passages, IReadOnlyList<VBuffer<float>> vectors, int textDimension, ThemeCatalogue catalogue, int count, double weight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weight, 1);
        if (vectors.Count != passages.Count)
        {
            throw new ArgumentException($"{vectors.Count} feature vectors for {passages.Count} passages", nameof(vectors));
        }

        return new ThemeNeighbours([.. passages], vectors, textDimension, catalogue, count, weight);
    }

    /// <summary>Mixes the neighbours into <paramref name="scores"/> (the regression's probabilities), the passage read through <paramref name="features"/>' first <paramref name="textDimension"/> slots, its n-gram vector.</summary>
    public void Blend(double[] scores, in VBuffer<float> features, int textDimension)
    {
        var neighbours = Score(features, textDimension);
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = ((1 - Weight) * scores[k]) + (Weight * neighbours[k]);
        }
    }

    /// <summary>The neighbour score of every theme (all 0 when no labelled passage shares an n-gram with the passage).</summary>
    public double[] Score(in VBuffer<float> features, int textDimension)
    {
        var similarity = new float[_passages.Length];
        var values = features.GetValues();
        if (features.IsDense)
        {
            for (var i = 0; i < values.Length && i < textDimension; i++)
            {
                Accumulate(i, values[i], similarity);
            }
        }
        else
        {
            var indices = features.GetIndices();
            for (var i = 0; i < indices.Length && indices[i] < textDimension; i++)
            {
                Accumulate(indices[i], values[i], similarity);
            }
        }

        // The Count most similar, best first; ties go to the earlier passage, so the result is deterministic.
        // A plain array shifted by hand: this runs once per labelled passage for every passage scored.
        var top = new int[Count + 1];
        var found = 0;
        for (var p = 0; p < similarity.Length; p++)
        {
            if (similarity[p] <= 0 || (found == Count && similarity[p] <= similarity[top[found - 1]]))
            {
                continue;
            }

            var at = found;
            while (at > 0 && similarity[top[at - 1]] < similarity[p])
            {
                at--;
            }

            for (var i = found; i > at; i--)
            {
                top[i] = top[i - 1];
            }

            top[at] = p;
            found = Math.Min(found + 1, Count);
        }

        var scores = new double[_themeCount];
        var total = 0.0;
        for (var i = 0; i < found; i++)
        {
            total += similarity[top[i]];
        }

        if (total <= 0)
        {
            return scores;
        }

        foreach (var p in top.AsSpan(0, found))
        {
            foreach (var theme in _themes[p])
            {
                scores[theme] += similarity[p] / total;
            }
        }

        return scores;
    }

    /// <summary>Adds the labelled passages and the settings to a model zip as <see cref="Entry"/>.</summary>
    public void Write(ZipArchive archive) =>
        StableZip.AddEntry(archive, Entry, stream =>
        {
            using var writer = new Utf8JsonWriter(stream);
            writer.WriteStartObject();
            writer.WriteNumber("count", Count);
            writer.WriteNumber("weight", Weight);
            writer.WriteStartArray("passages");
            foreach (var (text, themes) in _passages)
            {
                writer.WriteStartObject();
                writer.WriteString("text", text);
                writer.WriteStartArray("themes");
                foreach (var theme in themes)
                {
                    writer.WriteStringValue(theme);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>Reads <see cref="Entry"/> of a model zip, when it has one, and makes the passages' vectors with the model's <paramref name="featurizer"/>.</summary>
    /// <exception cref="ModelFormatException">The entry is not what <see cref="Write"/> writes.</exception>
    public static ThemeNeighbours? Read(ZipArchive archive, MLContext ml, ITransformer featurizer, ThemeCatalogue catalogue)
    {
        var entry = archive.GetEntry(Entry);
        if (entry is null)
        {
            return null;
        }

        List<(string, ImmutableArray<string>)> passages = [];
        int count;
        double weight;
        try
        {
            using var stream = entry.Open();
            using var json = JsonDocument.Parse(stream);
            var root = json.RootElement;
            count = root.GetProperty("count").GetInt32();
            weight = root.GetProperty("weight").GetDouble();
            foreach (var passage in root.GetProperty("passages").EnumerateArray())
            {
                passages.Add((passage.GetProperty("text").GetString() ?? string.Empty, [.. passage.GetProperty("themes").EnumerateArray().Select(t => t.GetString() ?? string.Empty)]));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or InvalidDataException)
        {
            throw new ModelFormatException($"its neighbour passages ({Entry}) cannot be read: {e.Message.TrimEnd('.', ' ')}", e);
        }

        if (count < 1 || weight is < 0 or > 1 || double.IsNaN(weight))
        {
            throw new ModelFormatException($"its neighbour settings ({Entry}) are out of range: count {count}, weight {weight}");
        }

        var rows = passages.Select(p => new ThemeRow
        {
            Text = p.Item1,
            Lexicon = new float[catalogue.Count],
            HeadingLexicon = new float[catalogue.Count],
            NeighbourLexicon = new float[catalogue.Count],
            LeadInLexicon = new float[catalogue.Count],
        });
        var vectors = FeatureVectors.Read(featurizer.Transform(ThemeRow.Load(ml, rows, catalogue.Count)), "TextFeatures");
        return Build(passages, vectors, int.MaxValue, catalogue, count, weight);
    }

    private static void ForEachNonZero(in VBuffer<float> vector, int limit, Action<int, float> action)
    {
        var values = vector.GetValues();
        var indices = vector.IsDense ? default : vector.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            var slot = vector.IsDense ? i : indices[i];
            if (slot < limit && values[i] != 0)
            {
                action(slot, values[i]);
            }
        }
    }

    private void Accumulate(int slot, float value, float[] similarity)
    {
        if ((uint)slot >= (uint)(_slotStart.Length - 1))
        {
            return;
        }

        var start = _slotStart[slot];
        var passages = _postingPassage.AsSpan(start, _slotStart[slot + 1] - start);
        var weights = _postingValue.AsSpan(start, passages.Length);
        for (var j = 0; j < passages.Length; j++)
        {
            similarity[passages[j]] += value * weights[j];
        }
    }
}
