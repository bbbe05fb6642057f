namespace ProfileMiner.Report;

// The digest's model as templates see it. Scriban's standard renamer exposes every property in
// snake_case (CouncilCount -> council_count); docs/report.md lists them. Numbers a template shows
// are also given pre-formatted (invariant culture) in *_text properties, so templates need no
// culture-dependent formatting. Every figure counts text marked as a duplicate once.

/// <summary>The root object: <c>report</c> in templates (its members are also globals).</summary>
internal sealed record ReportModel
{
    public required string Title { get; init; }

    public required ReportSummary Summary { get; init; }

    public required IReadOnlyList<DocumentView> Documents { get; init; }

    /// <summary>
    /// Documents read that no council section holds: written by another kind of body (a newspaper, a
    /// charity), or with nothing to say who wrote them. They are in the exports, not in the council
    /// figures; the digest lists them so that nothing is left out without a word.
    /// </summary>
    public required IReadOnlyList<UncreditedView> Uncredited { get; init; }

    /// <summary>Themes raised by at least one council, most councils first.</summary>
    public required IReadOnlyList<ThemeView> Themes { get; init; }

    public required MatrixView Matrix { get; init; }

    /// <summary>Councils in name order.</summary>
    public required IReadOnlyList<CouncilView> Councils { get; init; }

    /// <summary><c>benchmark_count</c> claims of every council.</summary>
    public required IReadOnlyList<ClaimView> Benchmarks { get; init; }

    /// <summary>Measures reported by two or more councils.</summary>
    public required IReadOnlyList<ComparisonView> Comparisons { get; init; }

    /// <summary>Every passage a citation links to, by council then document order.</summary>
    public required IReadOnlyList<PassageView> Passages { get; init; }

    public required FilterView Filters { get; init; }
}

internal sealed record ReportSummary
{
    /// <summary>Documents read, duplicates included.</summary>
    public required int DocumentsRead { get; init; }

    /// <summary>Documents counted: those that are not a near-duplicate of another.</summary>
    public required int Documents { get; init; }

    public required int DuplicateDocuments { get; init; }

    public required int Councils { get; init; }

    public required int Sections { get; init; }

    /// <summary>Paragraphs, list items and table rows of the councils' sections (headings not counted).</summary>
    public required int Passages { get; init; }

    public required int ThemedPassages { get; init; }

    public required int Metrics { get; init; }

    public required int Claims { get; init; }

    /// <summary>Metrics and claims of the documents read left out for a confidence below <see cref="MinConfidence"/> (the exports keep them).</summary>
    public int BelowConfidence { get; init; }

    /// <summary>Passages of the documents read that are about the council's other business (<c>topic: other</c>), left out (the exports keep them, marked).</summary>
    public int OtherTopicPassages { get; init; }

    /// <summary>The least confidence of a metric or claim the digest shows (<see cref="ReportOptions.MinConfidence"/>).</summary>
    public double MinConfidence { get; init; }

    public required int Themes { get; init; }

    /// <summary>True when the run assigned any themes.</summary>
    public required bool HasThemes { get; init; }

    /// <summary>The documents' periods, earliest first (labels as <c>documents.jsonl</c> writes them).</summary>
    public required IReadOnlyList<string> Periods { get; init; }

    /// <summary>"2012/13 to 2024-05-08", or empty when no document states a period.</summary>
    public required string PeriodRange { get; init; }
}

internal sealed record FilterView
{
    public required IReadOnlyList<string> Councils { get; init; }

    public required IReadOnlyList<string> Regions { get; init; }

    public required IReadOnlyList<string> Themes { get; init; }

    public required bool Any { get; init; }
}

internal sealed record DocumentView
{
    public required string File { get; init; }

    public required string? Title { get; init; }

    /// <summary><c>improvement_profile</c>, <c>committee_report</c>, ...</summary>
    public required string Kind { get; init; }

    public required string KindLabel { get; init; }

    public required string? Period { get; init; }

    public required string Format { get; init; }

    public required int? Pages { get; init; }

    public required IReadOnlyList<string> Councils { get; init; }

    public required string? DuplicateOf { get; init; }
}

/// <summary>A document no council is credited with, and why.</summary>
internal sealed record UncreditedView
{
    public required string File { get; init; }

    public required string? Title { get; init; }

    public required string KindLabel { get; init; }

    /// <summary><c>media</c>, <c>charity</c>, <c>government</c>, <c>health</c>, <c>other</c>, or <c>unknown</c> when nothing says.</summary>
    public required string Issuer { get; init; }

    /// <summary>Why no council is credited, in words: "written by a charity", "no author or council found".</summary>
    public required string Reason { get; init; }

    /// <summary>The councils it names (never credited).</summary>
    public required IReadOnlyList<string> Mentions { get; init; }
}

/// <summary>A council named in a list, with the anchor of its section of the digest.</summary>
internal sealed record CouncilRef(string Name, string Anchor, int Passages);

internal sealed record ThemeRef(string Id, string Name, string Anchor);

internal sealed record ThemeView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Anchor { get; init; }

    /// <summary>1 for the theme most councils raise.</summary>
    public required int Rank { get; init; }

    public required int CouncilCount { get; init; }

    /// <summary>The councils with at least one passage on the theme, most passages first.</summary>
    public required IReadOnlyList<CouncilRef> Councils { get; init; }

    public required int PassageCount { get; init; }

    public required IReadOnlyList<QuoteView> Quotes { get; init; }

    public required int MetricCount { get; init; }

    /// <summary>Up to <see cref="ReportOptions.ItemsPerTheme"/> of the metrics in the theme's passages.</summary>
    public required IReadOnlyList<MetricView> Metrics { get; init; }

    public required int PositiveCount { get; init; }

    public required int NegativeCount { get; init; }

    public required int NeutralCount { get; init; }

    public required IReadOnlyList<ClaimView> Positive { get; init; }

    public required IReadOnlyList<ClaimView> Negative { get; init; }

    /// <summary>Positive and negative claims paired row by row, for a side-by-side table.</summary>
    public required IReadOnlyList<ClaimPair> ClaimPairs { get; init; }
}

internal sealed record ClaimPair(ClaimView? Positive, ClaimView? Negative);

/// <summary>Where a quote, metric or claim stands, and the anchor of its passage in the appendix.</summary>
internal sealed record CiteView
{
    public required string Anchor { get; init; }

    public required string Council { get; init; }

    public required string Doc { get; init; }

    /// <summary><c>p. 3</c> (PDF) or <c>line 45</c> (text).</summary>
    public required string Location { get; init; }

    /// <summary><c>Bury, 001_x.txt, line 45</c>.</summary>
    public required string Text { get; init; }

    /// <summary><c>001_x.txt, line 45</c>, for places that already name the council.</summary>
    public required string ShortText { get; init; }
}

internal sealed record QuoteView
{
    /// <summary>The passage's text, cut at a word after <see cref="ReportOptions.QuoteLength"/> characters.</summary>
    public required string Text { get; init; }

    public required bool Truncated { get; init; }

    /// <summary>The passage's score for the theme, 0 to 1, as text (<c>0.82</c>).</summary>
    public required string ScoreText { get; init; }

    public required string Heading { get; init; }

    public required CiteView Cite { get; init; }
}

internal sealed record MetricView
{
    public required string Council { get; init; }

    public required string CouncilAnchor { get; init; }

    /// <summary>As written: <c>£673m</c>, <c>97.6%</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The normalised value, invariant culture.</summary>
    public required string ValueText { get; init; }

    public required decimal Value { get; init; }

    public required string Unit { get; init; }

    public required string Role { get; init; }

    public required string Scope { get; init; }

    public required string Measure { get; init; }

    public required string? Indicator { get; init; }

    public required string? Period { get; init; }

    public required string Sentence { get; init; }

    public required CiteView Cite { get; init; }
}

internal sealed record ClaimView
{
    public required string Council { get; init; }

    public required string CouncilAnchor { get; init; }

    public required string Type { get; init; }

    public required string Polarity { get; init; }

    public required int? Count { get; init; }

    public required int? Total { get; init; }

    /// <summary>Count / total as a percentage (<c>59%</c>), or empty.</summary>
    public required string ShareText { get; init; }

    /// <summary>Count / total, 0 to 1, or -1 when there is no total (for sorting).</summary>
    public required double Share { get; init; }

    public required string? Framework { get; init; }

    public required string? Comparator { get; init; }

    public required string? Period { get; init; }

    public required string? Indicator { get; init; }

    public required string Sentence { get; init; }

    public required CiteView Cite { get; init; }
}

internal sealed record ComparisonView
{
    public required string Anchor { get; init; }

    /// <summary><c>2C(ii)</c>, or null for a group by measure.</summary>
    public required string? Indicator { get; init; }

    public required string? Edition { get; init; }

    /// <summary>The catalogue's name of the indicator, or the measure phrase.</summary>
    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required string UnitLabel { get; init; }

    public required int CouncilCount { get; init; }

    public required IReadOnlyList<ComparisonRow> Rows { get; init; }

    public required ChartView Chart { get; init; }
}

internal sealed record ComparisonRow
{
    public required string Council { get; init; }

    public required string CouncilAnchor { get; init; }

    public required string Text { get; init; }

    public required string ValueText { get; init; }

    public required string? Period { get; init; }

    /// <summary>The comparators the same sentence quotes, e.g. <c>4.7 (North West)</c>; empty when none.</summary>
    public required string Comparator { get; init; }

    public required string Sentence { get; init; }

    public required CiteView Cite { get; init; }
}

/// <summary>A horizontal bar chart laid out for inline SVG: one bar per council (its latest figure).</summary>
internal sealed record ChartView
{
    public required string Id { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>x of the bars' origin (after the labels).</summary>
    public required int Left { get; init; }

    public required string Title { get; init; }

    /// <summary>The chart in words, for screen readers.</summary>
    public required string Description { get; init; }

    public required IReadOnlyList<ChartBar> Bars { get; init; }

    public required string MaxText { get; init; }

    public required int AxisY { get; init; }
}

internal sealed record ChartBar(string Label, string ValueText, int Y, int LabelY, string BarWidth, string ValueX);

internal sealed record MatrixView
{
    public required IReadOnlyList<ThemeRef> Themes { get; init; }

    public required IReadOnlyList<MatrixRow> Rows { get; init; }

    /// <summary>The strongest cell's share of a council's text, as text (<c>23%</c>).</summary>
    public required string MaxShareText { get; init; }
}

internal sealed record MatrixRow(CouncilRef Council, string Region, IReadOnlyList<MatrixCell> Cells);

/// <summary>
/// How strongly one council's text speaks to one theme: <see cref="Passages"/> of its passages carry the theme,
/// <see cref="Share"/> is their summed theme scores over all its passages, and <see cref="Level"/> buckets the share
/// against the strongest cell (0 none, 1 to 4).
/// </summary>
internal sealed record MatrixCell(string ThemeId, int Passages, double Share, string ShareText, int Level);

internal sealed record CouncilView
{
    public required string Name { get; init; }

    public required string Anchor { get; init; }

    public required string? GssCode { get; init; }

    public required string? Region { get; init; }

    public required bool Known { get; init; }

    public required IReadOnlyList<string> Documents { get; init; }

    public required int PassageCount { get; init; }

    /// <summary>The council's themes, most passages first.</summary>
    public required IReadOnlyList<CouncilTheme> Themes { get; init; }

    public required IReadOnlyList<MetricView> Metrics { get; init; }

    public required IReadOnlyList<ClaimView> Claims { get; init; }

    public required int PositiveCount { get; init; }

    public required int NegativeCount { get; init; }
}

internal sealed record CouncilTheme(string Id, string Name, string Anchor, int Passages, string ShareText);

internal sealed record PassageView
{
    public required string Anchor { get; init; }

    public required string Council { get; init; }

    public required string CouncilAnchor { get; init; }

    public required string Doc { get; init; }

    public required string Location { get; init; }

    public required string Heading { get; init; }

    public required string Kind { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<ThemeRef> Themes { get; init; }
}
