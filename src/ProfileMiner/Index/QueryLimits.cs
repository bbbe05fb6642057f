using System.Globalization;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Index;

/// <summary>
/// Bounds on a query, checked before Lucene's parser sees it: the parser recurses once per bracket
/// (30,000 nested brackets overflowed the stack and ended the process), and a regular expression is
/// turned into an automaton whose states can grow exponentially with its repetitions
/// (<c>/[a-z]{1,1000}x{1,1000}/</c> ran for over four minutes at 1.1 GB). A query past a bound is
/// refused with PM4008, naming the bound, before any work is done.
/// </summary>
public static class QueryLimits
{
    /// <summary>The longest query, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>How deep brackets may nest.</summary>
    public const int MaxNesting = 20;

    /// <summary>The longest regular expression (<c>/…/</c>), in characters.</summary>
    public const int MaxRegexLength = 64;

    /// <summary>
    /// The most steps of a regular expression that each match any of several characters (every
    /// <c>.</c>, class <c>[…]</c>, <c>@</c> and choice <c>|</c>, an atom repeated <c>{n,m}</c>
    /// counting <c>m</c> times): the automaton Lucene builds has up to 2 to this power states.
    /// </summary>
    public const int MaxWidth = 8;

    /// <summary>The most operators (<c>* + ? {}</c> and <c>|</c>) one regular expression may hold.</summary>
    public const int MaxRegexOperators = 8;

    /// <summary>The most wildcards (<c>*</c>, <c>?</c>) in the whole query.</summary>
    public const int MaxWildcards = 16;

    /// <summary>The largest slop of a phrase (<c>"a b"~N</c>) or edit distance of a fuzzy term.</summary>
    public const int MaxSlop = 50;

    /// <summary>Throws PM4008 when <paramref name="query"/> passes a bound; does nothing for an empty query.</summary>
    /// <exception cref="ProfileMinerException">The query passes one of the bounds; the message names it.</exception>
    public static void Check(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return;
        }

        if (query.Length > MaxLength)
        {
            throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"the query is {query.Length:N0} characters long; at most {MaxLength:N0}"));
        }

        var depth = 0;
        var deepest = 0;
        var wildcards = 0;
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            switch (c)
            {
                case '\\':
                    i += 2;
                    continue;
                case '"':
                    // A phrase: its words are analysed, not parsed; only a slop after it counts.
                    var close = query.IndexOf('"', i + 1);
                    i = close < 0 ? query.Length : close + 1;
                    CheckSlop(query, ref i);
                    continue;
                case '/' when StartsTerm(query, i):
                    var end = RegexEnd(query, i);
                    CheckRegex(query[(i + 1)..end]);
                    i = Math.Min(query.Length, end + 1);
                    continue;
                case '(':
                    depth++;
                    deepest = Math.Max(deepest, depth);
                    if (deepest > MaxNesting)
                    {
                        throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"the query nests brackets more than {MaxNesting} deep"));
                    }

                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '*' or '?':
                    wildcards++;
                    if (wildcards > MaxWildcards)
                    {
                        throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"the query holds more than {MaxWildcards} wildcards"));
                    }

                    // "*a????????????" is ".*a" and twelve any-characters: as costly as the regular expression.
                    if (c == '?' && TermAround(query, i) is var term && term.Contains('*', StringComparison.Ordinal) && term.Count(t => t == '?') > MaxWidth - 1)
                    {
                        throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"a term with * holds more than {MaxWidth - 1} ? wildcards"));
                    }

                    break;
                case '~':
                    CheckSlop(query, ref i);
                    continue;
                default:
                    break;
            }

            i++;
        }
    }

    private static string TermAround(string query, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(query[start - 1]) && query[start - 1] is not ('(' or ')' or ':'))
        {
            start--;
        }

        var end = i;
        while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not ('(' or ')'))
        {
            end++;
        }

        return query[start..end];
    }

    // A '/' opens a regular expression where a term may start: at the start, after white space or an operator.
    private static bool StartsTerm(string query, int i) =>
        i == 0 || char.IsWhiteSpace(query[i - 1]) || query[i - 1] is '(' or ':' or '+' or '-' or '!';

    private static int RegexEnd(string query, int open)
    {
        for (var j = open + 1; j < query.Length; j++)
        {
            if (query[j] == '\\')
            {
                j++;
            }
            else if (query[j] == '/')
            {
                return j;
            }
        }

        return query.Length;
    }

    private static void CheckRegex(string regex)
    {
        if (regex.Length > MaxRegexLength)
        {
            throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"the regular expression is {regex.Length} characters long; at most {MaxRegexLength}"));
        }

        // The automaton's states grow as 2 to the power of how many "any of several characters"
        // steps follow a loop (".*a.{12}" has 8,192 and took seconds to build): each '.', class,
        // '@' and choice counts one, a {n,m} repeat counts its atom that many times.
        var operators = 0;
        var widths = new Stack<int>();
        var width = 0;
        var last = 0;
        for (var i = 0; i < regex.Length; i++)
        {
            switch (regex[i])
            {
                case '\\':
                    i++;
                    last = 0;
                    break;
                case '~' or '&' or '<':
                    throw TooCostly("a regular expression's complement (~), intersection (&) and number ranges (<n-m>) are not searched");
                case '(':
                    widths.Push(width);
                    width = 0;
                    break;
                case ')':
                    last = width;
                    width = widths.Count > 0 ? widths.Pop() + width : width;
                    break;
                case '[':
                    var close = regex.IndexOf(']', i + 1);
                    i = close < 0 ? regex.Length : close;
                    width++;
                    last = 1;
                    break;
                case '.' or '@':
                    width++;
                    last = 1;
                    break;
                case '|':
                    operators++;
                    width++;
                    break;
                case '*' or '+' or '?':
                    operators++;
                    break;
                case '{':
                    operators++;
                    var end = regex.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        break;
                    }

                    // An absent or unreadable bound ("{3,}") counts as the largest allowed and more.
                    var most = regex[(i + 1)..end].Split(',').Max(c => int.TryParse(c.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : MaxWidth + 1);
                    width += last * (Math.Min(most, MaxWidth + 1) - 1);
                    if (most > MaxWidth)
                    {
                        width = MaxWidth + 1;
                    }

                    i = end;
                    break;
                default:
                    last = 0;
                    break;
            }
        }

        if (operators > MaxRegexOperators)
        {
            throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"the regular expression has more than {MaxRegexOperators} repetition or choice operators"));
        }

        if (width + widths.Sum() > MaxWidth)
        {
            throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"the regular expression has more than {MaxWidth} steps that match any of several characters (each ., class and choice, times its {{n,m}} repeat)"));
        }
    }

    // "~" then an optional number: a phrase's slop or a term's edit distance.
    private static void CheckSlop(string query, ref int i)
    {
        if (i >= query.Length || query[i] != '~')
        {
            return;
        }

        var start = ++i;
        while (i < query.Length && (char.IsAsciiDigit(query[i]) || query[i] == '.'))
        {
            i++;
        }

        if (i > start && (!double.TryParse(query.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var slop) || slop > MaxSlop))
        {
            throw TooCostly(string.Create(CultureInfo.InvariantCulture, $"a ~ distance of {query[start..i]}; at most {MaxSlop}"));
        }
    }

    private static ProfileMinerException TooCostly(string what) =>
        new(DiagnosticCodes.QueryTooCostly, $"{what} (limits keep every query quick; see docs/search.md#limits)");
}
