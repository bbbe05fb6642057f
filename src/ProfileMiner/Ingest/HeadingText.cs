namespace ProfileMiner.Ingest;

/// <summary>
/// The heading rule for text whose typography says nothing: plain text, and PDFs printed in one
/// font and size. A short stand-alone line that does not end like a sentence is a heading, ALL CAPS
/// at level 1, else level 2; the reader decides what "stand-alone" means for its format.
/// </summary>
internal static class HeadingText
{
    // Words a heading does not end on: a line ending so is a sentence broken off ("... provided by the").
    private static readonly HashSet<string> s_openEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "by", "for", "in", "on", "at", "with", "from", "as", "that", "which", "our", "their", "its", "is", "are", "be", "will",
    };

    /// <summary>Whether <paramref name="text"/>, a line on its own, reads as a heading.</summary>
    public static bool Looks(string text)
    {
        if (text.Length is 0 or > 80 || !text.Any(char.IsLetter) || !(char.IsUpper(text[0]) || char.IsDigit(text[0]))
            || text[^1] is '.' or ',' or ';' or ':' or '!' or '?' or ')')
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 10 && (words.Length == 1 || !EndsOpen(text));
    }

    /// <summary>Whether <paramref name="text"/> ends on a word such as "the", "by" or "and": a sentence broken off there.</summary>
    public static bool EndsOpen(string text)
    {
        var space = text.LastIndexOf(' ');
        return s_openEnds.Contains(space < 0 ? text : text[(space + 1)..]);
    }

    /// <summary>The level of such a heading: 1 for ALL CAPS, else 2.</summary>
    public static int Level(string text) => text.Any(char.IsLower) ? 2 : 1;
}
