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
    /// <summary>The least claim probability at which the model alone claims a sentence (as in cross-validation).</summary>
    public const double DefaultThreshold = ClaimCrossValidation.ModelAloneThreshold;

    /// <summary>
    /// The model's claims over the passages in <paramref name="passagesPath"/>, as <c>claims.jsonl</c>
    /// objects (<c>doc</c>, <c>council</c>, <c>page</c>, <c>line</c>, <c>sentence</c>, <c>type</c>,
    /// <c>confidence</c>, <c>extractor</c> <c>claims.model</c>); none when the file is missing.
    /// </summary>
    /// <exception cref="JsonException">A line of the file is not a passage object.</exception>
    public static IReadOnlyList<JsonElement> FromPassages(string passagesPath, ClaimModel model, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(passagesPath);
        ArgumentNullException.ThrowIfNull(model);
        if (!File.Exists(passagesPath))
        {
            return [];
        }

        var sentences = new List<(JsonElement Passage, string Sentence)>();
        foreach (var line in File.ReadLines(passagesPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var parsed = JsonDocument.Parse(line);
            var passage = parsed.RootElement;
            if (passage.GetProperty("kind").GetString() is not ("paragraph" or "list_item"))
            {
                continue;
            }

            var text = passage.GetProperty("text").GetString() ?? string.Empty;
            var start = passage.GetProperty("start").GetInt32();
            var kept = passage.Clone();
            foreach (var range in passage.GetProperty("sentences").EnumerateArray())
            {
                var from = range[0].GetInt32() - start;
                var to = range[1].GetInt32() - start;
                if (from < 0 || to > text.Length || from >= to)
                {
                    continue;
                }

                var sentence = text[from..to];
                if (sentence.Any(char.IsLetter))
                {
                    sentences.Add((kept, sentence));
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
