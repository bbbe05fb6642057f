namespace ProfileMiner.Model;

/// <summary>
/// What a user said about a document (a manifest row, <c>run --council</c>): it outweighs anything
/// the text suggests. Every field is optional.
/// </summary>
/// <param name="Source"><c>manifest</c> or <c>option</c>, recorded as the evidence's source.</param>
/// <param name="Where">Where the user said it, e.g. <c>profileminer.csv(3)</c> or <c>--council</c>.</param>
public sealed record DocumentHints(string Source, string Where)
{
    /// <summary>The council that wrote it, resolved through the registry (unknown names kept as written).</summary>
    public Council? Council { get; init; }

    /// <summary>The kind of body that wrote it, when not a council (<c>charity</c>, <c>media</c>, ...).</summary>
    public IssuerKind? IssuerKind { get; init; }

    /// <summary>What sort of document it is.</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>The period it reports on.</summary>
    public Period? Period { get; init; }

    /// <summary>True when no field is set.</summary>
    public bool IsEmpty => Council is null && IssuerKind is null && Kind is null && Period is null;
}
