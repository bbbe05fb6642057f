namespace ProfileMiner.Extract.Models;

/// <summary>The claim model's input row: a sentence and its label (a claim type or <c>none</c>; empty when predicting).</summary>
internal sealed class ClaimRow
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}
