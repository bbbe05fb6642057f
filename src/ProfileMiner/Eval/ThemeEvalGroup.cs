namespace ProfileMiner.Eval;

/// <summary>Theme scores of one source format and extractor.</summary>
/// <param name="Variant">The file-name ending after the seed's name (<c>.txt</c>, <c>.pdf</c>, <c>.twocol.pdf</c>).</param>
/// <param name="Extractor">The theme extractor (<c>themes.combined</c>, <c>themes.lexicon</c>, ...).</param>
/// <param name="MatchedPassages">Gold passages found in the predictions.</param>
/// <param name="Scores">Micro and macro scores over every gold passage of the documents.</param>
public sealed record ThemeEvalGroup(string Variant, string Extractor, int MatchedPassages, ThemeScores Scores)
{
    /// <summary>The gold folder scored, when <c>eval</c> scores several or splits one; else null.</summary>
    public string? Gold { get; init; }

    /// <summary>The half of a <see cref="GoldHalves"/> split, or null for all councils.</summary>
    public string? Half { get; init; }
}
