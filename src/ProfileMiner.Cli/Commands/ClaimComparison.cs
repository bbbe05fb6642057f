using ProfileMiner.Eval;

namespace ProfileMiner.Cli.Commands;

/// <summary>The claims of one source format scored three ways: the rules alone, the model alone, and both as <c>run</c> writes them.</summary>
/// <param name="Variant">The file-name ending after the seed's name (<c>.txt</c>, <c>.pdf</c>, <c>.twocol.pdf</c>).</param>
/// <param name="Rules">The claims of <c>claims.rules</c>.</param>
/// <param name="Model">The claims of <c>claims.model</c>.</param>
/// <param name="Combined">Every claim of the run.</param>
internal sealed record ClaimComparison(string Variant, PrfScore Rules, PrfScore Model, PrfScore Combined);
