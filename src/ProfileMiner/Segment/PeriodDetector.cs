using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Finds the period a document reports on, and separately the date of the meeting it was written
/// for. In order of trust: a stated period ("Period covered … April 2012 – March 2013"); a quarter
/// of a financial year in the file name or the opening ("Quarter 3 2024/25", "Q3 - November 2024-25":
/// <c>2024/25 Q3</c>); a monitoring month ("As at November 2024-25": <c>November 2024</c>); then, in
/// the opening blocks, a month range, a financial year (<c>2016/17</c>; the budget year of "Draft
/// Revenue Budget 2025-26"; when the opening names several, the one the document names most) or a
/// span of years (<c>2016 – 2020</c>); and only when none of those is stated, the meeting date
/// ("Meeting to be held on Wednesday, 8 May 2024", "Cabinet – 30 January 2025"). Years before
/// <see cref="EarliestYear"/> are ignored.
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
    public Period? Detect(SourceDocument document) => DetectWithMeeting(document).Period;

    /// <summary>
    /// The reporting period (the meeting date standing for it only when nothing else is stated) and,
    /// apart, the meeting date; the meeting is looked for once.
    /// </summary>
    public (Period? Period, DateOnly? Meeting) DetectWithMeeting(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meeting = DetectMeeting(document);
        var period = Reported(document)
            ?? (meeting is { } date ? new Period(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date, date, "meeting_date") : null);
        return (period, meeting);
    }

    // The period the text states, in order of trust; null when it states none.
    private Period? Reported(SourceDocument document)
    {
        var front = document.Blocks.Take(60).ToList();

        foreach (var block in front)
        {
            if (block.Text.Contains("period", StringComparison.OrdinalIgnoreCase) && TryMonthRange(block.Text, out var stated))
            {
                return stated;
            }
        }

        // The title zone read as one text: a cover page sets "Quarter 3" and "2024/25" in blocks of their own.
        var title = FileNameText.Of(document.File) + "\n"
            + string.Join("\n", front.Take(_openingBlocks).Select(b => b.Text));
        if (TryQuarter(title, out var quarter))
        {
            return quarter;
        }

        if (TryMonitoringMonth(title, out var month))
        {
            return month;
        }

        foreach (var block in front.Take(_openingBlocks))
        {
            if (TryMonthRange(block.Text, out var range))
            {
                return range;
            }

            if (TryFinancialYear(block.Text, out range))
            {
                return MostNamedYear(document, front.Take(_openingBlocks), range!);
            }

            if (TryYearSpan(block.Text, out range))
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>
    /// The date of the meeting the document was written for: a block with a meeting cue and a date
    /// ("Meeting to be held on …", "Date of meeting: …"), a committee, cabinet, council or board line
    /// with a date ("Cabinet – 30 January 2025"), or a date standing alone right after such a line; null when there is none.
    /// Only short blocks count: a paragraph that tells of a meeting ("agreed at a Cabinet meeting on
    /// 5th October 2023") dates an earlier decision, not this paper.
    /// </summary>
    public DateOnly? DetectMeeting(SourceDocument document)
    {
        // The longest block read as a meeting line ("Meeting to be held on Wednesday, 8 May 2024 at 10.00 am").
        const int MeetingLineLength = 120;
        ArgumentNullException.ThrowIfNull(document);
        var front = document.Blocks.Take(60).ToList();
        for (var i = 0; i < front.Count; i++)
        {
            var text = front[i].Text;
            var body = text.Length <= MeetingLineLength && (MeetingCue().IsMatch(text) || (i < 30 && MeetingBody().IsMatch(text)));
            var afterBody = i > 0 && i < 30 && text.Length <= 40 && MeetingBody().IsMatch(front[i - 1].Text) && front[i - 1].Text.Length <= MeetingLineLength;
            if ((body || afterBody) && TryDate(text, out var date))
            {
                return date!.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses a quarter of a financial year: "Quarter 3 2024/25", "Q3 2024-25", "2024/25 Q3",
    /// "Q3 - November 2024-25" (a quarter and a year within a few words); labels it <c>2024/25 Q3</c>.
    /// Quarters are the financial year's: Q1 April–June … Q4 January–March.
    /// </summary>
    public bool TryQuarter(string text, out Period? period)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null;
        foreach (Match match in QuarterNearYear().Matches(text))
        {
            var q = match.Groups["q1"].Success ? match.Groups["q1"].Value : match.Groups["q2"].Value;
            var number = QuarterNumber(q);
            if (number == 0 || !TryFinancialYear(match.Value, out var year))
            {
                continue;
            }

            var start = year!.Start.AddMonths(3 * (number - 1));
            period = new Period(year.Label + " Q" + number.ToString(CultureInfo.InvariantCulture), start, start.AddMonths(3).AddDays(-1), "quarter");
            return true;
        }

        return false;
    }

    /// <summary>
    /// Parses a month of a financial year, as finance monitoring reports date themselves ("As at November
    /// 2024-25", "November 2024/25"); labels it <c>November 2024</c>.
    /// </summary>
    public bool TryMonitoringMonth(string text, out Period? period)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null;
        var match = MonthOfYear().Match(text);
        if (!match.Success || !TryMonth(match.Groups["m"].Value, out var month) || !TryFinancialYear(match.Groups["fy"].Value, out var year))
        {
            return false;
        }

        var calendar = month >= 4 ? year!.Start.Year : year!.End.Year;
        var start = new DateOnly(calendar, month, 1);
        period = new Period(string.Create(CultureInfo.InvariantCulture, $"{Month(month)} {calendar}"), start, start.AddMonths(1).AddDays(-1), "month");
        return true;
    }

    // When the opening names more than one financial year (a budget's base year beside the year it
    // sets), the one the document names most; the budget year of "Budget 2025-26" first of all.
    private Period MostNamedYear(SourceDocument document, IEnumerable<TextBlock> opening, Period first)
    {
        var openingText = string.Join("\n", opening.Select(b => b.Text));
        foreach (Match budget in BudgetYear().Matches(openingText))
        {
            if (TryFinancialYear(budget.Value, out var year))
            {
                return year! with { Source = "budget_year" };
            }
        }

        var named = FinancialYear().Matches(openingText).Select(m => TryFinancialYear(m.Value, out var y) ? y : null).OfType<Period>()
            .Select(p => p.Label).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count < 2)
        {
            return first;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var years = new Dictionary<string, Period>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            foreach (Match match in FinancialYear().Matches(block.Text))
            {
                if (TryFinancialYear(match.Value, out var year) && named.Contains(year!.Label))
                {
                    counts[year.Label] = counts.GetValueOrDefault(year.Label) + 1;
                    years[year.Label] = year;
                }
            }
        }

        var best = named.OrderByDescending(l => counts.GetValueOrDefault(l)).First();
        return years.GetValueOrDefault(best) ?? first;
    }

    private static int QuarterNumber(string text)
    {
        var digit = text.FirstOrDefault(char.IsDigit);
        if (digit != default)
        {
            return digit - '0';
        }

        return text.ToLowerInvariant() switch
        {
            "first" or "one" => 1,
            "second" or "two" => 2,
            "third" or "three" => 3,
            "fourth" or "four" => 4,
            _ => 0,
        };
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
        int month, year;
        if (!match.Success || !TryMonth(match.Groups["m"].Value, out month) || !TryYear(match.Groups["y"].Value, out year))
        {
            // "26/10/2017", as British papers write a date in figures (day first).
            match = NumericDate().Match(text);
            if (!match.Success || !TryYear(match.Groups["y"].Value, out year)
                || !int.TryParse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12)
            {
                return false;
            }
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

    [GeneratedRegex(@"(?<![\d/.])(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4})(?![\d/.])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // A line naming a meeting body: "Cabinet – 30 January 2025", "OVERVIEW AND SCRUTINY COMMITTEE".
    [GeneratedRegex(@"\b(?:cabinet|council|committee|board|panel|commission)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingBody();

    // "Quarter 3 … 2024/25" or "2024/25 … Q3", a few words apart at most (not across a sentence).
    [GeneratedRegex(@"\b(?:Quarter\s*(?<q1>[1-4]|one|two|three|four)|(?<q1>Q[1-4])|(?<q1>first|second|third|fourth)\s+quarter)\b[^.\d]{0,30}?(?<fy>\d{4}\s?[/\-–]\s?\d{2,4})|(?<fy2>\d{4}\s?[/\-–]\s?\d{2,4})[^.\d]{0,12}?\b(?:Quarter\s*(?<q2>[1-4])|(?<q2>Q[1-4]))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterNearYear();

    // "November 2024-25": a month followed by a financial year (not a month and a calendar year).
    [GeneratedRegex(@"\b(?<m>" + MonthName + @")\s+(?<fy>\d{4}\s?[/\-–]\s?\d{2})(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfYear();

    // "Budget 2025-26", "2025-26 budget", "Revenue Budget 2025-26".
    [GeneratedRegex(@"\bbudget\s+(?:for\s+)?\d{4}\s?[/\-–]\s?\d{2,4}(?![\d/])|(?<![\d/])\d{4}\s?[/\-–]\s?\d{2,4}\s+(?:revenue\s+)?budget\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BudgetYear();

}
