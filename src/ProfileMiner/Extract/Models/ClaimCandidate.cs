using ProfileMiner.Model;

namespace ProfileMiner.Extract.Models;

/// <summary>A covered sentence of running text, its gold label, and whether a rule claim stands in it.</summary>
internal sealed record ClaimCandidate(string Group, Passage Passage, Sentence Sentence, string Label, bool RuleFired);
