using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>
/// What a hit's snippet marks: a run of analysed tokens in the order given, with at most
/// <see cref="Slop"/> other words among them (one token: the word wherever it stands).
/// </summary>
/// <param name="Tokens">The tokens, in order.</param>
/// <param name="Slop">How many other words may stand among them.</param>
internal sealed record MarkPattern(ImmutableArray<string> Tokens, int Slop)
{
    /// <inheritdoc />
    public bool Equals(MarkPattern? other) => other is not null && Slop == other.Slop && Tokens.SequenceEqual(other.Tokens, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Slop);
        foreach (var token in Tokens)
        {
            hash.Add(token, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
