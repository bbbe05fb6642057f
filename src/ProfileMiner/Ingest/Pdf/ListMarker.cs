using System.Text.RegularExpressions;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>Recognises the marker at the start of a list item: a bullet glyph, a dash, or a number or letter ("1.", "(a)", "iv)").</summary>
internal static partial class ListMarker
{
    /// <summary>True when <paramref name="c"/> is a glyph used only as a bullet.</summary>
    public static bool IsBulletGlyph(char c) =>
        c is '•' or '●' or '▪' or '■' or '◦' or '‣' or '∙' or '○' or '□' or '➢' or '➤' or '►' or '▶' or '✓' or '✔' or '❖' or '◆' or '◊' or '⁃' or '·'
        || (c >= '\uF000' && c <= '\uF0FF'); // Symbol and Wingdings bullets mapped to the private use area

    /// <summary>
    /// True when the word, standing first on a line, is a list marker: a bullet glyph, a dash or
    /// asterisk, a number or letter with a dot or bracket, or a lone "o" followed by a gap wider than
    /// a space (<paramref name="gapToNext"/>, in points, against the font <paramref name="size"/>).
    /// </summary>
    public static bool IsMarker(string word, double gapToNext, double size)
    {
        if (word.Length == 1 && IsBulletGlyph(word[0]))
        {
            return true;
        }

        if (word is "-" or "–" or "—" or "*")
        {
            return true;
        }

        // Word's second-level bullet is a Courier "o"; as a word it would be followed by a normal space.
        if (word == "o")
        {
            return gapToNext >= 0.45 * size;
        }

        return Numbered().IsMatch(word);
    }

    [GeneratedRegex(@"^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|\([a-z]\)|\([ivx]{1,4}\))$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
