namespace ProfileMiner.Report;

/// <summary>
/// How many A4 pages the shipped HTML digest prints to, estimated from what it shows: lines of body text (10 pt,
/// about 100 characters a line, 50 lines a page), table rows and charts, each part that starts on a new page rounded
/// up to whole pages. It is calibrated against Chromium's print of the default corpus's digest (docs/report.md), and
/// errs long (by one to three pages there), so a digest that the estimate fits in the budget prints within it.
/// </summary>
internal static class LayoutEstimate
{
    private const double LinesPerPage = 50;
    private const double CharsPerLine = 100;

    /// <summary>The pages of everything but the theme sections: the summary, the matrix and the appendices.</summary>
    public static double FixedPages(
        MatrixView matrix, IReadOnlyList<BenchmarkGroup> benchmarks, IReadOnlyList<ComparisonView> comparisons,
        IReadOnlyList<CouncilView> councils, IReadOnlyList<DocumentView> documents, IReadOnlyList<UncreditedView> uncredited)
    {
        // The summary is one page by design.
        var pages = 1.0;

        // The matrix: column heads set upright, a heading per period, a row per council.
        if (matrix.Themes.Count > 0)
        {
            var lines = 8 + 12 + matrix.Groups.Sum(g => 1.6 + (g.Rows.Count * 1.05)) + 3;
            pages += Math.Ceiling(lines / LinesPerPage);
        }

        // Appendix A: each sentence once, beside one row per claim.
        var benchmarkLines = 5 + benchmarks.Sum(b => Math.Max(Lines(b.Sentence, 45) + 1, (b.Claims.Count * 1.3) + 0.4));

        // Appendix B: a table and a chart per measure.
        var comparisonLines = comparisons.Count == 0 ? 3 : 4 + comparisons.Sum(c => 3 + (c.Rows.Count * 1.5) + (c.Chart.Height / 19.0) + 1.5);

        // Appendix C and D: a row per council and per document.
        var councilLines = 4 + councils.Sum(c => Math.Max(2, Lines(string.Join(", ", c.Documents), 40)) + 0.4);
        var documentLines = 4 + documents.Sum(d => Lines(d.DisplayTitle + " " + d.File, 60) + 0.4) + (uncredited.Count == 0 ? 0 : 5 + (uncredited.Count * 2.2));
        pages += Math.Ceiling((benchmarkLines + comparisonLines) / LinesPerPage) + Math.Ceiling((councilLines + documentLines) / LinesPerPage);
        return pages;
    }

    /// <summary>The pages of the theme sections, which follow one another from a new page.</summary>
    public static double ThemePages(IReadOnlyList<ThemeView> themes)
    {
        if (themes.Count == 0)
        {
            return 0;
        }

        var lines = 3.0;
        foreach (var theme in themes)
        {
            lines += 3 + 1.5 + Lines(string.Join(" · ", theme.Councils.Select(c => c.Name + " 00")), CharsPerLine * 1.15);
            lines += theme.Quotes.Sum(q => Lines(q.Text, CharsPerLine * 0.92) + 2.2);
            if (theme.ClaimRows.Count > 0)
            {
                lines += 2.5;
                foreach (var row in theme.ClaimRows)
                {
                    lines += row.Mixed is { } mixed ? Lines(mixed.Text, CharsPerLine * 0.95) + 1.6
                        : theme.SideBySide ? Math.Max(Size(row.Positive), Size(row.Negative)) + 1.6
                        : Lines((row.Positive ?? row.Negative)!.Text, CharsPerLine * 0.95) + 1.6;
                }
            }
        }

        return Math.Ceiling(lines / LinesPerPage);

        static double Size(StatementView? s) => s is null ? 0 : Lines(s.Text, CharsPerLine * 0.45);
    }

    private static double Lines(string text, double width) => Math.Max(1, Math.Ceiling(text.Length / width));
}
