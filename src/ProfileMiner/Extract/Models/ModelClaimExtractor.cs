using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// The rule claims and the claim model side by side: the rule claims are kept (the rules give the
/// attributes: count, total, comparator, period), and in a sentence of running text where no rule
/// fires, the model's claim is added when the sentence is a claim with at least <see cref="Threshold"/>
/// probability (by default the threshold chosen when the model was trained) (extractor <c>claims.model</c>); the rule claims of a sentence that the model's verifier
/// finds unlikely to hold a claim (probability below <see cref="Veto"/>, by default the veto chosen when
/// the model was trained) are dropped. Table rows are left to the rules.
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

    /// <summary>The SHA-256 of the claim model's file.</summary>
    public string? ModelSha256 { get; init; }

    /// <summary>
    /// The least probability of a model claim where the rules are silent; null (the default): the
    /// model's own <see cref="ClaimModel.Threshold"/>; above 1: the model adds nothing.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>
    /// The rule claims of a sentence of running text are dropped when the model (its verifier, when it
    /// has one) gives the sentence a claim probability below this; null (the default): the model's own
    /// <see cref="ClaimModel.Veto"/>; 0: nothing is dropped.
    /// </summary>
    public double? Veto { get; init; }

    /// <inheritdoc />
    public string Id => ExtractorId;

    /// <inheritdoc />
    public string Version => string.Create(CultureInfo.InvariantCulture, $"{Id}@{ModelSha256}:{Threshold}:{Veto}");

    /// <inheritdoc />
    public IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ruleClaims = _rules.Extract(document, diagnostics).ToList();
        var sentences = Sentences(document).ToList();
        var verdicts = Model.Predict([.. sentences.Select(s => s.Sentence.Text)]);
        var claims = ruleClaims.OfType<Claim>().OrderBy(c => c.Source.Start).ToArray();
        var starts = claims.Select(c => c.Source.Start).ToArray();
        var fired = new List<(Sentence Sentence, IReadOnlyList<string> RuleTypes)>();
        var added = new List<Extraction>();
        var threshold = Threshold ?? Model.Threshold;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (passage, sentence) = sentences[i];
            var (label, probability) = verdicts[i];
            var at = Array.BinarySearch(starts, sentence.Start);
            var index = at >= 0 ? at : ~at;
            while (index > 0 && starts[index - 1] == sentence.Start)
            {
                index--;
            }

            if (index < starts.Length && starts[index] < sentence.End)
            {
                var types = new List<string>();
                for (var j = index; j < starts.Length && starts[j] < sentence.End; j++)
                {
                    types.Add(claims[j].Type);
                }

                fired.Add((sentence, types));
            }
            else if (label != ClaimModel.None && ClaimModel.Labels.Contains(label) && probability >= threshold)
            {
                added.Add(ModelClaims.Make(passage, sentence, label, probability));
            }
        }

        var veto = Veto ?? Model.Veto;
        if (veto > 0 && fired.Count > 0)
        {
            var checks = Model.Verify([.. fired.Select(f => (f.Sentence.Text, f.RuleTypes))]);
            var dropped = fired.Where((_, i) => checks[i] < veto).Select(f => (f.Sentence.Start, f.Sentence.End)).ToList();
            ruleClaims.RemoveAll(c => dropped.Any(d => c.Source.Start >= d.Start && c.Source.Start < d.End));
        }

        return [.. ruleClaims, .. added];
    }

    /// <summary>The sentences the claim model reads: those of paragraphs and list items.</summary>
    public static IEnumerable<(Passage Passage, Sentence Sentence)> Sentences(SegmentedDocument document)
    {
        foreach (var passage in PassageEnumerator.Of(document))
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
