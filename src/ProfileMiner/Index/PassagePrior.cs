using System.Text.RegularExpressions;

namespace ProfileMiner.Index;

/// <summary>
/// How much a passage is worth as a hit before any query, a factor in (0, 1] on its score: an
/// entry of a table of contents, a form field ("Period covered by this self assessment | April
/// 2012 – March 2013") or a bare label of two or three words is rarely what a search is after,
/// though BM25 favours such short passages. Whole sentences get 1.
/// </summary>
internal static partial class PassagePrior
{
    /// <summary>The factor of a contents entry.</summary>
    public const float Contents = 0.3f;

    /// <summary>The factor of a form field: a short label and its value.</summary>
    public const float FormField = 0.4f;

    /// <summary>The prior of a passage of block kind <paramref name="block"/> under <paramref name="heading"/>.</summary>
    public static float Of(string text, string block, string heading)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsContents(text, block, heading))
        {
            return Contents;
        }

        if (IsFormField(text, block))
        {
            return FormField;
        }

        // Bare labels ("Carers Strategy", "Day services and centres:"): the fewer the words, the less they say.
        var words = WordPattern().Count(text);
        return words switch
        {
            <= 1 => 0.5f,
            2 => 0.6f,
            3 => 0.7f,
            4 => 0.85f,
            _ => 1f,
        };
    }

    private static bool IsContents(string text, string block, string heading)
    {
        var last = heading.Split(" / ").LastOrDefault() ?? string.Empty;
        if (ContentsHeading().IsMatch(last))
        {
            return true;
        }

        // Only the end can hold a leader and its page number; matched over a whole passage, a long run
        // of dots with no number after it costs time quadratic in the run (165,000 dots: minutes).
        if (DotLeader().IsMatch(text.AsSpan(Math.Max(0, text.Length - LeaderTail))))
        {
            return true;
        }

        // A table row of page numbers and titles: "3 | BLACKBURN & DARWEN | 28 | MANCHESTER".
        if (block == "table_row")
        {
            var cells = text.Split(" | ");
            var numbers = cells.Count(c => PageNumber().IsMatch(c.Trim()));
            return cells.Length >= 2 && numbers >= 1 && numbers * 2 >= cells.Length && cells.All(c => WordPattern().Count(c) <= 6);
        }

        return false;
    }

    private static bool IsFormField(string text, string block)
    {
        if (block == "table_row")
        {
            // "Name | Mick Connell", "Date self-assessment Completed | 3 rd May 2013": a label, then a short value.
            var cells = text.Split(" | ");
            return cells.Length == 2 && WordPattern().Count(cells[0]) <= 7 && WordPattern().Count(cells[1]) <= 8 && !cells[1].Contains(". ", StringComparison.Ordinal)
                && (cells[0].TrimEnd().EndsWith(':') || FormLabel().IsMatch(cells[0]));
        }

        // "Electoral Division affected: (All Divisions);", "Contact: Andrew Hagger (Tel: ...)".
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < 40 && WordPattern().Count(text[..colon]) <= 5 && WordPattern().Count(text) <= 14 && !text.Contains(". ", StringComparison.Ordinal)
            && colon < text.Length - 1;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*(table of )?contents\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsHeading();

    // Enough for a leader's last dots, its page number and trailing space.
    private const int LeaderTail = 64;

    [GeneratedRegex(@"(\.\s*){4,}\s*\d+\s*$|…+\s*\d+\s*$")]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"\b(name|date|period|address|telephone|tel|e-?mail|position|signature|signed|contact|ref|reference|completed|title|department|directorate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormLabel();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();
}
