using System.Collections.Immutable;
using ProfileMiner.Model;

namespace ProfileMiner.Training;

/// <summary>
/// A covered sentence of running text, its gold label (the first gold claim's type, or <c>none</c>),
/// the types of the rule claims standing in it and of the gold claims it holds (one entry per claim).
/// </summary>
internal sealed record ClaimCandidate(string Group, Passage Passage, Sentence Sentence, string Label, ImmutableArray<string> RuleTypes, ImmutableArray<string> GoldTypes)
{
    /// <summary>Whether a rule claim stands in the sentence.</summary>
    public bool RuleFired => RuleTypes.Length > 0;

    /// <summary>How many of the sentence's rule claims a gold claim of the same type matches (each gold claim once).</summary>
    public int RuleMatched => RuleTypes.GroupBy(t => t, StringComparer.Ordinal).Sum(g => Math.Min(g.Count(), GoldTypes.Count(t => t == g.Key)));
}
