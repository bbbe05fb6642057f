using System.Collections.Immutable;

namespace ProfileMiner.Segment;

/// <summary>What <see cref="CouncilDirectory.Lookup"/> made of a name a user typed.</summary>
/// <param name="Typed">The name as typed, trimmed.</param>
/// <param name="Entry">The registry row, or null when the name is unknown.</param>
/// <param name="Suggestions">For an unknown name, the closest canonical names, nearest first (may be empty).</param>
public sealed record CouncilLookup(string Typed, CouncilEntry? Entry, ImmutableArray<string> Suggestions)
{
    /// <summary>True when the name resolved to a registry council.</summary>
    public bool Found => Entry is not null;

    /// <summary>The canonical name when found, else the name as typed (which then matches nothing).</summary>
    public string Name => Entry?.Name ?? Typed;

    /// <summary>
    /// For an unknown name, one line naming the closest registry names
    /// (<c>council 'Lancs' is not in the registry; did you mean Lancashire?</c>); null when found.
    /// </summary>
    public string? Warning => Found
        ? null
        : Suggestions.IsEmpty
            ? $"council '{Typed}' is not in the registry and no registry name is close to it"
            : $"council '{Typed}' is not in the registry; did you mean {string.Join(", ", Suggestions.SkipLast(1))}{(Suggestions.Length > 1 ? " or " : string.Empty)}{Suggestions[^1]}?";
}
