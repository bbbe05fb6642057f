using System.Globalization;
using System.Text;
using ProfileMiner.Model;

namespace ProfileMiner.Report;

/// <summary>
/// Citations: the document's real title, the page or line, and a link to the source. Text read from a PDF links to
/// its page (<c>file.pdf#page=N</c>); text read from a text file that a PDF read in the same run repeats (a
/// near-duplicate copy) links to the page of the PDF that holds the same words; other text links to its file. Each
/// citation also carries the passage's key, which <c>serve</c> opens in context.
/// </summary>
internal sealed class ReportCitations
{
    private readonly IReadOnlyList<SegmentedDocument> _documents;
    private readonly string? _reportFolder;
    private readonly string[] _titles;
    private readonly string?[] _hrefs;

    // Sections of PDF copies by the id of the section they repeat.
    private readonly Dictionary<string, List<(int Doc, Section Section)>> _copies = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string[]> _folded = [];
    private readonly Dictionary<(int Doc, int Section), Dictionary<int, HashSet<string>>> _pages = [];
    private readonly Dictionary<(string Section, string Needle), (int Doc, int Page)?> _found = [];

    /// <param name="documents">Every document of the run, copies included.</param>
    /// <param name="reportFolder">The folder the digest is written to, links are made relative to; null to link the paths as read.</param>
    public ReportCitations(IReadOnlyList<SegmentedDocument> documents, string? reportFolder)
    {
        _documents = documents;
        _reportFolder = reportFolder is null ? null : Path.GetFullPath(reportFolder);
        _titles = [.. documents.Select(DisplayTitle)];
        _hrefs = new string?[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            if (documents[d].Source.Format != DocumentFormat.Pdf)
            {
                continue;
            }

            foreach (var section in documents[d].Sections.Where(s => s.DuplicateOf is not null))
            {
                if (!_copies.TryGetValue(section.DuplicateOf!, out var list))
                {
                    _copies[section.DuplicateOf!] = list = [];
                }

                list.Add((d, section));
            }
        }
    }

    /// <summary>The title citations show for document <paramref name="doc"/>.</summary>
    public string Title(int doc) => _titles[doc];

    /// <summary>A link to the file of document <paramref name="doc"/>, relative to the digest.</summary>
    public string Href(int doc) => _hrefs[doc] ??= Link(_documents[doc].Source.Path);

    /// <summary>
    /// The citation of <paramref name="source"/> in the passage at block <paramref name="block"/> of document
    /// <paramref name="doc"/> (section <paramref name="sectionId"/>); <paramref name="text"/> is the sentence cited, used
    /// to find the same words in a PDF copy.
    /// </summary>
    public CiteView For(int doc, int block, string sectionId, string council, Provenance source, string text)
    {
        var document = _documents[doc];
        var file = document.Source.File;
        var title = _titles[doc];
        var read = source.Page is { } p ? Invariant($"{file}, p. {p}") : source.Line is { } l ? Invariant($"{file}, line {l}") : file;
        string href;
        string location;
        if (source.Page is { } page)
        {
            href = Invariant($"{Href(doc)}#page={page}");
            location = Invariant($"p. {page}");
        }
        else if (FindInCopy(sectionId, text) is { } copy)
        {
            href = Invariant($"{Href(copy.Doc)}#page={copy.Page}");
            location = Invariant($"p. {copy.Page}");
            read = Invariant($"{read}; p. {copy.Page} of {_documents[copy.Doc].Source.File}");
        }
        else
        {
            href = Href(doc);
            location = source.Line is { } line ? Invariant($"line {line}") : string.Empty;
        }

        var shortText = location.Length == 0 ? title : $"{title}, {location}";
        return new CiteView
        {
            Key = Invariant($"{file}#{block}"),
            Href = href,
            Council = council,
            Doc = file,
            Title = title,
            Location = location,
            Text = $"{council}, {shortText}",
            ShortText = shortText,
            Source = read,
        };
    }

    /// <summary>The title as citations show it: the document's title, with its period when the title does not name it.</summary>
    public static string DisplayTitle(SegmentedDocument document)
    {
        var title = string.IsNullOrWhiteSpace(document.Title) ? document.Source.File : document.Title.Trim();
        if (document.Period is not { } period)
        {
            return title;
        }

        var year = period.Start.Year.ToString(CultureInfo.InvariantCulture);
        return title.Contains(period.Label, StringComparison.OrdinalIgnoreCase) || title.Contains(year, StringComparison.Ordinal)
            ? title
            : $"{title} ({period.Label})";
    }

    /// <summary>The page of a PDF copy of section <paramref name="sectionId"/> that holds <paramref name="text"/>, or null.</summary>
    private (int Doc, int Page)? FindInCopy(string sectionId, string text)
    {
        if (!_copies.TryGetValue(sectionId, out var copies))
        {
            return null;
        }

        var needle = ReportModelBuilder.Fold(text);
        if (needle.Length == 0)
        {
            return null;
        }

        if (!_found.TryGetValue((sectionId, needle), out var found))
        {
            _found[(sectionId, needle)] = found = Find(copies, needle);
        }

        return found;
    }

    private (int Doc, int Page)? Find(List<(int Doc, Section Section)> copies, string needle)
    {

        var words = Words(needle);
        (int Doc, int Page, double Score)? best = null;
        foreach (var (doc, section) in copies)
        {
            var blocks = _documents[doc].Source.Blocks;
            var folded = Folded(doc);
            for (var b = section.FirstBlock; b < section.EndBlock && b < blocks.Length; b++)
            {
                if (blocks[b].Source.Page is { } page && folded[b].Contains(needle, StringComparison.Ordinal))
                {
                    return (doc, page);
                }
            }

            // Words the PDF hyphenated, spaced or laid out in table cells differently: the page that holds most of
            // them (a sentence of a few words is too common to place this way).
            if (words.Count < 6)
            {
                continue;
            }

            foreach (var (page, onPage) in PageWords(doc, section))
            {
                var shared = (double)words.Count(onPage.Contains) / words.Count;
                if (shared >= 0.85 && (best is null || shared > best.Value.Score))
                {
                    best = (doc, page, shared);
                }
            }
        }

        return best is { } found ? (found.Doc, found.Page) : null;
    }

    private string[] Folded(int doc)
    {
        if (!_folded.TryGetValue(doc, out var folded))
        {
            _folded[doc] = folded = [.. _documents[doc].Source.Blocks.Select(b => ReportModelBuilder.Fold(b.Text))];
        }

        return folded;
    }

    /// <summary>The words of each page of a copy's section.</summary>
    private Dictionary<int, HashSet<string>> PageWords(int doc, Section section)
    {
        if (!_pages.TryGetValue((doc, section.Index), out var pages))
        {
            _pages[(doc, section.Index)] = pages = [];
            var blocks = _documents[doc].Source.Blocks;
            var folded = Folded(doc);
            for (var b = section.FirstBlock; b < section.EndBlock && b < blocks.Length; b++)
            {
                if (blocks[b].Source.Page is { } page)
                {
                    if (!pages.TryGetValue(page, out var words))
                    {
                        pages[page] = words = [];
                    }

                    words.UnionWith(Words(folded[b]));
                }
            }
        }

        return pages;
    }

    private static HashSet<string> Words(string folded) => [.. folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A relative URL from the digest's folder to <paramref name="path"/>, each segment escaped.</summary>
    private string Link(string path)
    {
        var target = _reportFolder is null ? path : Path.GetRelativePath(_reportFolder, Path.GetFullPath(path));
        return string.Join('/', target.Replace('\\', '/').Split('/').Select(s => s is ".." or "." ? s : Uri.EscapeDataString(s)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
