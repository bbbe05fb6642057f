using System.Text;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Joins the lines of a paragraph or table cell into one string, deciding at each line end whether
/// the break was between words (a space), inside a word hyphenated at the line end (the hyphen is
/// replaced by <see cref="PdfPageExtractor.HyphenBreak"/> and decided later, when the document's
/// words are known), or inside a word that was too wide for its column and broke without a hyphen
/// (joined as is: "1" / "8." / "3" in a narrow table column is "18.3").
/// </summary>
internal static class LineJoiner
{
    public static string Join(IReadOnlyList<IReadOnlyList<PdfWord>> lines, double columnLeft, double columnRight)
    {
        var sb = new StringBuilder();
        PdfWord? previous = null;
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Count; i++)
            {
                var word = line[i];
                if (previous is { } p)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        AppendLineBreak(sb, p, word, columnLeft, columnRight);
                    }
                }

                sb.Append(word.Text);
                previous = word;
            }
        }

        return sb.ToString();
    }

    /// <summary>True when a line ending in <paramref name="last"/> and a line starting with <paramref name="next"/> split one word (a hyphen break or a word too wide for its column).</summary>
    public static bool SplitsWord(PdfWord last, PdfWord next, double columnLeft, double columnRight)
    {
        var sb = new StringBuilder(last.Text);
        AppendLineBreak(sb, last, next, columnLeft, columnRight);
        return sb.Length == 0 || sb[^1] != ' ';
    }

    private static void AppendLineBreak(StringBuilder sb, PdfWord last, PdfWord next, double columnLeft, double columnRight)
    {
        var a = last.Text;
        var b = next.Text;
        if (a.Length >= 2 && a[^1] is '-' or '\u2010' && char.IsLetter(a[^2]) && char.IsLower(b[0]))
        {
            sb.Length--;
            sb.Append(PdfPageExtractor.HyphenBreak);
            return;
        }

        // A compound broken at its hyphen before a capital keeps the hyphen: "Self-" / "Directed".
        if (a.Length >= 2 && a[^1] is '-' or '\u2010' && char.IsLetter(a[^2]) && char.IsUpper(b[0]))
        {
            return;
        }

        // A word broken without a hyphen: the first piece fills its line, and together the two pieces
        // would not have fitted on one, so the break cannot have been at a space. Capitals start a new
        // word ("Indic" / "ator" / "Ref").
        // Word wrapping never starts a line with the punctuation that closes a word.
        if (b[0] is '.' or ',' or '%' or ')' or ';' or ':' && char.IsLetterOrDigit(a[^1]))
        {
            return;
        }

        var full = last.Right >= columnRight - (0.9 * last.Size);

        // A decimal number broken after its point: "18." / "9".
        if (full && char.IsDigit(b[0]) && sb.Length >= 2 && sb[^1] == '.' && char.IsDigit(sb[^2]))
        {
            return;
        }

        var fitsNone = full && last.Width + next.Width > columnRight - columnLeft + (0.1 * next.Size);
        var continues = char.IsLower(b[0]) || char.IsDigit(b[0]) || b[0] == '/';
        var joinable = char.IsLetterOrDigit(a[^1]) || a[^1] is '/' or '.' or '-';
        if (fitsNone && continues && joinable)
        {
            return;
        }

        sb.Append(' ');
    }
}
