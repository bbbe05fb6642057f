using ProfileMiner.Eval;

namespace ProfileMiner.Cli.Commands;

/// <summary>The claims of one source format scored three ways: the rules alone, the model alone, and both as <c>run</c> writes them.</summary>
/// <param name="Variant">The file-name ending after the seed's name (<c>.txt</c>, <c>.pdf</c>, <c>.twocol.pdf</c>).</param>
/// <param name="Rules">The claims of <c>claims.rules</c> the run kept.</param>
/// <param name="Model">The claim classifier's own claims over the run's sentences (<see cref="ModelAloneClaims"/>).</param>
/// <param name="Combined">Every claim of the run.</param>
internal sealed record ClaimComparison(string Variant, PrfScore Rules, PrfScore Model, PrfScore Combined)
{
    /// <summary>The gold folder scored, when <c>eval</c> scores several or splits one; else null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Gold { get; init; }

    /// <summary>The half of a split gold folder (<c>tune</c>, <c>check</c>), or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Half { get; init; }
}
