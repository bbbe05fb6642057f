using System.Collections.Frozen;

namespace ProfileMiner.Segment;

/// <summary>
/// Splits a block of normalised text into sentences. A full stop, question or exclamation mark
/// ends a sentence when whitespace and a capital, digit, quote or bracket follow, unless it closes an
/// abbreviation (<c>St.</c>, <c>No.</c>, <c>approx.</c>, <c>e.g.</c>) or an initial. Decimals and
/// money (<c>£1.5m</c>) never split because no whitespace follows their point.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>The splitter with the built-in abbreviation list.</summary>
    public static SentenceSplitter Default => s_default.Value;

    private static readonly Lazy<SentenceSplitter> s_default = new(() => new SentenceSplitter([]));

    private readonly FrozenSet<string> _abbreviations;

    /// <summary>Creates a splitter that also treats <paramref name="extraAbbreviations"/> (without their final dot) as abbreviations.</summary>
    public SentenceSplitter(IEnumerable<string> extraAbbreviations)
    {
        ArgumentNullException.ThrowIfNull(extraAbbreviations);
        _abbreviations = s_abbreviations.Concat(extraAbbreviations).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Longest sentence kept whole, in characters; longer runs are cut at the next space.</summary>
    public const int MaxSentenceLength = 4000;

    // Abbreviations after which a full stop never ends a sentence (compared without the final dot,
    // case-insensitively).
    private static readonly FrozenSet<string> s_abbreviations = new[]
    {
        "st", "mr", "mrs", "ms", "dr", "prof", "cllr", "approx", "e.g", "i.e", "eg", "ie", "cf",
        "vs", "viz", "incl", "govt", "dept", "n.b", "nb", "a.m", "p.m", "hon", "rev",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that are abbreviations only when a number follows ("No. 5", "p. 12", "approx" is above).
    private static readonly FrozenSet<string> s_beforeNumber = new[]
    {
        "no", "nos", "p", "pp", "para", "paras", "fig", "figs", "vol", "ref", "est", "min", "max", "c", "ca",
        "tel", "sq", "ft", "mar", "ed", "co", "mt", "inc",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the [start, end) ranges of the sentences in <paramref name="text"/>, trimmed.</summary>
    public IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            // Let closing quotes and brackets belong to the sentence they close.
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '’' or '”' or ')' or ']')
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length || !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i, _abbreviations))
            {
                continue;
            }

            Add(result, text, start, end);
            start = next;
            i = next - 1;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '‘' or '“' or '(' or '[' or '£' or '•' or '-' or '–';

    private static bool IsAbbreviation(string text, int dot, FrozenSet<string> abbreviations)
    {
        var begin = dot;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]) && text[begin - 1] is not ('(' or '[' or '"' or '‘' or '“'))
        {
            begin--;
        }

        var word = text.AsSpan(begin, dot - begin);
        if (word.Length == 0)
        {
            return false;
        }

        // Initials ("J. Smith", "J.R. Smith") do not end a sentence.
        if (IsInitials(word))
        {
            return true;
        }

        // "No." and "p." are abbreviations only before a number: "40% said no. The rest..." ends.
        if (s_beforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            var next = dot + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return next < text.Length && char.IsDigit(text[next]);
        }

        return abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceLength, MaxSentenceLength);
            cut = cut <= start ? start + MaxSentenceLength : cut;
            result.Add((start, cut));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            result.Add((start, end));
        }
    }
}
