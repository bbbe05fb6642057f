using System.Collections.Immutable;
using ProfileMiner.Extract.Models;

namespace ProfileMiner.Training;

/// <summary>
/// A sentence in which the rules found claims, for the claim verifier: whether the sentence holds a
/// claim at all, and (for sentences of the gold's covered sections) how many rule claims stand in it,
/// how many of them a gold claim matches, and how many gold claims it holds, to weigh a veto.
/// </summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="RuleTypes">The types of the rule claims in it, one entry per claim.</param>
/// <param name="IsClaim">Whether the sentence holds a claim (gold, or the written label is not <c>none</c>).</param>
/// <param name="Group">The council section (<c>doc|council</c>), or null for text written for training.</param>
/// <param name="RuleMatched">Rule claims of the sentence a gold claim matches.</param>
/// <param name="GoldCount">Gold claims of the sentence.</param>
internal sealed record ClaimVerifierExample(string Sentence, ImmutableArray<string> RuleTypes, bool IsClaim, string? Group, int RuleMatched, int GoldCount)
{
    /// <summary>The verifier's input: the sentence followed by one token per rule claim type (<c>ruletypetrend</c>, ...).</summary>
    public string Input => ClaimModel.VerifierInput(Sentence, RuleTypes);

    /// <summary>A covered sentence where a rule fired.</summary>
    public static ClaimVerifierExample From(ClaimCandidate candidate) =>
        new(candidate.Sentence.Text, candidate.RuleTypes, candidate.Label != ClaimModel.None, candidate.Group, candidate.RuleMatched, candidate.GoldTypes.Length);
}
