using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Extract.Rules;

/// <summary>
/// Decides a number's role, scope and measure from the words around it. Each cue is a small named
/// pattern over the words just before or after the number (GUIDE.md, "Roles and scopes, settled").
/// </summary>
public static partial class MetricContext
{
    /// <summary>The role of <paramref name="mentions"/>[<paramref name="index"/>] in <paramref name="sentence"/>.</summary>
    public static string Role(string sentence, IReadOnlyList<NumberMention> mentions, int index, IReadOnlyList<PeriodCues.PeriodMention> periods) =>
        Role(sentence, mentions, index, periods, [.. (mentions ?? throw new ArgumentNullException(nameof(mentions))).Select(m => OwnPeriod(sentence, m))]);

    /// <summary>
    /// As <see cref="Role(string, IReadOnlyList{NumberMention}, int, IReadOnlyList{PeriodCues.PeriodMention})"/>,
    /// with each mention's <see cref="OwnPeriod"/> worked out once for the sentence.
    /// </summary>
    internal static string Role(string sentence, IReadOnlyList<NumberMention> mentions, int index, IReadOnlyList<PeriodCues.PeriodMention> periods, IReadOnlyList<string?> ownPeriods)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var m = mentions[index];
        var before = FigureContext.Before(sentence, m.Start);
        var after = FigureContext.After(sentence, m.End);

        // "6 measures increased" counts measures; only "12 more people" makes a count a change.
        var changeAfter = m.Unit == MetricUnits.Count ? CountChangeAfter().IsMatch(after) : ChangeAfter().IsMatch(after);
        if (m.Unit == MetricUnits.PercentagePoints || ChangeBefore().IsMatch(before) || changeAfter)
        {
            return MetricRoles.Change;
        }

        // "reduced between 15% and 20%": the second end of a changed range is a change too.
        if (index > 0 && RangeJoin().IsMatch(sentence[mentions[index - 1].End..m.Start])
            && ChangeBefore().IsMatch(FigureContext.Before(sentence, mentions[index - 1].Start)))
        {
            return MetricRoles.Change;
        }

        if (PreviousAfter().IsMatch(after))
        {
            return MetricRoles.Previous;
        }

        if (TargetBefore().IsMatch(before) || TargetAfter().IsMatch(after))
        {
            return MetricRoles.Target;
        }

        // "from 39% ... to 51%": the first figure is the earlier one.
        if (FromBefore().IsMatch(before) && index + 1 < mentions.Count && ToBetween().IsMatch(sentence[m.End..mentions[index + 1].Start]))
        {
            return MetricRoles.Previous;
        }

        // "46% 2015/16 ... (24% 2014/15)", "(89.1% in 2014/15 to 92.6% in 2015/16)": a figure tied to a
        // baseline period, or to an earlier year than another figure of the sentence, is the earlier figure.
        var own = ownPeriods[index];
        if (own is not null)
        {
            var othersLater = ownPeriods.Where((p, j) => j != index && p is not null && string.CompareOrdinal(p, own) > 0).Any();
            if (periods.Any(p => p.IsBaseline && p.Label == own) || othersLater)
            {
                return MetricRoles.Previous;
            }
        }

        if (ComparatorBefore().IsMatch(before) || ComparatorAfter().IsMatch(after))
        {
            return MetricRoles.Comparator;
        }

        // "64.4% nationally and 64.9% regionally": a figure listed after a comparator is one too.
        if (index > 0 && ListJoin().IsMatch(sentence[mentions[index - 1].End..m.Start])
            && Role(sentence, mentions, index - 1, periods, ownPeriods) == MetricRoles.Comparator && ScopeWordAfter().IsMatch(after))
        {
            return MetricRoles.Comparator;
        }

        return MetricRoles.Value;
    }

    /// <summary>The period written right after a figure ("24% in 2014/15", "46% 2015/16"), or null.</summary>
    public static string? OwnPeriod(string sentence, NumberMention mention)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mention);
        var own = PeriodAfter().Match(sentence, mention.End);
        if (own.Success && own.Index == mention.End)
        {
            return PeriodCues.FromHeading(own.Value);
        }

        var before = PeriodBefore().Match(FigureContext.Before(sentence, mention.Start));
        return before.Success ? PeriodCues.FromHeading(before.Value) : null;
    }

    /// <summary>Whose figure it is: <c>council</c>, or for comparators the benchmark named first after (else before) the number.</summary>
    public static string Scope(string sentence, NumberMention mention, string role, Council? council)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mention);
        // A difference, even against a benchmark, is the council's own figure (GUIDE.md: "10.3 percentage points higher than the England total").
        if (role is not MetricRoles.Comparator)
        {
            return "council";
        }

        var respectively = Respectively().Match(sentence, mention.End);
        if (respectively.Success)
        {
            return ScopeName(respectively.Groups["first"].Value, council);
        }

        var respectivelySecond = RespectivelySecond().Match(sentence, mention.End);
        if (respectivelySecond.Success)
        {
            return ScopeName(respectivelySecond.Groups["second"].Value, council);
        }

        var window = sentence[mention.End..Math.Min(sentence.Length, mention.End + 60)];
        var named = ScopeWord().Match(window);
        if (!named.Success && role == MetricRoles.Comparator)
        {
            named = ScopeWord().Matches(sentence[Math.Max(0, mention.Start - 60)..mention.Start]).LastOrDefault() ?? named;
        }

        if (!named.Success)
        {
            return role == MetricRoles.Change ? "council" : "England";
        }

        return ScopeName(named.Value, council);
    }

    private static string ScopeName(string named, Council? council)
    {
        var word = named.ToLowerInvariant();
        return word switch
        {
            _ when word.StartsWith("nw", StringComparison.Ordinal) || word.StartsWith("north west", StringComparison.Ordinal) || word.StartsWith("northwest", StringComparison.Ordinal) => "North West",
            _ when word.StartsWith("region", StringComparison.Ordinal) => council?.Region ?? "region",
            _ when word.Contains("london", StringComparison.Ordinal) => word.StartsWith("inner", StringComparison.Ordinal) ? "inner London" : word.StartsWith("outer", StringComparison.Ordinal) ? "outer London" : "London",
            _ when word.StartsWith("south", StringComparison.Ordinal) => "South East",
            _ when word.StartsWith("nearest", StringComparison.Ordinal) => "peer group",
            _ when word.StartsWith("peer", StringComparison.Ordinal) || word.StartsWith("comparator", StringComparison.Ordinal) || word.StartsWith("cipfa", StringComparison.Ordinal) || word.StartsWith("statistical", StringComparison.Ordinal) || word.StartsWith("similar", StringComparison.Ordinal) => "peer group",
            _ => "England",
        };
    }

    /// <summary>A short lower-case noun phrase of what is measured.</summary>
    public static string Measure(string sentence, NumberMention mention) =>
        Measure(sentence, mention, SubjectOf(sentence));

    /// <summary>The subject of <paramref name="sentence"/>, read when a figure's measure first needs it: the same for each of its figures.</summary>
    internal static Lazy<Match> SubjectOf(string sentence) => new(() => Subject().Match(sentence), LazyThreadSafetyMode.None);

    /// <summary>
    /// As <see cref="Measure(string, NumberMention)"/>, with the sentence's subject read at most once
    /// for all its figures.
    /// </summary>
    internal static string Measure(string sentence, NumberMention mention, Lazy<Match> subjectOfSentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(subjectOfSentence);
        string phrase;
        if (mention.Unit == MetricUnits.Count)
        {
            // "22 local care homes are rated": the words the number counts.
            var after = NounPhraseAfter().Match(FigureContext.After(sentence, mention.End));
            phrase = after.Success ? after.Groups["np"].Value : string.Empty;
        }
        else
        {
            var of = OfPhraseAfter().Match(FigureContext.After(sentence, mention.End));
            var subject = subjectOfSentence.Value;
            phrase = of.Success ? of.Groups["np"].Value : subject.Success ? subject.Groups["np"].Value : string.Empty;
        }

        var words = Lead().Replace(phrase.Trim(), string.Empty).ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10);
        return string.Join(' ', words).Trim(' ', ',', ';', ':', '.', '(', ')', '\'', '‘', '’');
    }

    /// <summary>
    /// The words of the clause a figure stands in (between punctuation), without numbers, at most
    /// eight of them, lower case: what a reader has to go on when <see cref="Measure(string, NumberMention)"/> finds no phrase.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="at">Where the figure starts in it.</param>
    /// <param name="length">The figure's length (a decimal point inside it is no break).</param>
    public static string ClauseMeasure(string sentence, int at, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        at = Math.Clamp(at, 0, sentence.Length);
        var start = at == 0 ? 0 : sentence.LastIndexOfAny(s_clauseBreaks, at - 1) + 1;
        var end = sentence.IndexOfAny(s_clauseBreaks, Math.Min(sentence.Length, at + Math.Max(0, length)));
        var clause = sentence[start..(end < 0 ? sentence.Length : end)];
        var words = ClauseWords().Matches(clause).Select(m => m.Value.ToLowerInvariant()).Where(w => !s_stopWords.Contains(w)).Take(8);
        var measure = string.Join(' ', words);
        return measure.Length > 0 ? measure : "unspecified";
    }

    private static readonly char[] s_clauseBreaks = [',', ';', ':', '(', ')', '|', '.', '–', '—'];

    private static readonly FrozenSet<string> s_stopWords = new[]
    {
        "the", "a", "an", "of", "and", "to", "in", "at", "by", "for", "on", "with", "was", "were", "is", "are", "be", "been",
        "this", "that", "which", "had", "has", "have", "there", "it", "its", "our", "we",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}[\p{L}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseWords();

    [GeneratedRegex(@"\b(?:increas(?:e|ed|ing)|ris(?:e|en|ing)|rose|up|down|fell|fall(?:en|ing)?|reduc(?:ed|tion|ing)|decreas(?:e|ed|ing)|cut|grew|grow(?:th|n)|drop(?:ped)?|improv(?:ed|ement))\s+(?:of\s+|by\s+|between\s+)(?:around\s+|about\s+|almost\s+|nearly\s+|over\s+|some\s+)?$|\bby\s+(?:a\s+further\s+)?$|\b(?:lost|losing)\s+(?:around\s+|about\s+|over\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeBefore();

    [GeneratedRegex(@"^\s*(?:\w+\s+)?(?:increase|rise|reduction|decrease|drop|fall|growth|improvement|uplift|more\b|fewer\b|less\b|higher\s+than|lower\s+than|above\s+the|below\s+the|up\s+on|down\s+on)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"^\s*(?:more|fewer|less|additional|extra)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountChangeAfter();

    [GeneratedRegex(@"^\s*(?:and|to|-|–)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"^\s*\)?\s*(?:in|for|during)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s+year", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviousAfter();

    [GeneratedRegex(@"\b(?:target(?:s|ed)?|aim(?:s|ing)?\s+(?:to|for)|ambition|goal|expect(?:s|ed)?\s+(?:to|that)|expected|plan(?:s|ned)?\s+to|aspire|trajectory|will|to\s+reach|to\s+achieve|to\s+save|savings?\s+of|on\s+course)\b(?:\W+\w+){0,9}\W+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetBefore();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,2}target\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetAfter();

    [GeneratedRegex(@"\b(?:from|up\s+from|down\s+from)\s+(?:around\s+|about\s+|just\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^[^.;]{0,80}\bto\s+(?:around\s+|about\s+|just\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToBetween();

    [GeneratedRegex(@"\G\s*\(?\s*(?:in\s+|for\s+|during\s+)?(?:19|20)\d{2}(?:\s?[/\-–]\s?\d{2,4})?(?![\d%])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodAfter();

    [GeneratedRegex(@"(?:19|20)\d{2}\s?[/\-]\s?\d{2,4}\s*[–\-:]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodBefore();

    [GeneratedRegex(@"\b(?:compared\s+(?:with|to)|from|than|against|up\s+from|down\s+from|\()\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedBefore();

    [GeneratedRegex(@"(?:\bcompared\s+(?:with|to)|\bagainst|\bthan|\bversus|\bvs\.?|\baverages?\s+(?:of|is|was|at)|\bbenchmark\s+of|\b(?:national|england|regional|nw|london|south\s+east)\s+(?:figure|rate|average|level)(?:\s+(?:for|in)\s+\S+)?\s+(?:of|is|was|stood\s+at)|\bcomparators?\s+(?:of|at))\s+(?:(?:the|a|an|around|about|just|only|of)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparatorBefore();

    [GeneratedRegex(@"^\s*[(\[]?\s*(?:(?:the|across\s+the|across|in\s+the|in|for\s+the|for)\s+)?(?:nw|north\s*west|england|english|national(?:ly)?|regional(?:ly)?|region|(?:inner\s+|outer\s+)?london|south\s*east|peer|comparators?|cipfa|statistical|nearest\s+neighbours|similar\s+councils|average)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparatorAfter();

    [GeneratedRegex(@"^\s*(?:,|and|or|,\s*and)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"^\s*(?:nationally|regionally|in\s+england|across\s+england|in\s+the\s+(?:nw|north\s*west|region)|across\s+the\s+(?:nw|north\s*west|region)|for\s+england|for\s+the\s+region)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScopeWordAfter();

    // "64.4% and 64.9% in England and the North West respectively": the first figure is the first place named.
    [GeneratedRegex(@"\G\s*(?:,|and)\s*[£\d.,%]+\s+(?:in|for|across)\s+(?:the\s+)?(?<first>[\w ]+?)\s+and\s+(?:the\s+)?(?<second>[\w ]+?)\s+respectively", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\G\s+(?:in|for|across)\s+(?:the\s+)?(?<first>[\w ]+?)\s+and\s+(?:the\s+)?(?<second>[\w ]+?)\s+respectively", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RespectivelySecond();

    [GeneratedRegex(@"\b(?:NW|North\s*West|Northwest|England|English|national(?:ly)?|regional(?:ly)?|region|(?:inner\s+|outer\s+)?London|South\s*East|peer(?:\s+group)?|comparator(?:\s+group)?s?|CIPFA|statistical\s+neighbours?|nearest\s+neighbours?|similar\s+councils)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScopeWord();

    [GeneratedRegex(@"^\s*(?:\(\s*)?(?:of\s+(?:the\s+|our\s+)?)?(?<np>(?:[\w’'\-/&]+\s+){0,6}?[\w’'\-/&]+?)(?=\s+(?:are|is|was|were|have|has|had|had|remain|remains|in|on|at|across|from|to|with|who|which|that|were|per|this|during|each|being|for)\b|[,.;:)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NounPhraseAfter();

    [GeneratedRegex(@"^\s*(?:of\s+)(?<np>(?:the\s+)?[^,.;:()]{3,80}?)(?=\s+(?:are|is|was|were|have|has|had|compared|against|than|in\s+(?:19|20)\d\d)\b|[,.;:()]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OfPhraseAfter();

    [GeneratedRegex(@"^(?:[^,;:]*?\b(?:for|in|on)\s+)?(?<np>[^,;:]{3,100}?)\s+(?:is|are|was|were|remain(?:s|ed)?|has|have|had|stood|stands|rose|fell|increased|decreased|reduced|improved|continues?|showed?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(?:(?:the|our|a|an|its|their|of|over|around|about|almost|nearly|just|some|approximately|more\s+than|less\s+than|proportion\s+of|number\s+of|level\s+of|rate\s+of|percentage\s+of|%\s+of)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
