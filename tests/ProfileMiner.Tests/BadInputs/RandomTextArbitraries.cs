using FsCheck;
using FsCheck.Fluent;

namespace ProfileMiner.Tests.BadInputs;

/// <summary>Random text: a string shown as a C# literal when a property fails, so the case can be pasted into a test.</summary>
public sealed record RandomText(string Value)
{
    public override string ToString() =>
        "\"" + string.Concat(Value.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}

/// <summary>
/// Generators for garbage that looks like our inputs: pieces of Markdown, tab tables, HTML cells,
/// council headings, abbreviations and numbers mixed with random characters.
/// </summary>
public static class RandomTextArbitraries
{
    private static readonly string[] s_pieces =
    [
        " ", " ", " ", "\n", "\n", "\n\n", "\n\n\n\n", "\r\n", "\t", "\t\t", "\u00A0", "\u200B", "\f",
        "# ", "## ", "###### ", "- ", "* ", "1. ", "i. ", "(a) ", "> ", "```", "`", "**", "_", "---", "|", "| --- |", "\\",
        "<p>", "</p>", "<ul>", "</ul>", "<li>", "</li>", "<br>", "<i>", "</i>", "<div", "&amp;", "&#", "<", ">", "•", "●",
        ".", ".", ". ", "? ", "! ", "...", "\"", "“", "”", "'", "’", "(", ")", "[", "]",
        "St.", "No.", "e.g.", "i.e.", "approx.", "J.", "£1.5m", "£673m.", "1.6", "100,000", "2016/17", "2016/2019", "April 2012 – March 2013",
        "31 February 2020", "8 May 2024", "LOCAL AUTHORITY : ", "LOCAL AUTHORITY : ", "WIGAN", "ST. HELENS", "ATLANTIS", "Lancashire County Council",
        "Name of Local Authority:", "Bury", "bury", "the", "council", "Council", "care", "Improvement Profiles", "self-assessment", "Strategy",
        "a", "A", "word", "WORD", "x", "0", "42",
    ];

    /// <summary>
    /// Pieces of document-like text joined at random, with some random characters. Only valid UTF-16
    /// (no lone surrogates): text decoded from a file cannot hold them.
    /// </summary>
    public static Arbitrary<RandomText> Text() => Arb.From(TextGen(), Shrink);

    /// <summary>Any characters at all (including lone surrogates and controls).</summary>
    public static Gen<string> AnyChars() =>
        Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new string(chars));

    private static Gen<RandomText> TextGen()
    {
        var piece = Gen.Frequency(
            (12, Gen.Elements(s_pieces)),
            (2, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0, 0xFFFF).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)));
        return Gen.ListOf(piece).Select(parts => new RandomText(string.Concat(parts)));
    }

    // Shrink by dropping halves and single characters, so a failure is reported on a short input.
    private static IEnumerable<RandomText> Shrink(RandomText text)
    {
        var value = text.Value;
        if (value.Length == 0)
        {
            yield break;
        }

        yield return new RandomText(value[..(value.Length / 2)]);
        yield return new RandomText(value[(value.Length / 2)..]);
        for (var i = 0; i < value.Length && i < 64; i++)
        {
            yield return new RandomText(value.Remove(i, 1));
        }
    }
}
