using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Drops page furniture: running headers and footers (lines, no larger than the body text, at the top
/// or bottom of a page that repeat, with their digits ignored, on many pages), page numbers
/// ("12", "Page 3 of 52", "- 4 -") and the lines of a contents page (an entry whose dot leaders run to
/// a page number). Each page keeps the count of lines it lost in <see cref="PdfPageContent.Furniture"/>.
/// Runs over the whole document before layout, because a running line is only known by its repetition.
/// </summary>
internal static partial class RunningTextFilter
{
    // Only the outermost lines of a page can be running text.
    private const int EdgeLines = 3;

    // A running line outside the narrow band must stand apart from the body by this many of its font sizes.
    private const double ApartEm = 1.0;

    /// <summary>Removes page furniture from the pages' words; returns how many lines were removed.</summary>
    public static int Apply(IReadOnlyList<PdfPageContent> pages, PdfReaderOptions options, double bodySize)
    {
        var candidates = new List<Candidate>();
        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var pagesByOffset = new Dictionary<int, HashSet<int>>();
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
            var outerBand = Math.Max(options.HeaderFooterOuterBand, options.HeaderFooterBand) * page.Height;
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
                var atTop = fromTop < EdgeLines && top >= page.Height - outerBand;
                var atBottom = !atTop && fromBottom < EdgeLines && bottom <= outerBand;
                if (!atTop && !atBottom)
                {
                    continue;
                }

                // Running heads are set no larger than the body text; a repeated larger line is a title.
                var size = line.Max(w => w.Size);
                if (size > bodySize * 1.05)
                {
                    continue;
                }

                var near = atTop ? top >= page.Height - band : bottom <= band;

                // Beyond the narrow band, a running line is a title of a few words set apart from the body
                // by white space; the header of a table that runs on over pages is cells, or a lone word
                // of a header cell, close to its first row.
                var apart = !near
                    && line.Count(w => w.Text.Any(char.IsLetter)) >= 2
                    && LineGrouper.SplitRuns(line, options.CellGapEm).Take(2).Count() == 1
                    && (atTop
                        ? i + 1 >= lines.Count || bottom - lines[i + 1].Max(w => w.Top) >= ApartEm * size
                        : i == 0 || lines[i - 1].Min(w => w.Bottom) - top >= ApartEm * size);
                var text = string.Join(' ', line.Select(w => w.Text));
                var key = (atTop ? "t:" : "b:") + Normalize(text);
                var outermost = fromTop <= 1 || fromBottom <= 1;
                var number = NumberKind.None;
                var offset = 0;
                if (outermost && PageNumber().IsMatch(text))
                {
                    var bare = BareNumber().Match(text);
                    number = near ? NumberKind.Near : WordedNumber().IsMatch(text) ? NumberKind.Label : bare.Success ? NumberKind.Bare : NumberKind.None;
                    if (bare.Success && int.TryParse(bare.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                    {
                        offset = value - page.Number;
                        Add(pagesByOffset, offset, page.Number);
                    }
                    else if (number == NumberKind.Bare)
                    {
                        number = NumberKind.None; // a roman numeral away from the edge: too weak alone
                    }
                }

                if (near || apart)
                {
                    Add(pagesByKey, key, page.Number);
                }

                candidates.Add(new(page, line, key, number, offset, near || apart));
            }
        }

        var minPages = Math.Max(options.HeaderFooterMinPages, (int)Math.Ceiling(options.HeaderFooterMinShare * pagesWithText));
        var removed = 0;
        foreach (var c in candidates)
        {
            // A bare number further from the edge is a page number only when it counts with the pages,
            // as on several other pages (a printed number offset from the file's page by the cover pages).
            var drop = c.Number switch
            {
                NumberKind.Near or NumberKind.Label => true,
                NumberKind.Bare => pagesByOffset[c.Offset].Count >= options.HeaderFooterMinPages,
                _ => false,
            };
            drop |= c.Apart && pagesByKey[c.Key].Count >= minPages;
            if (!drop)
            {
                continue;
            }

            var words = new HashSet<PdfWord>(c.Line);
            if (c.Page.Words.RemoveAll(words.Contains) > 0)
            {
                c.Page.Furniture++;
                removed++;
            }
        }

        foreach (var page in pages)
        {
            removed += DropContentsLines(page);
        }

        return removed;
    }

    /// <summary>
    /// Drops the entries of a contents page: lines whose dot leaders (five or more dots, spaced or
    /// not, or an ellipsis run) end the line or run to a page number. Returns how many lines it dropped.
    /// </summary>
    internal static int DropContentsLines(PdfPageContent page)
    {
        if (!page.Words.Exists(w => w.Text.Contains("...", StringComparison.Ordinal) || w.Text.Contains('…', StringComparison.Ordinal) || w.Text == "."))
        {
            return 0;
        }

        var dropped = 0;
        foreach (var line in LineGrouper.ByBaseline(page.Words))
        {
            if (!DotLeader().IsMatch(string.Join(' ', line.Select(w => w.Text))))
            {
                continue;
            }

            var words = new HashSet<PdfWord>(line);
            page.Words.RemoveAll(words.Contains);
            dropped++;
        }

        page.Furniture += dropped;
        return dropped;
    }

    private static void Add<TKey>(Dictionary<TKey, HashSet<int>> sets, TKey key, int page)
        where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set))
        {
            set = [];
            sets.Add(key, set);
        }

        set.Add(page);
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

    private enum NumberKind
    {
        None,

        // A bare number or numeral in the narrow band at the page's edge.
        Near,

        // A bare number further in: kept unless it counts with the pages.
        Bare,

        // "Page 3", "3 of 52", "- 4 -": a page number by its wording, in the outer band.
        Label,
    }

    private readonly record struct Candidate(PdfPageContent Page, List<PdfWord> Line, string Key, NumberKind Number, int Offset, bool Apart);

    [GeneratedRegex(@"^\s*(?:page\s*)?[-–—|]?\s*(?:\d{1,4}|[ivx]{1,5})\s*[-–—|]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordedNumber();

    [GeneratedRegex(@"^\s*(\d{1,4}|[ivx]{1,5})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    // Leaders to the end of the line, or to a page number (arabic or roman) that ends it.
    [GeneratedRegex(@"(?:\.\s?){5,}\s*(?:\d{1,4}|[ivxlc]{1,6})?\s*$|(?:…\s?){3,}\s*(?:\d{1,4}|[ivxlc]{1,6})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DotLeader();
}
