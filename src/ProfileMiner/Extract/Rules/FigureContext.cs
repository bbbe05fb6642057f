namespace ProfileMiner.Extract.Rules;

/// <summary>
/// The text a rule reads around a figure or a period in a sentence: at most <see cref="Reach"/>
/// characters before it and after it. The rules' patterns are anchored at the figure and read the
/// few words next to it, so in any sentence a reader would write this changes nothing; it keeps a
/// "sentence" of thousands of figures (a table row of thousands of cells) linear to read, where
/// handing each figure the whole text before and after it made the work grow with the square.
/// </summary>
internal static class FigureContext
{
    /// <summary>The most characters read on either side of a figure.</summary>
    public const int Reach = 400;

    /// <summary>The text before <paramref name="at"/>, at most <see cref="Reach"/> characters of it.</summary>
    public static string Before(string sentence, int at) => sentence[Math.Max(0, at - Reach)..at];

    /// <summary>The text from <paramref name="from"/> on, at most <see cref="Reach"/> characters of it.</summary>
    public static string After(string sentence, int from) => sentence[from..Math.Min(sentence.Length, from + Reach)];
}
