using System.Globalization;
using System.Text.RegularExpressions;

namespace ProfileMiner.Extract.Rules;

/// <summary>
/// Periods named in a sentence, normalised as GUIDE.md writes them (<c>2015/16</c>, <c>2021</c>),
/// telling the period a figure belongs to from a baseline ("since 2012/13", "compared with 2014/15"):
/// a baseline is not the period, and "from 2014/15 to 2015/16" gives the end year.
/// </summary>
public static partial class PeriodCues
{
    /// <summary>A period mention: its offset in the sentence, its normalised label, and whether it is a baseline.</summary>
    public readonly record struct PeriodMention(int Start, string Label, bool IsBaseline);

    /// <summary>Every financial year (<c>2015/16</c>, <c>2015-16</c>, <c>2015/2016</c>) and year after "in", "during", "for", "by" in <paramref name="sentence"/>.</summary>
    public static IReadOnlyList<PeriodMention> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var result = new List<PeriodMention>();
        foreach (Match match in Periods().Matches(sentence))
        {
            var label = Normalise(match);
            if (label is null)
            {
                continue;
            }

            var before = FigureContext.Before(sentence, match.Index);

            // "in September 2012" dates an event; a bare year is a period only after "in", "during", "for" or "by".
            if (!match.Groups["y2"].Success && (MonthBefore().IsMatch(before) || !YearCueBefore().IsMatch(before)))
            {
                continue;
            }

            var baseline = BaselineBefore().IsMatch(before) && !ToBefore().IsMatch(before);
            result.Add(new PeriodMention(match.Index, label, baseline));
        }

        return result;
    }

    /// <summary>
    /// The period a figure at <paramref name="position"/> belongs to: the nearest non-baseline
    /// period of the sentence (table columns and headings are handled by the caller), else null.
    /// </summary>
    public static string? ForPosition(IReadOnlyList<PeriodMention> periods, int position)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var candidates = periods.Where(p => !p.IsBaseline).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        return candidates.MinBy(p => Math.Abs(p.Start - position)).Label;
    }

    /// <summary>Normalises a period heading such as <c>2012/13</c>, <c>2012-2013</c> or <c>2012/13 Quartile</c>; null when it holds none.</summary>
    public static string? FromHeading(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var match = Periods().Match(heading.Replace(" / ", "/", StringComparison.Ordinal));
        return match.Success ? Normalise(match) : null;
    }

    private static string? Normalise(Match match)
    {
        var y1 = int.Parse(match.Groups["y1"].Value, CultureInfo.InvariantCulture);
        if (y1 is < 1990 or > 2050)
        {
            return null;
        }

        if (!match.Groups["y2"].Success)
        {
            return y1.ToString(CultureInfo.InvariantCulture);
        }

        var second = match.Groups["y2"].Value;
        var y2 = int.Parse(second, CultureInfo.InvariantCulture);
        if (second.Length == 4)
        {
            y2 %= 100;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{y1}/{y2:00}");
    }

    [GeneratedRegex(@"(?<![\d/£.,])(?<y1>(?:19|20)\d{2})(?:\s?[/\-–]\s?(?<y2>\d{4}|\d{2}))?(?![\d%]|\.\d|,\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Periods();

    [GeneratedRegex(@"\b(?:since|compared\s+(?:with|to)|than(?:\s+in)?|from|against|previous(?:ly)?|last\s+year'?s?|between|baseline|on)\s+(?:the\s+)?(?:[\w/]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BaselineBefore();

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"\b(?:in|during|for|by|of|since|from|to|until|and|than|between)\s+$|\(\s*$|^\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearCueBefore();

    [GeneratedRegex(@"\b(?:to|and)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToBefore();
}
