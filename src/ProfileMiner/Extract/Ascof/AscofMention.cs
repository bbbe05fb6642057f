using System.Text.RegularExpressions;

namespace ProfileMiner.Extract.Ascof;

/// <summary>
/// Finds the ASCOF codes a sentence names. A code counts only where its context makes it one
/// (GUIDE.md, "indicator": "ASCOF code if the text names it"): after the word ASCOF in any case
/// (<c>ASCOF 1C</c>, <c>Ascof 2d2</c>, <c>ASCOF measure 2A(ii)</c>, <c>ASCOF 2A, part 2</c>), after
/// "indicator" or "measure" (<c>indicator 2B</c>), or as the first cell of a table row
/// (<c>1C (i) | Proportion of …</c>). A list after the cue gives every code in it
/// (<c>ASCOF 1F and 1H</c>). Without the word ASCOF the measure letter must be a capital, so
/// <c>measure 1a</c> or a bare <c>1A</c> in prose is never a code.
/// </summary>
public static partial class AscofMention
{
    /// <summary>
    /// Returns each code the sentence names, normalised (<see cref="AscofCode"/>), with the offset and
    /// length of its spelling in <paramref name="sentence"/> (the code only, not its cue), in text order.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public static IEnumerable<(AscofCode Code, int Start, int Length)> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new SortedDictionary<int, (AscofCode Code, int Start, int Length)>();
        foreach (Match match in AscofCue().Matches(sentence))
        {
            AddWithList(sentence, match, capitalRequired: false, found);
        }

        foreach (Match match in IndicatorCue().Matches(sentence))
        {
            AddWithList(sentence, match, capitalRequired: true, found);
        }

        if (FirstCell().Match(sentence) is { Success: true } cell)
        {
            Add(cell, capitalRequired: true, found);
        }

        return found.Values;
    }

    // The codes that follow a cued code ("ASCOF 1F and 1H", "ASCOF 1A, 1B and 3A") share its cue.
    private static void AddWithList(string sentence, Match match, bool capitalRequired, SortedDictionary<int, (AscofCode, int, int)> found)
    {
        if (!Add(match, capitalRequired, found))
        {
            return;
        }

        var next = match.Index + match.Length;
        for (var i = 0; i < 20; i++)
        {
            var more = ListedCode().Match(sentence, next);
            if (!more.Success || !Add(more, capitalRequired, found))
            {
                return;
            }

            next = more.Index + more.Length;
        }
    }

    private static bool Add(Match match, bool capitalRequired, SortedDictionary<int, (AscofCode, int, int)> found)
    {
        var measure = match.Groups["measure"].Value;
        if ((capitalRequired && !char.IsUpper(measure[1])) || !AscofCode.TryNormalise(match, out var code))
        {
            return false;
        }

        var spelling = match.Groups["code"];
        found.TryAdd(spelling.Index, (code, spelling.Index, spelling.Length));
        return true;
    }

    // "ASCOF", then at most one filler word ("measure", "indicator", "ref.") and brackets, colons or dashes.
    [GeneratedRegex(
        @"(?<![\w])(?i:ascof)(?![\w])(?:[\s:(\-–]*(?i:measure|indicator|metric|code|ref|number|no)s?\.?)?[\s:(\-–]*(?<code>" + AscofCode.Grammar + ")",
        RegexOptions.CultureInvariant)]
    private static partial Regex AscofCue();

    [GeneratedRegex(@"(?<![\w])(?:[Ii]ndicators?|[Mm]easures?)\s+(?<code>" + AscofCode.Grammar + ")", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorCue();

    // A table row is written as its cells joined by " | " (GUIDE.md, "sentence").
    [GeneratedRegex(@"^\s*(?<code>" + AscofCode.Grammar + @")\s*(?=\|)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstCell();

    [GeneratedRegex(@"\G(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|\s*/\s*)(?<code>" + AscofCode.Grammar + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ListedCode();
}
