using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// A document's title as a reader would give it: a committee paper's subject line ("Subject: …"),
/// else the first short heading or line of the opening that is a title and not the furniture around
/// one (an image credit, a page or agenda number, a council or committee name, a meeting date, a
/// form label and its value, "DRAFT", "Contents"); a title the layout broke over two lines ("…
/// Priorities and" / "Actions") is joined; else the file name's words.
/// </summary>
public static partial class TitleDetector
{
    private const int MaxLength = 200;
    private const int Opening = 20;

    /// <summary>The title of <paramref name="document"/>, or null when it has no text and no file name.</summary>
    public static string? Detect(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks.Take(40).ToList();
        if (Subject(blocks) is { } subject)
        {
            return subject;
        }

        for (var i = 0; i < Math.Min(blocks.Count, Opening); i++)
        {
            var block = blocks[i];
            var text = Clean(block.Text);
            if (block.Kind is not (BlockKind.Heading or BlockKind.Paragraph) || text.Length is 0 or > MaxLength || !IsTitle(text, i > 0 ? blocks[i - 1].Text : null))
            {
                continue;
            }

            // "Draft Revenue Budget 2025-26 and 2025-28 MTFP," / "and Draft Capital Programme 2025-35".
            if (BrokenEnd().IsMatch(text) && i + 1 < blocks.Count && Clean(blocks[i + 1].Text) is { Length: > 0 and <= 100 } next && IsTitle(next, null))
            {
                text = text.TrimEnd() + " " + next;
            }

            return TrailingMark().Replace(text, string.Empty);
        }

        var name = FileNameText.Of(document.File);
        return name.Length > 0 ? name : null;
    }

    // "Subject:" with its value in the same block or the blocks after it, up to the next form label.
    private static string? Subject(List<TextBlock> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, 30); i++)
        {
            var match = SubjectLabel().Match(blocks[i].Text);
            if (!match.Success)
            {
                continue;
            }

            var parts = new List<string>();
            if (match.Groups["rest"].Value.Trim() is { Length: > 0 } rest)
            {
                parts.Add(rest);
            }

            for (var j = i + 1; j < blocks.Count && parts.Sum(p => p.Length) < MaxLength && !FormLabel().IsMatch(blocks[j].Text); j++)
            {
                parts.Add(blocks[j].Text.Trim());
            }

            var subject = Clean(string.Join(" ", parts));
            if (subject.Length is > 3 and <= 300)
            {
                return subject;
            }
        }

        return null;
    }

    private static bool IsTitle(string text, string? previous) =>
        text.Any(char.IsLetter)
        && !Furniture().IsMatch(text)
        && !text.EndsWith(':') && !text.EndsWith(';')
        && !(text.StartsWith('(') && text.EndsWith(')'))
        && !(previous is not null && previous.TrimEnd().EndsWith(':') && text.Length <= 60)
        && !CouncilOnly().IsMatch(text)
        && !MeetingLine().IsMatch(text);

    private static string Clean(string text) => Spaces().Replace(text, " ").Trim().TrimStart('#', '|').Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // A dash, comma or tilde the layout left at the end, a protective marking, or "(Appendices 'A' and 'B' refer)" after the title.
    [GeneratedRegex(@"(?:\s*[-–,~]|\s+(?:DRAFT|UNRESTRICTED|OFFICIAL)|\s*\((?:appendi|annex|see\b)[^)]*\))+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMark();


    [GeneratedRegex(@"(?:\b(?:and|of|for|the|to|in|on|with|&)|[,~–-])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BrokenEnd();

    [GeneratedRegex(@"^\s*subject\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SubjectLabel();

    [GeneratedRegex(@"^\s*[A-Z][\w ,'’/()-]{1,40}:\s*(?:\S.{0,80})?$", RegexOptions.CultureInvariant)]
    private static partial Regex FormLabel();

    // Credits, numbers, furniture and words that stand above or beside a title, never as one.
    [GeneratedRegex(@"^(?:(?:copyright|image|photo(?:graph)?|picture|credit|source)\b.*|.*\bgetty\s+images\b.*|©.*|(?:page\s+)?\d+(?:\s+of\s+\d+)?|agenda\s+item(?:\s+[\w.]+)?|item\s+[\w.]+|appendix\s+[\w.]+|annex\s+[\w.]+|draft|unrestricted|restricted|official(?:[\s-]+sensitive)?|not\s+protectively\s+marked|public|contents|table\s+of\s+contents|for\s+(?:decision|information)|part\s+[1-2i]+|enc(?:losure)?\.?\s*\d*|by|to|from)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?:royal\s+)?(?:london\s+)?(?:borough\s+of\s+)?[A-Z][\w&'’. -]{1,40}?\s+(?:county\s+|city\s+|borough\s+|district\s+|metropolitan\s+borough\s+)?council)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CouncilOnly();

    // A meeting's body or date standing as a line: "Cabinet – 30 January 2025", "12 DECEMBER 2013", "Scrutiny Committee".
    [GeneratedRegex(@"^(?:[\w,&' -]{0,80}\b(?:committee|cabinet|board|panel|commission|council\s+meeting)\b(?:\s*[-–,]?\s*\d{1,2}\s+\w+\s+\d{4})?|(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|.*\bmeeting\s+to\s+be\s+held\b.*|date\s+of\s+meeting\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingLine();
}
