using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Training;

/// <summary>
/// The claim model's data, from the gold and the documents it annotates: every sentence of running
/// text in a covered section (<c>coverage.jsonl</c>) is labelled with the type of the gold claim it
/// holds, or <c>none</c>; gold claim sentences that match no document sentence are added as they
/// stand. Only covered sections are read, so the blind-scored parts of the documents stay unseen.
/// </summary>
internal sealed class ClaimTrainingData
{
    public required List<ClaimExample> Examples { get; init; }

    public required List<ClaimCandidate> Candidates { get; init; }

    public required List<Claim> RuleClaims { get; init; }

    /// <summary>The section (<c>doc|council</c>) of each gold claim that matches no covered sentence.</summary>
    public required List<string> UnmatchedGold { get; init; }

    /// <summary>The data of one gold folder.</summary>
    /// <param name="goldFolder">The gold (<c>coverage.jsonl</c>, <c>claims.jsonl</c>).</param>
    /// <param name="docs">The documents it covers.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="councils">Which covered councils are read (all when null).</param>
    /// <param name="wholeDocuments">
    /// A document whose coverage names one council is that council's throughout, whatever council the
    /// segmenter finds in it (as <c>eval</c> scores real documents; see <see cref="GoldItem.WholeDocuments"/>).
    /// </param>
    public static ClaimTrainingData Build(string goldFolder, TrainingDocuments docs, DiagnosticBag diagnostics, Func<string, bool>? councils = null, bool wholeDocuments = false)
    {
        var coverage = ReadJsonl(Path.Combine(goldFolder, "coverage.jsonl"))
            .Select(r => (Doc: r.Doc, Council: r.Council ?? string.Empty, From: r.Row.GetProperty("lines")[0].GetInt32(), To: r.Row.GetProperty("lines")[1].GetInt32()))
            .Where(c => councils?.Invoke(c.Council) ?? true)
            .ToList();
        var whole = wholeDocuments
            ? coverage.GroupBy(c => c.Doc, StringComparer.Ordinal).Where(g => g.Select(c => c.Council).Distinct(StringComparer.Ordinal).Count() == 1).ToDictionary(g => g.Key, g => g.First().Council, StringComparer.Ordinal)
            : [];
        var gold = ReadJsonl(Path.Combine(goldFolder, "claims.jsonl"))
            .Select(g => (Item: g, Type: g.Get("type") ?? string.Empty))
            .Where(g => ClaimModel.Labels.Contains(g.Type) && (councils?.Invoke(g.Item.Council ?? string.Empty) ?? true))
            .ToList();
        var matched = new bool[gold.Count];
        var rules = new ClaimRuleExtractor();
        var candidates = new List<ClaimCandidate>();
        var ruleClaims = new List<Claim>();
        foreach (var doc in coverage.Select(c => c.Doc).Distinct(StringComparer.Ordinal))
        {
            if (!docs.Contains(doc))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.TooFewLabels, $"the gold covers {doc}, which is not in {docs.Folder}; its claims are not trained on", Provenance.ForFile(doc)));
                continue;
            }

            if (docs.Get(doc) is not { } document)
            {
                continue;
            }

            var claims = rules.Extract(document, diagnostics).OfType<Claim>().ToList();
            ruleClaims.AddRange(claims);
            foreach (var (passage, sentence) in ModelClaimExtractor.Sentences(document))
            {
                var line = passage.Block.Source.Line ?? 0;
                var council = whole.GetValueOrDefault(doc) ?? passage.Council?.Name ?? string.Empty;
                if (!coverage.Any(c => c.Doc == doc && c.Council == council && line >= c.From && line <= c.To))
                {
                    continue;
                }

                var label = ClaimModel.None;
                var goldTypes = ImmutableArray.CreateBuilder<string>();
                for (var i = 0; i < gold.Count; i++)
                {
                    var g = gold[i].Item;
                    if (g.Doc == doc && g.Council == council && Similar(g.Sentence, sentence.Text))
                    {
                        if (label == ClaimModel.None)
                        {
                            label = gold[i].Type;
                        }

                        matched[i] = true;
                        goldTypes.Add(gold[i].Type);
                    }
                }

                var ruleTypes = claims.Where(c => c.Source.Start >= sentence.Start && c.Source.Start < sentence.End).Select(c => c.Type).ToImmutableArray();
                candidates.Add(new ClaimCandidate(doc + "|" + council, passage, sentence, label, ruleTypes, goldTypes.ToImmutable()));
            }
        }

        var examples = candidates.Select(c => new ClaimExample(c.Sentence.Text, c.Label, c.Group, "claims.jsonl")).ToList();
        var unmatched = new List<string>();
        for (var i = 0; i < gold.Count; i++)
        {
            if (!matched[i])
            {
                var g = gold[i].Item;
                examples.Add(new ClaimExample(g.Sentence, gold[i].Type, g.Doc + "|" + g.Council, "claims.jsonl"));
                unmatched.Add(g.Doc + "|" + g.Council);
            }
        }

        return new ClaimTrainingData { Examples = examples, Candidates = candidates, RuleClaims = ruleClaims, UnmatchedGold = unmatched };
    }

    /// <summary>The data of several gold folders as one.</summary>
    public static ClaimTrainingData Concat(IReadOnlyList<ClaimTrainingData> parts) => new()
    {
        Examples = [.. parts.SelectMany(p => p.Examples)],
        Candidates = [.. parts.SelectMany(p => p.Candidates)],
        RuleClaims = [.. parts.SelectMany(p => p.RuleClaims)],
        UnmatchedGold = [.. parts.SelectMany(p => p.UnmatchedGold)],
    };

    private static bool Similar(string gold, string sentence) =>
        ExtractionScorer.Fold(gold) == ExtractionScorer.Fold(sentence) || ExtractionScorer.WordOverlap(gold, sentence) >= 0.8;

    private static IReadOnlyList<GoldItem> ReadJsonl(string path) =>
        File.Exists(path) ? GoldItem.Load(path) : throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no gold file '{path}'");
}
