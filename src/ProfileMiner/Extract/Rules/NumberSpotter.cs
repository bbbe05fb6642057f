using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Extract.Rules;

/// <summary>
/// Finds the numbers in a sentence that GUIDE.md counts as metrics, with their notation's unit and
/// normalised value, and leaves out the numbers it excludes: years and dates, ASCOF and list codes,
/// ages, definitions ("91 days after discharge", "per 100,000 population", "section 42"), phone
/// numbers, ranks and what they are out of, lengths of plans, counts of the parts of a plan, names
/// ("Three Conversations"), and durations that are not measured results. Each exclusion is a small
/// named rule below.
/// </summary>
public static partial class NumberSpotter
{
    /// <summary>Returns the countable numbers of <paramref name="sentence"/>, in order.</summary>
    public static IReadOnlyList<NumberMention> Find(string sentence) => Find(sentence, null);

    /// <summary>
    /// As <see cref="Find(string)"/>; a figure too large for a <see cref="decimal"/> (over about
    /// 7.9 × 10^28, as "£100000000000000000000bn") is left out, and its text passed to <paramref name="tooLarge"/>.
    /// </summary>
    public static IReadOnlyList<NumberMention> Find(string sentence, Action<string>? tooLarge)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<NumberMention>();
        foreach (Match match in Numbers().Matches(sentence))
        {
            if (TryRead(sentence, match, tooLarge, out var mention) && !IsExcluded(sentence, mention) && !FollowsLabel(sentence, mention))
            {
                found.Add(mention);
            }
        }

        ShareMoneyScale(sentence, found);
        return found;
    }

    /// <summary>"stage 1 and 2", "Outcomes 3 and 4": a number joined to a numbered label is a label too.</summary>
    private static bool FollowsLabel(string sentence, NumberMention m) =>
        LabelChain().IsMatch(FigureContext.Before(sentence, m.Start));

    private static bool TryRead(string sentence, Match match, Action<string>? tooLarge, out NumberMention mention)
    {
        mention = null!;
        if (match.Groups["word"].Success)
        {
            var word = match.Groups["word"].Value;
            mention = new NumberMention(match.Index, word.Length, word, s_words[word.ToLowerInvariant()], MetricUnits.Count, match.Index + word.Length, true);
            return ApplyUnitWords(sentence, ref mention);
        }

        var digits = match.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            // The grammar matched digits, so only their size can fail here.
            tooLarge?.Invoke(match.Value);
            return false;
        }

        // "-£1.6m", "£-1.6m", "-3.2%": a minus written against the figure (not a range's dash) keeps its sign.
        var negative = match.Groups["neg"].Success || IsSignedAt(sentence, match.Index);
        if (negative)
        {
            value = -value;
        }

        if (match.Groups["pound"].Success)
        {
            var scale = match.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "bn" or "billion" => 1_000_000_000m,
                "m" or "million" or "mn" => 1_000_000m,
                "k" or "thousand" => 1_000m,
                _ => 1m,
            };
            if (Math.Abs(value) > decimal.MaxValue / scale)
            {
                tooLarge?.Invoke(match.Value);
                return false;
            }

            value *= scale;
            mention = Signed(new NumberMention(match.Index, match.Length, match.Value, value, MetricUnits.Gbp, match.Index + match.Length, false), sentence, match.Index);
            return true;
        }

        var numberEnd = match.Groups["num"].Index + match.Groups["num"].Length;
        if (match.Groups["pct"].Success)
        {
            var pct = match.Groups["pct"].Value;
            var isSign = pct.TrimStart().StartsWith('%');
            var text = isSign ? match.Value.Replace(" %", "%", StringComparison.Ordinal) : match.Groups["num"].Value;
            mention = Signed(new NumberMention(match.Index, isSign ? match.Length : numberEnd - match.Index, text, value, MetricUnits.Percent, match.Index + match.Length, false), sentence, match.Index);
            return ApplyUnitWords(sentence, ref mention);
        }

        mention = Signed(new NumberMention(match.Index, match.Length, match.Value, value, MetricUnits.Count, match.Index + match.Length, false), sentence, match.Index);
        return ApplyUnitWords(sentence, ref mention);
    }

    /// <summary>
    /// Whether a minus sign stands right before the figure at <paramref name="index"/> as its sign:
    /// at the start or after a space, bracket, colon or cell bar, never between two figures ("18-64").
    /// </summary>
    private static bool IsSignedAt(string sentence, int index) =>
        index >= 1 && sentence[index - 1] is '-' or '−'
        && (index == 1 || sentence[index - 2] is ' ' or '(' or ':' or '|' or '\t' or '=');

    // The sign belongs to the text as written: "-£1.6m".
    private static NumberMention Signed(NumberMention mention, string sentence, int index) =>
        IsSignedAt(sentence, index) ? mention with { Start = index - 1, Length = mention.Length + 1, Text = sentence[index - 1] + mention.Text } : mention;

    // "10.3 percentage points", "1.6 per 100,000", "4 stars", "20 hours": the unit words follow the number.
    private static bool ApplyUnitWords(string sentence, ref NumberMention mention)
    {
        var after = sentence.AsSpan(mention.End);
        var unit = UnitWords().Match(sentence, mention.End);
        if (unit.Success && unit.Index == mention.End)
        {
            var word = unit.Groups["unit"].Value.ToLowerInvariant();
            var newUnit = word switch
            {
                _ when word.StartsWith("percentage", StringComparison.Ordinal) || word.StartsWith("% point", StringComparison.Ordinal) || word == "pp" => MetricUnits.PercentagePoints,
                _ when word.StartsWith("per", StringComparison.Ordinal) => MetricUnits.Per100k,
                _ when word.StartsWith("star", StringComparison.Ordinal) => MetricUnits.Score,
                _ when word.StartsWith("hour", StringComparison.Ordinal) => MetricUnits.Hours,
                _ when word.StartsWith("day", StringComparison.Ordinal) => MetricUnits.Days,
                _ when word.StartsWith("week", StringComparison.Ordinal) => MetricUnits.Weeks,
                _ when word.StartsWith("month", StringComparison.Ordinal) => MetricUnits.Months,
                _ when word.StartsWith("year", StringComparison.Ordinal) => MetricUnits.Years,
                _ => mention.Unit,
            };
            if (newUnit == MetricUnits.PercentagePoints && mention.Unit == MetricUnits.Percent)
            {
                mention = mention with { Text = mention.Text.TrimEnd('%'), Length = mention.Text.TrimEnd('%').Length };
            }

            mention = mention with { Unit = newUnit, End = unit.Index + unit.Length };
        }

        _ = after;
        return true;
    }

    // "£1.5 to £2 million": the first figure takes the scale written once after the second.
    private static void ShareMoneyScale(string sentence, List<NumberMention> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (first, second) = (found[i], found[i + 1]);
            if (first.Unit != MetricUnits.Gbp || second.Unit != MetricUnits.Gbp || first.Value >= 1000 || second.Value < 1000)
            {
                continue;
            }

            var between = sentence[(first.Start + first.Length)..second.Start].Trim();
            if (between is "to" or "-" or "–" or "and")
            {
                var scale = second.Value / ScaleFree(second.Text);
                if (Math.Abs(scale) <= 1 || Math.Abs(first.Value) <= decimal.MaxValue / Math.Abs(scale))
                {
                    found[i] = first with { Value = first.Value * scale };
                }
            }
        }
    }

    private static decimal ScaleFree(string text)
    {
        var digits = ScaleFreeNumber().Match(text).Value.Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value != 0 ? value : 1;
    }

    private static bool IsExcluded(string sentence, NumberMention m)
    {
        var before = FigureContext.Before(sentence, m.Start);
        var after = FigureContext.After(sentence, m.End);
        return IsYearOrDate(m, before, after)
            || IsCodeOrLabel(m, before, after)
            || IsAge(before, after)
            || IsDefinition(m, before, after)
            || IsPhoneOrAddress(m, before, after)
            || IsRank(before, after)
            || IsTimeWindow(m, before, after)
            || IsPlanPart(m, after)
            || IsPageFurniture(m, before, after)
            || IsName(sentence, m, before, after);
    }

    /// <summary>Years (<c>2015</c>, <c>2015/16</c>) and dates (<c>8 May 2024</c>, <c>May 2013</c>).</summary>
    private static bool IsYearOrDate(NumberMention m, string before, string after) =>
        (m.Unit == MetricUnits.Count && !m.IsWord && m.Value is >= 1950 and <= 2050 && !m.Text.Contains(',', StringComparison.Ordinal) && !m.Text.Contains('.', StringComparison.Ordinal))
        || (m.Unit == MetricUnits.Count && MonthAfter().IsMatch(after))
        || (m.Unit == MetricUnits.Count && MonthBefore().IsMatch(before));

    /// <summary>List markers and numbered labels (<c>section 42</c>, <c>Appendix 2</c>, <c>Outcome 1</c>).</summary>
    private static bool IsCodeOrLabel(NumberMention m, string before, string after) =>
        m.Unit == MetricUnits.Count && (LabelBefore().IsMatch(before) || (before.Length == 0 && ListMarkerAfter().IsMatch(after))
            || ScaleAfter().IsMatch(after) || (NameBefore().IsMatch(before) && (DashAfter().IsMatch(after) || CapitalAfter().IsMatch(after))));

    /// <summary>Ages: <c>aged 65 or over</c>, <c>65+</c>, <c>18-64</c>, <c>over 75's</c>.</summary>
    private static bool IsAge(string before, string after) =>
        AgeBefore().IsMatch(before) || AgeAfter().IsMatch(after);

    /// <summary>Definitions: <c>91 days after discharge</c>, <c>per 100,000 population</c>, <c>within 28 days</c>.</summary>
    private static bool IsDefinition(NumberMention m, string before, string after) =>
        PerBefore().IsMatch(before)
        || (m.Unit is MetricUnits.Days or MetricUnits.Weeks or MetricUnits.Months or MetricUnits.Hours && DefinitionAfter().IsMatch(after))
        || (m.Unit is MetricUnits.Days or MetricUnits.Weeks && WithinBefore().IsMatch(before));

    /// <summary>Phone numbers and house numbers.</summary>
    private static bool IsPhoneOrAddress(NumberMention m, string before, string after) =>
        (!m.IsWord && m.Text.StartsWith('0') && m.Text.Length >= 3 && !m.Text.StartsWith("0.", StringComparison.Ordinal))
        || PhoneAfter().IsMatch(after) || PhoneBefore().IsMatch(before);

    /// <summary>Ranks and what they are out of: <c>one of only four</c>, <c>top 20%</c>, <c>44 of 412 authorities</c>.</summary>
    private static bool IsRank(string before, string after) =>
        RankBefore().IsMatch(before) || RankAfter().IsMatch(after) || (OfBefore().IsMatch(before) && AuthoritiesAfter().IsMatch(after));

    /// <summary>Lengths of plans and windows of time: <c>over the next three years</c>, <c>a two year project</c>.</summary>
    private static bool IsTimeWindow(NumberMention m, string before, string after)
    {
        if (m.Unit is MetricUnits.Years or MetricUnits.Months or MetricUnits.Weeks or MetricUnits.Days or MetricUnits.Hours)
        {
            // A duration counts only as a measured result: "waited more than 100 days", "an average of 12 days", "20 hours per week".
            return !MeasuredDurationBefore().IsMatch(before) && !(m.Unit == MetricUnits.Hours && PerWeekAfter().IsMatch(after));
        }

        return m.Unit == MetricUnits.Count && (DurationCompoundAfter().IsMatch(after) || PlanLengthAfter().IsMatch(after));
    }

    /// <summary>Counts of the parts of a plan or organisation: <c>three key themes</c>, <c>four localities</c>.</summary>
    private static bool IsPlanPart(NumberMention m, string after) =>
        m.Unit == MetricUnits.Count && PlanPartAfter().IsMatch(after);

    /// <summary>
    /// Page furniture and counters: the total of "Page 8 of 54", a page number opening a running head
    /// ("98 www.council.gov.uk Appendix 1", "23 1 Market Position Statement"), and a mirror site's
    /// "View 24", "2 views", "Download 0".
    /// </summary>
    private static bool IsPageFurniture(NumberMention m, string before, string after) =>
        m.Unit == MetricUnits.Count && !m.IsWord
        && (PageOfBefore().IsMatch(before) || CounterAfter().IsMatch(after) || CounterBefore().IsMatch(before)
            || (before.Trim().Length == 0 && RunningHeadAfter().IsMatch(after)));

    /// <summary>Numbers inside names: <c>Three Conversations</c>, <c>Five Year Forward View</c>, <c>4 Ways 2 Warmth</c>.</summary>
    private static bool IsName(string sentence, NumberMention m, string before, string after)
    {
        if (m.Unit != MetricUnits.Count)
        {
            return false;
        }

        var name = CapitalisedNameAfter().Match(after);
        if (!name.Success || s_notNames.Contains(name.Groups["first"].Value))
        {
            return false;
        }

        // A capitalised number word inside a sentence, or a number followed by two capitalised words.
        var atStart = before.Trim().Length == 0 || before.TrimEnd().EndsWith(':') || before.TrimEnd().EndsWith('-');
        return (m.IsWord && !atStart && char.IsUpper(sentence[m.Start])) || name.Groups["second"].Success;
    }

    private static readonly FrozenSet<string> s_notNames = new[]
    {
        "ASCOF", "Ascof", "CQC", "NHS", "DoLS", "DOLS", "BCF", "PAs", "PA", "LD", "GP", "GPs", "TEC", "VCFSE", "VCS",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, decimal> s_words = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "one" is left out on purpose: "one of", "no one", "one-to-one" make it a poor cue.
    [GeneratedRegex(@"(?<pound>£\s?)(?<neg>[-−])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>bn|billion|mn|m|million|k|thousand)\b)?(?![\w/])|(?:(?<![\w.,/£\-–−])|(?<=(?:^|[\s(:|=])[-−]))(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<pct>\s?%|\s(?:per\s?cent|percent)\b)?(?![\w/]|[\-–]\d|\.\d|,\d{3})|(?<![\w\-–])(?<word>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?![\w\-–])", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\G\s*(?<unit>percentage\s+points?|%\s*points?|pp\b|per\s+100,?000|per\s+100k|per\s+hundred\s+thousand|stars?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitWords();

    [GeneratedRegex(@"[\d.,]+")]
    private static partial Regex ScaleFreeNumber();

    [GeneratedRegex(@"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"\b(?:section|sections|s\.|page|pages|stages|steps|outcomes|phases|p\.|appendix|annex|outcome|domain|priority|phase|tier|level|stage|step|part|no\.?|number|room|chapter|item|question|q|objective|theme|version|ward|ascof|indicator|measure|band|grade|area|year|wave|cohort|covid|type|quarter|qtr|meeting|agenda\s+item|figure|fig\.?|table|chart|graph|slide|paragraph|para\.?|recommendation|volume|vol\.?|edition|round|week|month|footnote|kpi|ref\.?|option|row|column|view|download)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"\b(?:stages?|outcomes?|sections?|phases?|tiers?|levels?|steps?|parts?|appendix|appendices|domains?|priorit(?:y|ies))\s+\d+(?:\s*(?:,|and|or|&)\s*\d+)*\s*(?:,|and|or|&)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelChain();

    [GeneratedRegex(@"\bpages?\s+\d+\s+(?:of|/)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageOfBefore();

    [GeneratedRegex(@"^\s*(?:views?|downloads?|likes?|shares?|comments?|replies|pages?|slides?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounterAfter();

    [GeneratedRegex(@"(?:^|[•·|]\s*)(?:views?|downloads?|likes?|shares?|comments?)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounterBefore();

    [GeneratedRegex(@"^\s+(?:www\.|https?:|[\w.-]+\.(?:gov|org|co|nhs)\.uk\b|\d+\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex RunningHeadAfter();

    [GeneratedRegex(@"^\s*=")]
    private static partial Regex ScaleAfter();

    // "Living Better Lives 1 – Promoting", "Ways 2 Warmth": a number between capitalised words is part of a name.
    [GeneratedRegex(@"(?<!^|[.:;!?]\s*)\b[A-Z][a-z]+\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^\s+[\-–—]\s")]
    private static partial Regex DashAfter();

    [GeneratedRegex(@"^\s+[A-Z][a-z]")]
    private static partial Regex CapitalAfter();

    [GeneratedRegex(@"^[.)]\s")]
    private static partial Regex ListMarkerAfter();

    [GeneratedRegex(@"\b(?:aged|age|ages|age\s+of|ages\s+of|aged\s+(?:over|under)|(?:those|people|adults|residents|children|anyone|individuals)\s+(?:over|under|aged))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"^(?:\s*\+|\s*(?:and|or)\s+(?:over|above|older)|\s*years?\s+(?:old|and\s+over|or\s+over|of\s+age)|'s|’s|\s*[-–]\s*\d{2}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\bper\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerBefore();

    [GeneratedRegex(@"^\s*(?:after|following|of\s+(?:discharge|leaving|admission)|from\s+(?:discharge|referral|contact)|post[\s-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionAfter();

    [GeneratedRegex(@"\b(?:within|in\s+under|in\s+less\s+than)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithinBefore();

    [GeneratedRegex(@"^\s\d{3,4}\s\d{3,4}\b")]
    private static partial Regex PhoneAfter();

    [GeneratedRegex(@"\b(?:tel(?:ephone)?|phone|call|ring|text|mobile|fax)\b[:.|\s]*(?:on\s+)?(?:\d+\s+)*$|\b0\d{2,4}\s+(?:\d{3,4}\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneBefore();

    [GeneratedRegex(@"(?:\bone\s+of\s+(?:only\s+)?(?:the\s+)?|\btop\s+|\bbottom\s+|\branked\s+|\branking\s+|\bposition\s+|\b(?:ranked|rank|position|placed)\b[^.;]{0,30}\bout\s+of\s+(?:the\s+)?|\bshortlist\s+of\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankBefore();

    [GeneratedRegex(@"^(?:\s+(?:of|out\s+of)\s+(?:the\s+)?\d[\d,]*\s+(?:local\s+)?(?:authorities|councils|las|areas)|\s+(?:local\s+)?(?:authorities|councils)\s+(?:in\s+england|nationally)|\s*(?:st|nd|rd|th)\b|\s+percentile|\s+in\s+the\s+(?:country|region)\b|\s+(?:most|least|largest|biggest|highest|lowest|best|worst)\b|\s+(?:quarters|thirds|fifths|tenths|halves)\b|-(?:quarters|thirds|fifths)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankAfter();

    [GeneratedRegex(@"\b\d+\s+(?:of|out\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfBefore();

    [GeneratedRegex(@"^\s+(?:local\s+)?(?:authorities|councils|las|areas|boroughs|trusts)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthoritiesAfter();

    [GeneratedRegex(@"\b(?:waited|waiting|wait|waits|average\s+of|averaged|averaging|took|taking|takes|length\s+of\s+stay\s+of|reduced\s+to|down\s+to|spent|stayed|lasted)\b(?:\s+(?:for|more|less|longer|than|over|under|around|about|nearly|almost|up|to|at|least|an|a))*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredDurationBefore();

    [GeneratedRegex(@"^\s*(?:per|a|each)\s+(?:week|day|month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerWeekAfter();

    [GeneratedRegex(@"^[\-–](?:year|month|week|day|hour|point|fold|stage|tier|way|to-one)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationCompoundAfter();

    [GeneratedRegex(@"^\s+(?:year|month|week)\s+(?:plan|project|programme|contract|strategy|period|pilot|deal|term|settlement|agreement|vision|forward)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanLengthAfter();

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){0,2}(?:priorities|plans|methods|programme\s+areas|delivery\s+methods|themes|objectives|aims|stages|phases|programmes|workstreams|work\s+streams|projects|sub-groups|subgroups|tiers|principles|pillars|localities|teams|boroughs|districts|ccgs|domains|conversations|elements|strands|ways|levels|sections|chapters|appendices|areas\s+of|outcomes|ambitions|steps|components|building\s+blocks|partner\s+providers|hubs|neighbourhood\s+teams|integrated\s+neighbourhood\s+teams|work\s+packages|pathways|questions|commitments|key\s+lines|areas|items|agenda\s+items|statements|reports|strategies|documents|papers|headings|categories|chapters|workshops\s+planned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanPartAfter();

    [GeneratedRegex(@"^\s+(?<first>[A-Z][\w’'-]*)(?<second>\s+(?:[A-Z][\w’'-]*|\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedNameAfter();
}
