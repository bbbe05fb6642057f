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
    /// If the word is a list marker on its own, returns true. Dashes and a lone "o" count only when
    /// the next word is at least <paramref name="gapToNext"/> away, so a sentence starting "- " in
    /// running text is not taken for a list unless it is laid out like one.
    /// </summary>
    public static bool IsMarker(string word, double gapToNext, double size)
    {
        if (word.Length == 1 && IsBulletGlyph(word[0]))
        {
            return true;
        }

        if (word is "-" or "–" or "—" or "*" or "o" or "")
        {
            return gapToNext >= 0.45 * size || word is "-" or "–" or "—" or "*";
        }

        return Numbered().IsMatch(word);
    }

    [GeneratedRegex(@"^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|\([a-z]\)|\([ivx]{1,4}\))$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
