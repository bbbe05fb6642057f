using System.Globalization;
using System.Text;

namespace ProfileMiner.Diagnostics;

/// <summary>
/// Makes text from files (file names, document text, queries) safe to print on one line of a
/// terminal or log: control characters (a newline in a file name, a terminal's escape sequences) and
/// the characters that reorder bidirectional text (a right-to-left override makes <c>txt.exe</c>
/// read as <c>exe.txt</c>) are shown as escapes (<c>\n</c>, <c>\u202E</c>), so one message stays one
/// line and reads as it is.
/// </summary>
public static class DisplayText
{
    /// <summary>The text with every control and bidirectional formatting character written as an escape.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                result.Append(c);
                continue;
            }

            result.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => string.Create(CultureInfo.InvariantCulture, $@"\u{(int)c:X4}"),
            });
        }

        return result.ToString();
    }

    /// <summary>True for characters <see cref="Escape"/> rewrites.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
