using System.Text;

namespace ProfileMiner.Extract.Ascof;

/// <summary>
/// Folds text for measure matching: lower case, <c>&amp;</c> as <c>and</c>, <c>65+</c> as <c>65 plus</c>,
/// <c>100,000</c> as <c>100000</c>, apostrophes dropped (<c>carers'</c> is <c>carers</c>) and every other
/// character that is not a letter or digit a word break.
/// </summary>
internal static class AscofText
{
    /// <summary>Longest text folded; a measure phrase or sentence is far shorter, so the rest is ignored.</summary>
    public const int MaxLength = 4000;

    public static string[] Words(string text)
    {
        var length = Math.Min(text.Length, MaxLength);
        var builder = new StringBuilder(length + 16);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ',' && i > 0 && char.IsAsciiDigit(text[i - 1]) && IsThousands(text, i + 1, length))
            {
                // "100,000" is one number.
            }
            else if (c == '+' && i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                builder.Append(" plus ");
            }
            else if (c == '&')
            {
                builder.Append(" and ");
            }
            else if (c is '\'' or '’' or '‘')
            {
                // "carers'" and "people's" fold without a gap.
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool IsThousands(string text, int start, int length) =>
        start + 3 <= length
        && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == length || !char.IsAsciiDigit(text[start + 3]));
}
