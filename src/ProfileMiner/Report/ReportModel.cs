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

    /// <summary>The summary page's tables: the measures most often reported, and the benchmark counts by comparator.</summary>
    public required SummaryView Highlights { get; init; }

    /// <summary>The documents read in scope, near-duplicate copies included (marked).</summary>
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

    /// <summary>Every <c>benchmark_count</c> claim, grouped by the sentence that makes it (one group, one or more claims).</summary>
    public required IReadOnlyList<BenchmarkGroup> Benchmarks { get; init; }

    /// <summary>Measures whose indicator or measure, unit and period agree across two or more councils.</summary>
    public required IReadOnlyList<ComparisonView> Comparisons { get; init; }

    public required FilterView Filters { get; init; }

    public required BudgetView Budget { get; init; }

    // The Markdown digest's themes: fewer quotes and claims, short enough to paste into an email or a wiki.
    private IReadOnlyList<ThemeView>? _markdownThemes;

    /// <summary>The model one format is rendered from: the Markdown digest shows fewer quotes and claims per theme.</summary>
    public ReportModel For(ReportFormat format) => format == ReportFormat.Markdown && _markdownThemes is { } themes ? this with { Themes = themes } : this;

    /// <summary>This model, with the themes the Markdown digest shows.</summary>
    public ReportModel WithMarkdownThemes(IReadOnlyList<ThemeView> themes) => this with { _markdownThemes = themes };
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

    /// <summary>Benchmark claims ("13 of 22 ASCOF indicators better than the national average") and the councils making them.</summary>
    public required int BenchmarkClaims { get; init; }

    public required int BenchmarkCouncils { get; init; }

    /// <summary>Metrics and claims of the documents read left out for a confidence below <see cref="MinConfidence"/> (the exports keep them).</summary>
    public int BelowConfidence { get; init; }

    /// <summary>Passages of the documents read that are about the council's other business (<c>topic: other</c>), left out (the exports keep them, marked).</summary>
    public int OtherTopicPassages { get; init; }

    /// <summary>The least confidence of a metric or claim the digest shows (<see cref="ReportOptions.MinConfidence"/>).</summary>
    public double MinConfidence { get; init; }

    public required int Themes { get; init; }

    /// <summary>True when the run assigned any themes.</summary>
    public required bool HasThemes { get; init; }

    /// <summary>The documents' periods, earliest first, each with how many documents and councils it covers.</summary>
    public required IReadOnlyList<PeriodLine> Periods { get; init; }

    /// <summary>"2012/13 to 2024-05-08", or empty when no document states a period.</summary>
    public required string PeriodRange { get; init; }
}

/// <summary>A period the documents state: its label (<c>not stated</c> for none), documents and councils.</summary>
internal sealed record PeriodLine(string Label, int Documents, int Councils);

/// <summary>The summary page's figures beyond the counts.</summary>
internal sealed record SummaryView
{
    /// <summary>The measures most councils report a figure for, most councils first (at most eight).</summary>
    public required IReadOnlyList<MeasureLine> Measures { get; init; }

    /// <summary>Measures reported by two or more councils in all.</summary>
    public required int MeasureCount { get; init; }

    /// <summary>Benchmark claims by what they compare with (England, the region, the previous year, ...), most claims first.</summary>
    public required IReadOnlyList<BenchmarkLine> Benchmarks { get; init; }
}

/// <summary>One measure of the summary: how many councils report a figure for it, and the period the figures cover.</summary>
internal sealed record MeasureLine
{
    /// <summary><c>ASCOF 2B</c>, or empty for a measure phrase.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string UnitLabel { get; init; }

    public required int Councils { get; init; }

    public required int Figures { get; init; }

    /// <summary>"2015/16 to 2016/17", one period, or <c>not stated</c>.</summary>
    public required string Period { get; init; }

    /// <summary>The anchor of its table among the comparable metrics, or null when the periods do not agree.</summary>
    public required string? Anchor { get; init; }
}

/// <summary>Benchmark claims that compare with one thing, in the summary.</summary>
internal sealed record BenchmarkLine
{
    /// <summary><c>England</c>, <c>North West</c>, <c>previous year</c>, ... or <c>not stated</c>.</summary>
    public required string Comparator { get; init; }

    public required int Claims { get; init; }

    public required int Councils { get; init; }

    /// <summary>The counts quoted: <c>4 to 18</c>, or one number.</summary>
    public required string Counts { get; init; }

    /// <summary>The shares where a total is given: <c>59% to 100%</c>, one share, or empty.</summary>
    public required string Shares { get; init; }
}

internal sealed record FilterView
{
    public required IReadOnlyList<string> Councils { get; init; }

    public required IReadOnlyList<string> Regions { get; init; }

    public required IReadOnlyList<string> Themes { get; init; }

    public required IReadOnlyList<string> Periods { get; init; }

    public required IReadOnlyList<string> Kinds { get; init; }

    public required bool Any { get; init; }
}

/// <summary>What the length budget allowed.</summary>
internal sealed record BudgetView
{
    /// <summary>The budget in A4 pages; 0 for none.</summary>
    public required int Pages { get; init; }

    /// <summary>Quotes each theme shows at most.</summary>
    public required int QuotesPerTheme { get; init; }

    /// <summary>Rows of claims each theme shows at most.</summary>
    public required int ClaimsPerTheme { get; init; }

    /// <summary>True when the budget cut quotes or claims below the most the options allow.</summary>
    public required bool Trimmed { get; init; }

    /// <summary>The printed length estimated for what is shown, in A4 pages.</summary>
    public required int EstimatedPages { get; init; }
}

internal sealed record DocumentView
{
    public required string File { get; init; }

    public required string? Title { get; init; }

    /// <summary>The title as citations show it: the document's title, its period added when the title does not name it.</summary>
    public required string DisplayTitle { get; init; }

    /// <summary><c>improvement_profile</c>, <c>committee_report</c>, ...</summary>
    public required string Kind { get; init; }

    public required string KindLabel { get; init; }

    public required string? Period { get; init; }

    public required string Format { get; init; }

    public required int? Pages { get; init; }

    public required IReadOnlyList<string> Councils { get; init; }

    public required string? DuplicateOf { get; init; }

    /// <summary>A link to the file, relative to the digest.</summary>
    public required string Href { get; init; }
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

    /// <summary>A link to the file, relative to the digest.</summary>
    public required string Href { get; init; }
}

/// <summary>A council named in a list, with the anchor of its row among the councils.</summary>
internal sealed record CouncilRef(string Name, string Anchor, int Passages);

/// <summary>A theme as a column or link: its number is its rank.</summary>
internal sealed record ThemeRef(string Id, string Name, string Anchor, int Number);

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

    /// <summary>The most representative passages, best first; no sentence twice.</summary>
    public required IReadOnlyList<QuoteView> Quotes { get; init; }

    /// <summary>Sentences of the theme's passages with a positive claim and no negative one.</summary>
    public required int PositiveCount { get; init; }

    /// <summary>Sentences with a negative claim and no positive one.</summary>
    public required int NegativeCount { get; init; }

    /// <summary>Sentences with both (better on one thing, worse on another).</summary>
    public required int MixedCount { get; init; }

    /// <summary>
    /// The claims shown: a positive and a negative sentence side by side, or one sentence that says both (in
    /// <see cref="ClaimRow.Mixed"/>); no sentence twice, none already quoted above.
    /// </summary>
    public required IReadOnlyList<ClaimRow> ClaimRows { get; init; }

    /// <summary>True when some rows hold both a positive and a negative sentence (the template then shows two columns).</summary>
    public required bool SideBySide { get; init; }

    /// <summary>Sentences shown in <see cref="ClaimRows"/>.</summary>
    public required int ClaimsShown { get; init; }

    /// <summary>Sentences making claims that a quote above already shows (so they are not shown again).</summary>
    public required int ClaimsQuoted { get; init; }
}

/// <summary>One row of a theme's claims: a positive and a negative sentence, either may be null, or one mixed sentence.</summary>
internal sealed record ClaimRow(StatementView? Positive, StatementView? Negative, StatementView? Mixed);

/// <summary>A sentence that makes one or more claims, with the words of each claim marked.</summary>
internal sealed record StatementView
{
    public required string Council { get; init; }

    public required string CouncilAnchor { get; init; }

    /// <summary>The sentence (a table row as "label: value; ..."), cut at a word when very long.</summary>
    public required string Text { get; init; }

    /// <summary>The sentence in pieces: the claims' words carry their polarity as <c>mark</c> (<c>positive</c>, <c>negative</c>, <c>neutral</c>), the rest none.</summary>
    public required IReadOnlyList<TextPart> Parts { get; init; }

    /// <summary><c>positive</c>, <c>negative</c> or <c>mixed</c>.</summary>
    public required string Polarity { get; init; }

    /// <summary>The kinds of claim it makes: <c>benchmark count, trend</c>.</summary>
    public required string Kinds { get; init; }

    public required CiteView Cite { get; init; }
}

/// <summary>A piece of a sentence; <see cref="Mark"/> is a claim's polarity, or empty.</summary>
internal sealed record TextPart(string Text, string Mark);

/// <summary>Where a quote, metric or claim stands, and a link to it.</summary>
internal sealed record CiteView
{
    /// <summary>The passage's key in the search index and <c>serve</c> (<c>file#block</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The link: the PDF page (<c>file.pdf#page=3</c>) when the text stands in a PDF read, else the file; relative to the digest.</summary>
    public required string Href { get; init; }

    public required string Council { get; init; }

    /// <summary>The file the passage was read from.</summary>
    public required string Doc { get; init; }

    /// <summary>The document's title as <see cref="DocumentView.DisplayTitle"/>.</summary>
    public required string Title { get; init; }

    /// <summary><c>p. 3</c> (of the PDF linked) or <c>line 45</c> (of a text file).</summary>
    public required string Location { get; init; }

    /// <summary><c>Bury, Council Improvement Profiles (2016/17), p. 3</c>.</summary>
    public required string Text { get; init; }

    /// <summary><c>Council Improvement Profiles (2016/17), p. 3</c>, for places that already name the council.</summary>
    public required string ShortText { get; init; }

    /// <summary>The file and place as read: <c>001_x.txt, line 45</c> (and the PDF page when that is a copy).</summary>
    public required string Source { get; init; }
}

internal sealed record QuoteView
{
    /// <summary>Whole sentences of the passage up to <see cref="ReportOptions.QuoteLength"/> characters, or the first cut at a word.</summary>
    public required string Text { get; init; }

    public required bool Truncated { get; init; }

    /// <summary>The passage's score for the theme, 0 to 1, as text (<c>0.82</c>).</summary>
    public required string ScoreText { get; init; }

    public required string Heading { get; init; }

    public required CiteView Cite { get; init; }
}

/// <summary>The sentences that make benchmark claims: the sentence once, then one row per claim.</summary>
internal sealed record BenchmarkGroup
{
    public required string Council { get; init; }

    public required string CouncilAnchor { get; init; }

    /// <summary>The sentence (a table row as "label: value; ...").</summary>
    public required string Sentence { get; init; }

    public required CiteView Cite { get; init; }

    public required IReadOnlyList<BenchmarkRow> Claims { get; init; }
}

/// <summary>One benchmark claim of a sentence.</summary>
internal sealed record BenchmarkRow
{
    /// <summary>The claim's own words in the sentence (<c>6 measures increased</c>).</summary>
    public required string Words { get; init; }

    public required int? Count { get; init; }

    public required int? Total { get; init; }

    /// <summary>Count / total as a percentage (<c>59%</c>), or empty.</summary>
    public required string ShareText { get; init; }

    public required string? Framework { get; init; }

    public required string? Comparator { get; init; }

    public required string Polarity { get; init; }

    public required string? Period { get; init; }
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

    /// <summary>The period every figure of the group is for.</summary>
    public required string Period { get; init; }

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

    /// <summary>True when the sentence names no period and the figure takes its document's.</summary>
    public required bool PeriodFromDocument { get; init; }

    /// <summary>The comparators the same sentence quotes, e.g. <c>4.7 (North West)</c>; empty when none.</summary>
    public required string Comparator { get; init; }

    public required string Sentence { get; init; }

    public required CiteView Cite { get; init; }
}

/// <summary>A horizontal bar chart laid out for inline SVG: one bar per council.</summary>
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

/// <summary>The council x theme matrix, one block of rows per period the documents cover.</summary>
internal sealed record MatrixView
{
    /// <summary>The columns, in rank order (numbered as the themes).</summary>
    public required IReadOnlyList<ThemeRef> Themes { get; init; }

    /// <summary>One block per period, earliest first; documents that state no period last.</summary>
    public required IReadOnlyList<MatrixGroup> Groups { get; init; }

    /// <summary>The shades: each says which numbers of passages it stands for.</summary>
    public required IReadOnlyList<LegendStep> Legend { get; init; }
}

/// <summary>The councils' rows for the documents of one period.</summary>
internal sealed record MatrixGroup(string Period, IReadOnlyList<string> Documents, IReadOnlyList<MatrixRow> Rows);

internal sealed record MatrixRow(CouncilRef Council, IReadOnlyList<MatrixCell> Cells);

/// <summary>The number of a council's passages on a theme in one period's documents, and its shade (0 none, 1 to 5: more passages, darker).</summary>
internal sealed record MatrixCell(string ThemeId, int Passages, int Level);

/// <summary>One shade of the matrix: <c>2–3</c> passages.</summary>
internal sealed record LegendStep(int Level, string Label);

internal sealed record CouncilView
{
    public required string Name { get; init; }

    public required string Anchor { get; init; }

    public required string? GssCode { get; init; }

    public required string? Region { get; init; }

    public required bool Known { get; init; }

    /// <summary>The council's documents: their display titles.</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    public required int PassageCount { get; init; }

    /// <summary>The council's themes, most passages first.</summary>
    public required IReadOnlyList<CouncilTheme> Themes { get; init; }

    public required int MetricCount { get; init; }

    public required int ClaimCount { get; init; }

    public required int BenchmarkCount { get; init; }

    public required int PositiveCount { get; init; }

    public required int NegativeCount { get; init; }
}

internal sealed record CouncilTheme(string Id, string Name, string Anchor, int Passages);
