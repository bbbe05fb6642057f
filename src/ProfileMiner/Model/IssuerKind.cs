namespace ProfileMiner.Model;

/// <summary>What sort of body wrote a document; written in the outputs in lower case (<c>council</c>, <c>media</c>, ...).</summary>
public enum IssuerKind
{
    /// <summary>No evidence says who wrote it.</summary>
    Unknown,

    /// <summary>A council; <see cref="Issuer.Council"/> names it when the evidence does.</summary>
    Council,

    /// <summary>A newspaper, broadcaster or news agency.</summary>
    Media,

    /// <summary>A registered charity (trustees' reports and accounts).</summary>
    Charity,

    /// <summary>A government department or national regulator.</summary>
    Government,

    /// <summary>An NHS body.</summary>
    Health,

    /// <summary>Another body: a regional or national association, a think tank.</summary>
    Other,
}
