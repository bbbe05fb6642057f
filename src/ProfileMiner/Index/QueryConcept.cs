using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>
/// One unit of a plain query: a word, a quoted phrase, or a run of words the thesaurus knows, with
/// the token sequences that stand for it (the literal one first; a hyphenated word also as its
/// parts; equivalents from the thesaurus after).
/// </summary>
internal sealed record QueryConcept
{
    /// <summary>The words as typed.</summary>
    public required string Surface { get; init; }

    /// <summary>The analysed token sequences that match it: one token a term, several a phrase.</summary>
    public required ImmutableArray<ImmutableArray<string>> Forms { get; init; }

    /// <summary>The weight of each form (1 for the words typed).</summary>
    public required ImmutableArray<float> Weights { get; init; }

    /// <summary>True for a phrase typed in quotes.</summary>
    public bool Quoted { get; init; }

    /// <summary>True for a stop word ("of", "the"): not searched on its own, only inside phrases and proximity.</summary>
    public bool Stop { get; init; }

    /// <summary>True for a word so common that it counts towards the score but is not required.</summary>
    public bool Common { get; init; }

    /// <summary>The single token of the literal form, or null when it is a phrase.</summary>
    public string? Token => Forms[0].Length == 1 ? Forms[0][0] : null;
}
