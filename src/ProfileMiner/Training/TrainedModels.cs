namespace ProfileMiner.Training;

/// <summary>Which models <c>train</c> cross-validates, fits and saves.</summary>
[Flags]
public enum TrainedModels
{
    /// <summary>The theme model (<c>themes.zip</c>): needs theme labels, from the gold's <c>themes.jsonl</c> or <c>*.themes.jsonl</c>.</summary>
    Themes = 1,

    /// <summary>The claim model (<c>claims.zip</c>): needs the gold's <c>claims.jsonl</c> and <c>coverage.jsonl</c> and the documents they annotate.</summary>
    Claims = 2,

    /// <summary>Both (the default).</summary>
    All = Themes | Claims,
}
