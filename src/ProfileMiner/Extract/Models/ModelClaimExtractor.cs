using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// The rule claims and the claim model side by side: every rule claim is kept (the rules give the
/// attributes: count, total, comparator, period), and in a sentence of running text where no rule
/// fires, the model's claim is added when it names a type with at least <see cref="Threshold"/>
/// probability (extractor <c>claims.model</c>). Table rows are left to the rules.
/// </summary>
public sealed class ModelClaimExtractor : IExtractor
{
    /// <summary>The id of this combination.</summary>
    public const string ExtractorId = "claims.combined";

    /// <summary>The extractor id of the claims the model adds.</summary>
    public const string ModelExtractorId = ModelClaims.ExtractorId;

    private readonly ClaimRuleExtractor _rules = new();

    /// <summary>Combines the rule claims with <paramref name="model"/>.</summary>
    public ModelClaimExtractor(ClaimModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The claim model.</summary>
    public ClaimModel Model { get; }

    /// <summary>The least probability of a model claim where the rules are silent.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>The default of <see cref="Threshold"/>.</summary>
    public const double DefaultThreshold = 0.6;

    /// <inheritdoc />
    public string Id => ExtractorId;

    /// <inheritdoc />
    public IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ruleClaims = _rules.Extract(document, diagnostics).ToList();
        var silent = SilentSentences(document, ruleClaims.OfType<Claim>()).ToList();
        var verdicts = Model.Predict([.. silent.Select(s => s.Sentence.Text)]);
        var added = new List<Extraction>();
        for (var i = 0; i < silent.Count; i++)
        {
            var (label, probability) = verdicts[i];
            if (label != ClaimModel.None && ClaimModel.Labels.Contains(label) && probability >= Threshold)
            {
                added.Add(ModelClaims.Make(silent[i].Passage, silent[i].Sentence, label, probability));
            }
        }

        return [.. ruleClaims, .. added];
    }

    /// <summary>The sentences of running text (not headings or table rows) in which no rule claim stands.</summary>
    internal static IEnumerable<(Passage Passage, Sentence Sentence)> SilentSentences(SegmentedDocument document, IEnumerable<Claim> ruleClaims)
    {
        var starts = ruleClaims.Select(c => c.Source.Start).Order().ToArray();
        foreach (var (passage, sentence) in Sentences(document))
        {
            var at = Array.BinarySearch(starts, sentence.Start);
            var index = at >= 0 ? at : ~at;
            if (index < starts.Length && starts[index] < sentence.End)
            {
                continue;
            }

            yield return (passage, sentence);
        }
    }

    /// <summary>The sentences the claim model reads: those of paragraphs and list items.</summary>
    internal static IEnumerable<(Passage Passage, Sentence Sentence)> Sentences(SegmentedDocument document)
    {
        foreach (var passage in PassageEnumerator.Enumerate(document))
        {
            if (passage.Block.Kind is BlockKind.Heading or BlockKind.TableRow)
            {
                continue;
            }

            foreach (var sentence in passage.Block.Sentences)
            {
                if (sentence.Text.Any(char.IsLetter))
                {
                    yield return (passage, sentence);
                }
            }
        }
    }
}
