using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>
/// One way a <see cref="QueryConcept"/> can match: a token sequence (one token a term, several a
/// phrase, with <see cref="Slop"/> other words allowed among them), and its weight.
/// </summary>
/// <param name="Tokens">The analysed tokens.</param>
/// <param name="Weight">1 for the words typed, a thesaurus section's weight for its expansions.</param>
/// <param name="Slop">How many positions the phrase may stretch (0: exactly in a row).</param>
/// <param name="Expansion">True for an expression of the thesaurus (not typed).</param>
internal sealed record QueryForm(ImmutableArray<string> Tokens, float Weight, int Slop = 0, bool Expansion = false);
