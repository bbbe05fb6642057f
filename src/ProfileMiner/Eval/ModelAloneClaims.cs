using System.Text.Json;
using ProfileMiner.Extract.Models;

namespace ProfileMiner.Eval;

/// <summary>
/// The claim classifier on its own over a run's <c>passages.jsonl</c>: every sentence of a paragraph
/// or list item (the sentences <see cref="ModelClaimExtractor"/> reads) that the model finds more
/// likely than not to be a claim, typed by the model. The shipped combination only lets the model
/// check the rule claims, so a run's <c>claims.jsonl</c> holds none of these; <c>eval</c> scores them
/// to show what the model finds alone, next to the rules and the combination.
/// </summary>
public static class ModelAloneClaims
{
    /// <summary>The least claim probability at which the model alone claims a sentence (more likely than not; cross-validation uses the same).</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>
    /// The model's claims over the passages in <paramref name="passagesPath"/>, as <c>claims.jsonl</c>
    /// objects (<c>doc</c>, <c>council</c>, <c>page</c>, <c>line</c>, <c>sentence</c>, <c>type</c>,
    /// <c>confidence</c>, <c>extractor</c> <c>claims.model</c>); none when the file is missing.
    /// </summary>
    /// <exception cref="ProfileMiner.Diagnostics.ProfileMinerException">A line of the file is not JSON (PM1012, naming the file and line); a passage without the fields needed is passed over.</exception>
    public static IReadOnlyList<JsonElement> FromPassages(string passagesPath, ClaimModel model, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(passagesPath);
        ArgumentNullException.ThrowIfNull(model);
        if (!File.Exists(passagesPath))
        {
            return [];
        }

        var sentences = new List<(JsonElement Passage, string Sentence)>();
        var number = 0;
        foreach (var line in File.ReadLines(passagesPath))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var passage = GoldItem.ParseLine(passagesPath, number, line);
            if (!passage.TryGetProperty("kind", out var kind) || kind.GetString() is not ("paragraph" or "list_item")
                || !passage.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String
                || !passage.TryGetProperty("start", out var startValue) || !startValue.TryGetInt32(out var start)
                || !passage.TryGetProperty("sentences", out var ranges) || ranges.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var text = textValue.GetString()!;
            foreach (var range in ranges.EnumerateArray())
            {
                if (range.ValueKind != JsonValueKind.Array || range.GetArrayLength() != 2 || !range[0].TryGetInt32(out var first) || !range[1].TryGetInt32(out var last))
                {
                    continue;
                }

                var (from, to) = (first - start, last - start);
                if (from < 0 || to > text.Length || from >= to)
                {
                    continue;
                }

                var sentence = text[from..to];
                if (sentence.Any(char.IsLetter))
                {
                    sentences.Add((passage, sentence));
                }
            }
        }

        var verdicts = model.Predict([.. sentences.Select(s => s.Sentence)]);
        var claims = new List<JsonElement>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (label, probability) = verdicts[i];
            if (label == ClaimModel.None || !ClaimModel.Labels.Contains(label) || probability < threshold)
            {
                continue;
            }

            var (passage, sentence) = sentences[i];
            claims.Add(JsonSerializer.SerializeToElement(new Dictionary<string, object?>
            {
                ["doc"] = passage.GetProperty("doc").GetString(),
                ["council"] = passage.TryGetProperty("council", out var council) && council.ValueKind == JsonValueKind.String ? council.GetString() : null,
                ["page"] = Number(passage, "page"),
                ["line"] = Number(passage, "line"),
                ["sentence"] = sentence,
                ["type"] = label,
                ["confidence"] = Math.Round(probability, 3),
                ["extractor"] = ModelClaimExtractor.ModelExtractorId,
            }));
        }

        return claims;
    }

    private static int? Number(JsonElement passage, string name) =>
        passage.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
