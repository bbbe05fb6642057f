using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Finds the period a document reports on. In order of trust: a stated period
/// ("Period covered … April 2012 – March 2013"), a meeting date ("Meeting to be held on
/// Wednesday, 8 May 2024"), then, in the opening blocks only, a financial year (<c>2016/2017</c>,
/// <c>2016/17</c>) or a span of years (<c>2016 – 2020</c>). Years before <see cref="EarliestYear"/> are ignored.
/// </summary>
public sealed partial class PeriodDetector
{
    /// <summary>The detector with default settings.</summary>
    public static PeriodDetector Default { get; } = new(earliestYear: 1990, openingBlocks: 15);

    private readonly int _openingBlocks;

    /// <summary>Creates a detector.</summary>
    public PeriodDetector(int earliestYear, int openingBlocks)
    {
        EarliestYear = earliestYear;
        _openingBlocks = openingBlocks;
    }

    /// <summary>Earliest calendar year accepted.</summary>
    public int EarliestYear { get; }

    /// <summary>Returns the reporting period, or null when the text states none.</summary>
    public Period? Detect(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var front = document.Blocks.Take(60).ToList();

        foreach (var block in front)
        {
            if (block.Text.Contains("period", StringComparison.OrdinalIgnoreCase) && TryMonthRange(block.Text, out var stated))
            {
                return stated;
            }
        }

        foreach (var block in front)
        {
            if (MeetingCue().IsMatch(block.Text) && TryDate(block.Text, out var meeting))
            {
                return meeting;
            }
        }

        foreach (var block in front.Take(_openingBlocks))
        {
            if (TryMonthRange(block.Text, out var range) || TryFinancialYear(block.Text, out range) || TryYearSpan(block.Text, out range))
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>Parses "April 2012 – March 2013".</summary>
    public bool TryMonthRange(string text, out Period? period)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null;
        var match = MonthRange().Match(text);
        if (!match.Success
            || !TryMonth(match.Groups["m1"].Value, out var m1) || !TryMonth(match.Groups["m2"].Value, out var m2)
            || !TryYear(match.Groups["y1"].Value, out var y1) || !TryYear(match.Groups["y2"].Value, out var y2))
        {
            return false;
        }

        var start = new DateOnly(y1, m1, 1);
        var end = new DateOnly(y2, m2, 1).AddMonths(1).AddDays(-1);
        if (end < start)
        {
            return false;
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"{Month(m1)} {y1} – {Month(m2)} {y2}");
        period = new Period(label, start, end, "month_range");
        return true;
    }

    /// <summary>Parses a financial year: <c>2016/2017</c>, <c>2016/17</c>, <c>2016-17</c>; labels it <c>2016/17</c>.</summary>
    public bool TryFinancialYear(string text, out Period? period)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null;
        foreach (Match match in FinancialYear().Matches(text))
        {
            if (!TryYear(match.Groups["y1"].Value, out var y1))
            {
                continue;
            }

            var second = match.Groups["y2"].Value;
            var y2 = int.Parse(second, NumberStyles.None, CultureInfo.InvariantCulture);
            if (second.Length == 2)
            {
                y2 += y1 / 100 * 100;
                if (y2 < y1)
                {
                    y2 += 100;
                }
            }

            if (y2 != y1 + 1)
            {
                continue;
            }

            var label = string.Create(CultureInfo.InvariantCulture, $"{y1}/{y2 % 100:00}");
            period = new Period(label, new DateOnly(y1, 4, 1), new DateOnly(y2, 3, 31), "financial_year");
            return true;
        }

        return false;
    }

    /// <summary>Parses a span of calendar years such as <c>2016 – 2020</c>.</summary>
    public bool TryYearSpan(string text, out Period? period)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null;
        var match = YearSpan().Match(text);
        if (!match.Success || !TryYear(match.Groups["y1"].Value, out var y1) || !TryYear(match.Groups["y2"].Value, out var y2) || y2 <= y1 || y2 - y1 > 25)
        {
            return false;
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"{y1}–{y2}");
        period = new Period(label, new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31), "year_span");
        return true;
    }

    /// <summary>Parses a date such as "Wednesday, 8 May 2024" or "8th May 2024"; labels it ISO.</summary>
    public bool TryDate(string text, out Period? period)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null;
        var match = DayMonthYear().Match(text);
        if (!match.Success || !TryMonth(match.Groups["m"].Value, out var month) || !TryYear(match.Groups["y"].Value, out var year))
        {
            return false;
        }

        var day = int.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        period = new Period(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date, date, "meeting_date");
        return true;
    }

    private bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= EarliestYear && year <= 2100;

    private static bool TryMonth(string text, out int month)
    {
        month = 0;
        if (text.Length < 3)
        {
            return false;
        }

        var prefix = text[..3].ToLowerInvariant();
        month = Array.IndexOf(s_months, prefix) + 1;
        return month > 0;
    }

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string MonthName = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b(?<m1>" + MonthName + @")\s+(?<y1>\d{4})\s*(?:-|–|—|to)\s*(?<m2>" + MonthName + @")\s+(?<y2>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"(?<![\d/])(?<y1>\d{4})\s?[/\-–]\s?(?<y2>\d{4}|\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"(?<![\d/])(?<y1>\d{4})\s*(?:-|–|—|to)\s*(?<y2>\d{4})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\s?(?:st|nd|rd|th))?\s+(?<m>" + MonthName + @"),?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\bmeeting\b|\bheld\s+on\b|\bdate\s+of\s+meeting\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingCue();
}
