namespace ProfileMiner.Model;

/// <summary>One sentence of a block. A list item or table row is one sentence unless it holds several.</summary>
/// <param name="Text">The sentence text, exactly <c>document.Text[Start..End]</c>.</param>
/// <param name="Start">Offset into <see cref="SourceDocument.Text"/>.</param>
/// <param name="End">Offset one past the sentence's last character.</param>
public sealed record Sentence(string Text, int Start, int End);
