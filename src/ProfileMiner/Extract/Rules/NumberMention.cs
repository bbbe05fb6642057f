namespace ProfileMiner.Extract.Rules;

/// <summary>
/// A number found in a sentence, before its role is decided: its span in the sentence, the text as
/// written (with currency and scale, without unit words), the normalised value and the unit its
/// own notation shows (<c>%</c>, <c>£</c>, <c>per 100,000</c>, <c>percentage points</c>, <c>stars</c>).
/// </summary>
/// <param name="Start">Offset of <see cref="Text"/> in the sentence.</param>
/// <param name="Length">Length of <see cref="Text"/>.</param>
/// <param name="Text">The number as GUIDE.md writes it: <c>£673m</c>, <c>97.6%</c>, <c>23,000</c>, <c>nine</c>.</param>
/// <param name="Value">The normalised value (<c>£1.5m</c> → 1500000).</param>
/// <param name="Unit">The unit the notation shows, from <see cref="Model.MetricUnits"/>.</param>
/// <param name="End">Offset one past the whole mention, unit words included (<c>10.3 percentage points</c>).</param>
/// <param name="IsWord">True for number words (<c>nine</c>).</param>
public sealed record NumberMention(int Start, int Length, string Text, decimal Value, string Unit, int End, bool IsWord);
