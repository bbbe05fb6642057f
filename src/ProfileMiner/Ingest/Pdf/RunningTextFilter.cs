using System.Text;
using System.Text.RegularExpressions;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Drops running headers and footers: lines, no larger than the body text, in the top or bottom band
/// of a page that repeat, with their digits ignored, on many pages; and page numbers ("12", "Page 3 of 52", "- 4 -") at the
/// top or bottom edge of any page. Runs over the whole document before layout, because a running
/// line is only known by its repetition.
/// </summary>
internal static partial class RunningTextFilter
{
    // Only the outermost lines of a page can be running text.
    private const int EdgeLines = 3;

    /// <summary>Removes running lines from the pages' words; returns how many lines were removed.</summary>
    public static int Apply(IReadOnlyList<PdfPageContent> pages, PdfReaderOptions options, double bodySize)
    {
        var candidates = new List<(PdfPageContent Page, List<PdfWord> Line, string Key, bool PageNumber)>();
        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var pagesWithText = 0;
        foreach (var page in pages)
        {
            if (page.Words.Count == 0)
            {
                continue;
            }

            pagesWithText++;
            var lines = LineGrouper.ByBaseline(page.Words);
            var band = options.HeaderFooterBand * page.Height;
            for (var i = 0; i < lines.Count; i++)
            {
                var fromTop = i;
                var fromBottom = lines.Count - 1 - i;
                if (fromTop >= EdgeLines && fromBottom >= EdgeLines)
                {
                    continue;
                }

                var line = lines[i];
                var top = line.Max(w => w.Top);
                var bottom = line.Min(w => w.Bottom);
                var inTop = fromTop < EdgeLines && top >= page.Height - band;
                var inBottom = fromBottom < EdgeLines && bottom <= band;
                if (!inTop && !inBottom)
                {
                    continue;
                }

                // Running heads are set no larger than the body text; a repeated larger line is a title.
                if (line.Max(w => w.Size) > bodySize * 1.05)
                {
                    continue;
                }

                var text = string.Join(' ', line.Select(w => w.Text));
                var zone = inTop ? "t:" : "b:";
                var key = zone + Normalize(text);
                var isPageNumber = (fromTop == 0 || fromBottom == 0 || fromTop == 1 || fromBottom == 1) && PageNumber().IsMatch(text);
                candidates.Add((page, line, key, isPageNumber));
                if (!pagesByKey.TryGetValue(key, out var set))
                {
                    set = [];
                    pagesByKey.Add(key, set);
                }

                set.Add(page.Number);
            }
        }

        var minPages = Math.Max(options.HeaderFooterMinPages, (int)Math.Ceiling(options.HeaderFooterMinShare * pagesWithText));
        var removed = 0;
        foreach (var (page, line, key, isPageNumber) in candidates)
        {
            if (!isPageNumber && pagesByKey[key].Count < minPages)
            {
                continue;
            }

            var drop = new HashSet<PdfWord>(line);
            removed += page.Words.RemoveAll(drop.Contains) > 0 ? 1 : 0;
        }

        return removed;
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (sb.Length == 0 || sb[^1] != '#')
                {
                    sb.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^\s*(?:page\s*)?[-–—|]?\s*(?:\d{1,4}|[ivx]{1,5})\s*[-–—|]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
