using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>
/// One unit of a plain query: a word, a quoted phrase, or a run of words the thesaurus knows, with
/// the forms that match it (the words typed first; a hyphenated word also as its parts; the
/// thesaurus' expressions after).
/// </summary>
internal sealed record QueryConcept
{
    /// <summary>The words as typed.</summary>
    public required string Surface { get; init; }

    /// <summary>The forms that match it (for a run of words, the thesaurus' expressions only).</summary>
    public required ImmutableArray<QueryForm> Forms { get; init; }

    /// <summary>
    /// For a run of words the thesaurus knows, its words (themselves expanded by shorter entries):
    /// the run matches when all of them do, or when one of <see cref="Forms"/> does. Empty for a word or a phrase.
    /// </summary>
    public ImmutableArray<QueryConcept> Parts { get; init; } = [];

    /// <summary>True for a phrase typed in quotes.</summary>
    public bool Quoted { get; init; }

    /// <summary>True for a stop word ("of", "the"): not searched on its own, only inside phrases and proximity.</summary>
    public bool Stop { get; init; }

    /// <summary>True for a word so common that it counts towards the score but is not required.</summary>
    public bool Common { get; init; }

    /// <summary>True when the thesaurus added forms.</summary>
    public bool Expanded { get; init; }

    /// <summary>The single token of the first form of a word, or null for a phrase or a run of words.</summary>
    public string? Token => Parts.IsEmpty && Forms[0].Tokens.Length == 1 ? Forms[0].Tokens[0] : null;

    /// <summary>The words of the concept, in order: itself, or the words of its parts.</summary>
    public IEnumerable<QueryConcept> Leaves() => Parts.IsEmpty ? [this] : Parts.SelectMany(p => p.Leaves());
}
