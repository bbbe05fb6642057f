namespace ProfileMiner.Model;

/// <summary>
/// One piece of evidence about who wrote a document, with the weight it carries.
/// </summary>
/// <param name="Source">Where it was found: <c>manifest</c>, <c>option</c>, <c>stated</c>, <c>heading</c>,
/// <c>letterhead</c>, <c>text</c>, <c>abbreviation</c>, <c>domain</c>, <c>role</c>, <c>metadata</c>,
/// <c>file_name</c>, <c>folder</c> or <c>cue</c> (a non-council body's mark).</param>
/// <param name="Text">What was found, as written (<c>KCC</c>, <c>john.betts@kent.gov.uk</c>, <c>camden-local-account-2019.txt</c>).</param>
/// <param name="Weight">Points added to what it supports; a stated or user-given issuer outweighs everything found.</param>
/// <param name="Kind">The kind of issuer it supports.</param>
/// <param name="Council">The council it supports, for council evidence that names one; null otherwise.</param>
public sealed record IssuerEvidence(string Source, string Text, double Weight, IssuerKind Kind, string? Council = null)
{
    /// <summary>
    /// True for evidence of who wrote the document (a letterhead, a domain, the file name), as against
    /// a council it merely names in its text.
    /// </summary>
    public bool IsAuthorship => Source is not "text";
}
