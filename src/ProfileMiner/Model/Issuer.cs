using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>
/// Who wrote a document: a council (named when the evidence names it) or another kind of body,
/// with the evidence weighed to decide it and the councils the text merely names.
/// </summary>
/// <param name="Kind">The kind of body.</param>
/// <param name="Council">The council when <paramref name="Kind"/> is <see cref="IssuerKind.Council"/> and the evidence names one.</param>
/// <param name="Evidence">Every piece of evidence found, strongest first.</param>
public sealed record Issuer(IssuerKind Kind, Council? Council, ImmutableArray<IssuerEvidence> Evidence)
{
    /// <summary>No evidence at all.</summary>
    public static Issuer Unknown { get; } = new(IssuerKind.Unknown, null, []);

    /// <summary>
    /// Councils the document names but did not write, in order of first mention: for a document by
    /// another body, every council it names; for a council's document, the other councils it names.
    /// </summary>
    public ImmutableArray<Council> Mentions { get; init; } = [];

    /// <summary>True when neither a council nor another kind of body is known to have written it.</summary>
    public bool IsUnknown => Kind == IssuerKind.Unknown || (Kind == IssuerKind.Council && Council is null);

    /// <summary>The lower-case name of a kind as the outputs write it (<c>council</c>, <c>media</c>, ...).</summary>
    public static string KindName(IssuerKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a kind name as <see cref="KindName"/> writes it (case ignored); false for other text.</summary>
    public static bool TryParseKind(string text, out IssuerKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in Enum.GetValues<IssuerKind>())
        {
            if (KindName(value).Equals(text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = value;
                return true;
            }
        }

        kind = IssuerKind.Unknown;
        return false;
    }
}
