using System.Globalization;
using System.Text;

namespace ProfileMiner.Report;

/// <summary>
/// Helpers templates call as <c>pm.name</c> (e.g. <c>{{ text | pm.md }}</c>); docs/report.md lists them.
/// Scriban imports the public static methods under snake_case names.
/// </summary>
internal static class ReportTemplateFunctions
{
    /// <summary>Text made safe for Markdown running text and table cells: markup characters escaped, line breaks folded.</summary>
    public static string Md(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                // An underscore inside a word (file_name) is not emphasis in CommonMark; leave it readable.
                case '_' when i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]):
                    builder.Append(c);
                    break;
                case '\r':
                case '\n':
                    builder.Append(' ');
                    break;
                case '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '\\':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary><c>1 council</c>, <c>3 councils</c>: the number and the word in the right number.</summary>
    public static string Plural(object? count, string singular, string? plural = null)
    {
        var n = Convert.ToInt64(count ?? 0, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural ?? singular + "s")}");
    }

    /// <summary>A number in the invariant culture with at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(object? value, int decimals = 2)
    {
        var d = Convert.ToDouble(value ?? 0, CultureInfo.InvariantCulture);
        return d.ToString("0." + new string('#', Math.Clamp(decimals, 0, 10)), CultureInfo.InvariantCulture);
    }
}
