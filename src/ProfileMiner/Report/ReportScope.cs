using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Report;

/// <summary>
/// What the digest covers: the documents of the kinds and periods asked for, the councils asked for (names resolved
/// through the council registry) and the themes asked for. A value that matches nothing is one warning naming what
/// it could have meant, and the digest is written without it.
/// </summary>
internal sealed partial class ReportScope
{
    private readonly HashSet<string>? _councils;
    private readonly HashSet<int> _documents;

    private ReportScope(HashSet<int> documents, HashSet<string>? councils, HashSet<string>? themes)
    {
        _documents = documents;
        _councils = councils;
        Themes = themes;
    }

    /// <summary>The theme ids kept, or null for all.</summary>
    public HashSet<string>? Themes { get; }

    /// <summary>True when the document (an index into the corpus's documents) is in scope: its kind and period.</summary>
    public bool HasDocument(int index) => _documents.Contains(index);

    /// <summary>True when the council is in scope.</summary>
    public bool HasCouncil(Council council) => _councils is null || _councils.Contains(Key(council));

    public static string Key(Council council) => council.GssCode ?? council.Name;

    public static ReportScope Select(ReportOptions options, CorpusContent content, DiagnosticBag diagnostics)
    {
        var documents = content.Documents;
        var kept = Enumerable.Range(0, documents.Length).ToHashSet();
        kept.IntersectWith(SelectKinds(options.Kinds, documents, diagnostics));
        kept.IntersectWith(SelectPeriods(options.Periods, documents, diagnostics));
        var councils = SelectCouncils(options, documents, diagnostics);
        var themes = SelectThemes(options.Themes, content, diagnostics);
        return new ReportScope(kept, councils, themes);
    }

    private static IEnumerable<int> SelectKinds(IReadOnlyList<string> typed, IReadOnlyList<SegmentedDocument> documents, DiagnosticBag diagnostics)
    {
        var all = Enumerable.Range(0, documents.Count);
        if (typed.Count == 0)
        {
            return all;
        }

        var kinds = new HashSet<DocumentKind>();
        foreach (var name in typed)
        {
            if (!DocumentKinds.TryParse(name.Trim().Replace(' ', '_').Replace('-', '_'), out var kind))
            {
                var near = Nearest(name, DocumentKinds.Names, 3);
                var hint = near.Count > 0 ? $"did you mean {Alternatives(near)}? " : string.Empty;
                Warn(diagnostics, $"kind '{name}' is not a kind of document; {hint}the kinds are {string.Join(", ", DocumentKinds.Names)}");
                continue;
            }

            if (!documents.Any(d => d.Kind == kind))
            {
                var present = documents.Select(d => DocumentKinds.Name(d.Kind)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                Warn(diagnostics, $"kind '{name}' matches no document of the corpus; its kinds are {string.Join(", ", present)}");
            }

            kinds.Add(kind);
        }

        // Only unknown kinds: as if none were given (the warning says so).
        return kinds.Count == 0 ? all : all.Where(i => kinds.Contains(documents[i].Kind));
    }

    private static IEnumerable<int> SelectPeriods(IReadOnlyList<string> typed, IReadOnlyList<SegmentedDocument> documents, DiagnosticBag diagnostics)
    {
        var all = Enumerable.Range(0, documents.Count);
        if (typed.Count == 0)
        {
            return all;
        }

        var labels = documents.Select(d => d.Period).OfType<Period>().OrderBy(p => p.Start).Select(p => p.Label).Distinct(StringComparer.Ordinal).ToList();
        var stated = labels.Count == 0 ? "no document states a period" : "the documents' periods are " + string.Join(", ", labels);
        var matchers = new List<Func<Period, bool>>();
        foreach (var text in typed)
        {
            Func<Period, bool> matches;
            if (TryParsePeriod(text, out var start, out var end))
            {
                matches = p => p.Start <= end && start <= p.End || string.Equals(p.Label, text.Trim(), StringComparison.OrdinalIgnoreCase);
            }
            else if (labels.Any(l => string.Equals(l, text.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                matches = p => string.Equals(p.Label, text.Trim(), StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Warn(diagnostics, $"period '{text}' is not a period (2016/17, 2016, 2015-2017, April 2012 - March 2013) nor one a document states; {stated}");
                continue;
            }

            if (!documents.Any(d => d.Period is { } p && matches(p)))
            {
                Warn(diagnostics, $"period '{text}' matches no document of the corpus; {stated}");
            }

            matchers.Add(matches);
        }

        return matchers.Count == 0 ? all : all.Where(i => documents[i].Period is { } p && matchers.Any(m => m(p)));
    }

    /// <summary>
    /// A period as a user types it: a financial year (<c>2016/17</c>, <c>2016-17</c>), a quarter, a month range, a span
    /// of years (<c>2015-2017</c>), a date, or a bare year (<c>2016</c>, the calendar year).
    /// </summary>
    public static bool TryParsePeriod(string text, out DateOnly start, out DateOnly end)
    {
        var detector = PeriodDetector.Default;
        var trimmed = text.Trim();
        Period? period = null;
        if (detector.TryQuarter(trimmed, out period) || detector.TryMonthRange(trimmed, out period) || detector.TryFinancialYear(trimmed, out period)
            || detector.TryYearSpan(trimmed, out period) || detector.TryDate(trimmed, out period))
        {
            (start, end) = (period!.Start, period.End);
            return true;
        }

        if (BareYear().IsMatch(trimmed))
        {
            var year = int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
            (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        (start, end) = (default, default);
        return false;
    }

    private static HashSet<string>? SelectCouncils(ReportOptions options, IReadOnlyList<SegmentedDocument> documents, DiagnosticBag diagnostics)
    {
        if (options.Councils.IsEmpty && options.Regions.IsEmpty)
        {
            return null;
        }

        var all = documents.Where(d => d.DuplicateOf is null)
            .SelectMany(d => d.Sections.Where(s => s.DuplicateOf is null).Select(s => s.Council).OfType<Council>())
            .DistinctBy(Key).ToList();
        bool NameMatches(Council c, string f) =>
            string.Equals(c.Name, f, StringComparison.OrdinalIgnoreCase) || string.Equals(c.AsWritten, f, StringComparison.OrdinalIgnoreCase) || string.Equals(c.GssCode, f, StringComparison.OrdinalIgnoreCase);
        bool RegionMatches(Council c, string f) => string.Equals(c.Region, f, StringComparison.OrdinalIgnoreCase);

        // Every name a user types resolves through the registry ("Lancashire County Council", "St. Helens", "KCC", a GSS
        // code): an unknown one is the registry's one warning with its closest names; a known one no section of the
        // corpus is about is one warning naming the corpus's closest councils.
        var names = new List<string>();
        foreach (var typed in options.Councils.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var bag = new DiagnosticBag();
            var name = CouncilDirectory.Default.ResolveFilters([typed], "council", bag).Single();
            names.Add(name);
            if (bag.Items.Count > 0)
            {
                foreach (var warning in bag.Items)
                {
                    diagnostics.Add(warning);
                }
            }
            else if (!all.Any(c => NameMatches(c, name) || NameMatches(c, typed)))
            {
                var near = Nearest(name, all.Select(c => c.Name).ToList(), 3);
                var hint = near.Count > 0 ? $"; the closest of its councils are {Alternatives(near)}" : string.Empty;
                Warn(diagnostics, $"council '{typed}' matches no council of the corpus{hint}");
            }
        }

        foreach (var f in options.Regions.Where(f => !all.Any(c => RegionMatches(c, f))))
        {
            var regions = all.Select(c => c.Region).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            Warn(diagnostics, $"region '{f}' matches no council of the corpus; its regions are {string.Join(", ", regions)}");
        }

        var typedNames = options.Councils.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        return all
            .Where(c => names.Count == 0 || names.Any(f => NameMatches(c, f)) || typedNames.Any(f => NameMatches(c, f)))
            .Where(c => options.Regions.IsEmpty || options.Regions.Any(f => RegionMatches(c, f)))
            .Select(Key).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string>? SelectThemes(IReadOnlyList<string> typed, CorpusContent content, DiagnosticBag diagnostics)
    {
        if (typed.Count == 0)
        {
            return null;
        }

        var ids = content.Extractions.OfType<ThemeAssignment>().SelectMany(t => t.Themes).ToHashSet(StringComparer.Ordinal);
        var known = ThemeCatalogue.Default.Ids.Concat(ids).Distinct(StringComparer.Ordinal).ToList();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in typed)
        {
            var matched = known.Where(id => string.Equals(id, f.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(ThemeNames.Name(id), f.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(id.Replace('_', ' '), f.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (matched.Count == 0)
            {
                var near = Nearest(f, [.. known, .. known.Select(ThemeNames.Name)], 3);
                var hint = near.Count > 0 ? $"did you mean {Alternatives(near)}? " : string.Empty;
                Warn(diagnostics, $"theme '{f}' is not a theme; {hint}the themes are {string.Join(", ", ThemeCatalogue.Default.Ids)}");
                continue;
            }

            if (!matched.Any(ids.Contains))
            {
                Warn(diagnostics, $"theme '{f}' matches no passage of the corpus (no passage was given that theme)");
            }

            kept.UnionWith(matched);
        }

        return kept.Count == 0 ? null : kept;
    }

    private static void Warn(DiagnosticBag diagnostics, string message) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ReportFilterMatchesNothing, message));

    /// <summary>The candidates closest to <paramref name="typed"/> (edit distance within a third of its length, or starting with it), nearest first.</summary>
    private static List<string> Nearest(string typed, IReadOnlyCollection<string> candidates, int max)
    {
        var key = Fold(typed);
        if (key.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(2, key.Length / 3);
        return [.. candidates.DistinctBy(Fold, StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Fold(c).StartsWith(key, StringComparison.Ordinal) ? 0 : CouncilDirectory.EditDistance(key, Fold(c), limit + 1)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max).Select(x => x.Name)];
    }

    private static string Fold(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static string Alternatives(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.SkipLast(1)) + " or " + names[^1];

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex BareYear();
}
