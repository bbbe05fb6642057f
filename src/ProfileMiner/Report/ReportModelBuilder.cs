using System.Globalization;
using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Ascof;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Report;

/// <summary>
/// Builds the digest's <see cref="ReportModel"/> from what a run found. Text in a section or document marked as a
/// near-duplicate is left out before anything is counted, so every figure counts such text once; extractions
/// marked <see cref="Extraction.DuplicateOf"/> are left out the same way. The themes' quotes and claims are cut,
/// the most representative kept, to fit the length budget (<see cref="ReportOptions.PageBudget"/>).
/// </summary>
/// <param name="options">The settings.</param>
/// <param name="reportFolder">The folder the digest is written to, which links to the sources are relative to; null to link the paths as read.</param>
internal sealed class ReportModelBuilder(ReportOptions options, string? reportFolder = null)
{
    private const int ChartWidth = 720;
    private const int ChartLeft = 230;
    private const int ChartStep = 22;
    private const int ChartTop = 8;

    /// <summary>The most characters of a claim's sentence shown before it is cut at a word.</summary>
    private const int StatementLength = 360;

    private readonly ReportOptions _options = options;

    public ReportModel Build(CorpusContent content, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);

        // The lowest confidence band is left out of the digest, and the digest says how much was.
        var belowConfidence = content.Extractions.Count(e => e is MetricMention or Claim && e.DuplicateOf is null && e.Confidence < _options.MinConfidence);
        content = content.AtLeast(_options.MinConfidence);

        // Passages about the council's other business (topic: other) are left out, and counted.
        var otherTopic = content.Documents.Where(d => d.DuplicateOf is null).Sum(d => d.Topics.Count(t => t == Topic.Other));
        content = content.OnTopic();
        var documents = content.Documents;
        var scope = ReportScope.Select(_options, content, diagnostics);
        var cites = new ReportCitations(documents, reportFolder);

        // Passages of the selected councils' sections in the selected documents, in document and block order.
        var passages = new Dictionary<(int Doc, int Block), PassageInfo>();
        var ordered = new List<PassageInfo>();
        var docIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var councils = new Dictionary<string, CouncilAgg>(StringComparer.Ordinal);
        var sections = 0;
        for (var d = 0; d < documents.Length; d++)
        {
            var document = documents[d];
            docIndex.TryAdd(document.Source.File, d);
            if (document.DuplicateOf is not null || !scope.HasDocument(d))
            {
                continue;
            }

            sections += document.Sections.Count(s => s.Council is { } c && s.DuplicateOf is null && scope.HasCouncil(c));
            foreach (var passage in PassageEnumerator.Of(document))
            {
                if (passage.DuplicateOf is not null || passage.Topic == Topic.Other || passage.Council is not { } council || !scope.HasCouncil(council))
                {
                    continue;
                }

                if (!councils.TryGetValue(ReportScope.Key(council), out var agg))
                {
                    councils[ReportScope.Key(council)] = agg = new CouncilAgg(council);
                }

                agg.Documents.Add(d);
                var info = new PassageInfo(d, passage, agg);
                passages[(d, passage.BlockIndex)] = info;
                ordered.Add(info);
                agg.Items.Add(info);
                if (info.IsContent)
                {
                    agg.Passages++;
                }
            }
        }

        foreach (var extraction in content.Extractions)
        {
            if (extraction.DuplicateOf is not null || !docIndex.TryGetValue(extraction.Doc, out var d))
            {
                continue;
            }

            if (!passages.TryGetValue((d, extraction.BlockIndex), out var info))
            {
                continue;
            }

            switch (extraction)
            {
                case MetricMention metric:
                    info.Metrics.Add(metric);
                    break;
                case Claim claim:
                    info.Claims.Add(claim);
                    break;
                case ThemeAssignment themes:
                    AddThemes(info, themes, scope.Themes);
                    break;
            }
        }

        var anchors = new AnchorSet();
        var councilList = councils.Values.OrderBy(c => c.Council.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => ReportScope.Key(c.Council), StringComparer.Ordinal).ToList();
        foreach (var council in councilList)
        {
            council.Anchor = anchors.Make("c-", council.Council.Name);
        }

        foreach (var info in ordered.Where(p => p.IsContent))
        {
            foreach (var (theme, _) in info.Themes)
            {
                info.Council.Themes[theme] = info.Council.Themes.GetValueOrDefault(theme) + 1;
            }
        }

        var themeRanking = councilList.SelectMany(c => c.Themes.Keys).Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Councils: councilList.Count(c => c.Themes.ContainsKey(id)), Passages: councilList.Sum(c => c.Themes.GetValueOrDefault(id))))
            .OrderByDescending(t => t.Councils).ThenByDescending(t => t.Passages).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var themeRefs = themeRanking.Select((t, i) => new ThemeRef(t.Id, ThemeNames.Name(t.Id), anchors.Make("t-", t.Id), i + 1))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);

        var tables = new TableHeaders(documents);
        var matrix = BuildMatrix(ordered, documents, cites, [.. themeRanking.Select(t => themeRefs[t.Id])]);
        var benchmarks = BuildBenchmarks(ordered, documents, cites, tables);
        var (comparisons, measures) = BuildComparisons(ordered, documents, cites, anchors);

        // The themes' candidates once; the budget then decides how many of each a theme shows.
        var themeCandidates = themeRanking.Select(t => new ThemeCandidates(t.Id, t.Councils, t.Passages, this, ordered, cites)).ToList();
        var councilViews = councilList.Select(c => new CouncilView
        {
            Name = c.Council.Name,
            Anchor = c.Anchor!,
            GssCode = c.Council.GssCode,
            Region = c.Council.Region,
            Known = c.Council.Known,
            Documents = [.. c.Documents.Select(cites.Title).Distinct(StringComparer.Ordinal)],
            PassageCount = c.Passages,
            Themes = [.. c.Themes.OrderByDescending(t => t.Value).ThenBy(t => themeRefs[t.Key].Number).Take(3)
                .Select(t => new CouncilTheme(t.Key, themeRefs[t.Key].Name, themeRefs[t.Key].Anchor, t.Value))],
            MetricCount = c.Items.Sum(p => p.Metrics.Count),
            ClaimCount = c.Items.Sum(p => p.Claims.Count),
            BenchmarkCount = c.Items.Sum(p => p.Claims.Count(x => x.Type == "benchmark_count")),
            PositiveCount = c.Items.Sum(p => p.Claims.Count(x => x.Polarity == "positive")),
            NegativeCount = c.Items.Sum(p => p.Claims.Count(x => x.Polarity == "negative")),
        }).ToList();

        var shownDocuments = Enumerable.Range(0, documents.Length)
            .Where(d => scope.HasDocument(d) && documents[d].Sections.Any(s => s.Council is { } c && scope.HasCouncil(c))).ToList();
        var periodLines = shownDocuments.Where(d => documents[d].DuplicateOf is null)
            .GroupBy(d => documents[d].Period?.Label ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => documents[g.First()].Period?.Start)
            .Select(g => new PeriodLine(g.Key.Length == 0 ? "not stated" : g.Key, g.Count(),
                ordered.Where(p => g.Contains(p.Doc)).Select(p => p.Council).Distinct().Count()))
            .ToList();
        var periods = periodLines.Where(p => p.Label != "not stated").Select(p => p.Label).ToList();
        var benchmarkClaims = benchmarks.Sum(b => b.Claims.Count);

        var summary = new ReportSummary
        {
            DocumentsRead = shownDocuments.Count,
            Documents = shownDocuments.Count(d => documents[d].DuplicateOf is null),
            DuplicateDocuments = shownDocuments.Count(d => documents[d].DuplicateOf is not null),
            Councils = councilList.Count,
            Sections = sections,
            Passages = ordered.Count(p => p.IsContent),
            ThemedPassages = ordered.Count(p => p.IsContent && p.Themes.Count > 0),
            Metrics = ordered.Sum(p => p.Metrics.Count),
            Claims = ordered.Sum(p => p.Claims.Count),
            BenchmarkClaims = benchmarkClaims,
            BenchmarkCouncils = benchmarks.Select(b => b.Council).Distinct(StringComparer.Ordinal).Count(),
            BelowConfidence = belowConfidence,
            MinConfidence = _options.MinConfidence,
            OtherTopicPassages = otherTopic,
            Themes = themeRanking.Count,
            HasThemes = content.Extractions.Any(e => e is ThemeAssignment),
            Periods = periodLines,
            PeriodRange = periods.Count switch { 0 => string.Empty, 1 => periods[0], _ => $"{periods[0]} to {periods[^1]}" },
        };
        var highlights = new SummaryView
        {
            Measures = [.. measures.Take(8)],
            MeasureCount = measures.Count,
            Benchmarks = BenchmarkLines(benchmarks),
        };
        var documentViews = shownDocuments.Select(d => new DocumentView
        {
            File = documents[d].Source.File,
            Title = documents[d].Title,
            DisplayTitle = cites.Title(d),
            Kind = DocumentKinds.Name(documents[d].Kind),
            KindLabel = DocumentKinds.Label(documents[d].Kind),
            Period = documents[d].Period?.Label,
            Format = documents[d].Source.Format.ToString().ToLowerInvariant(),
            Pages = documents[d].Source.Pages,
            Councils = [.. documents[d].Councils.Where(scope.HasCouncil).Select(c => c.Name)],
            DuplicateOf = documents[d].DuplicateOf,
            Href = cites.Href(d),
        }).ToList();
        // Documents with no council are out of the figures whatever the scope; a digest of some councils does not list them.
        var uncredited = Enumerable.Range(0, documents.Length)
            .Where(d => _options.Councils.IsEmpty && _options.Regions.IsEmpty && scope.HasDocument(d) && documents[d].DuplicateOf is null && !documents[d].Councils.Any())
            .Select(d => new UncreditedView
            {
                File = documents[d].Source.File,
                Title = documents[d].Title,
                KindLabel = DocumentKinds.Label(documents[d].Kind),
                Issuer = Issuer.KindName(documents[d].Issuer.Kind),
                Reason = documents[d].Issuer.IsUnknown ? "no author or council found" : $"written by a body that is not a council ({Issuer.KindName(documents[d].Issuer.Kind)})",
                Mentions = [.. documents[d].Issuer.Mentions.Select(c => c.Name)],
                Href = cites.Href(d),
            }).ToList();

        // The richest quotes and claims per theme whose estimated print fits the budget.
        var fixedPages = LayoutEstimate.FixedPages(matrix, benchmarks, comparisons, councilViews, documentViews, uncredited);
        var levels = Levels(_options.QuotesPerTheme, _options.ClaimsPerTheme);
        var chosen = levels[^1];
        List<ThemeView>? themeViews = null;
        foreach (var level in levels)
        {
            var views = themeCandidates.Select(t => t.View(themeRefs[t.Id], councilList, level.Quotes, level.Claims)).ToList();
            if (_options.PageBudget <= 0 || fixedPages + LayoutEstimate.ThemePages(views) <= _options.PageBudget)
            {
                themeViews = views;
                chosen = level;
                break;
            }
        }

        themeViews ??= [.. themeCandidates.Select(t => t.View(themeRefs[t.Id], councilList, chosen.Quotes, chosen.Claims))];
        var estimate = (int)Math.Ceiling(fixedPages + LayoutEstimate.ThemePages(themeViews));
        var (mdQuotes, mdClaims) = (Math.Min(chosen.Quotes, Math.Max(1, _options.MarkdownQuotesPerTheme)), Math.Min(chosen.Claims, Math.Max(0, _options.MarkdownClaimsPerTheme)));
        var markdownThemes = (mdQuotes, mdClaims) == chosen ? themeViews
            : [.. themeCandidates.Select(t => t.View(themeRefs[t.Id], councilList, mdQuotes, mdClaims))];

        return new ReportModel
        {
            Title = _options.Title,
            Summary = summary,
            Highlights = highlights,
            Documents = documentViews,
            Uncredited = uncredited,
            Themes = themeViews,
            Matrix = matrix,
            Councils = councilViews,
            Benchmarks = benchmarks,
            Comparisons = comparisons,
            Filters = new FilterView
            {
                Councils = _options.Councils,
                Regions = _options.Regions,
                Themes = _options.Themes,
                Periods = _options.Periods,
                Kinds = _options.Kinds,
                Any = _options.Councils.Length + _options.Regions.Length + _options.Themes.Length + _options.Periods.Length + _options.Kinds.Length > 0,
            },
            Budget = new BudgetView
            {
                Pages = Math.Max(0, _options.PageBudget),
                QuotesPerTheme = chosen.Quotes,
                ClaimsPerTheme = chosen.Claims,
                Trimmed = chosen != levels[0],
                EstimatedPages = estimate,
            },
        }.WithMarkdownThemes(markdownThemes);
    }

    /// <summary>(quotes, claim rows) per theme, richest first, down to one quote and no claims.</summary>
    private static List<(int Quotes, int Claims)> Levels(int quotes, int claims)
    {
        var levels = new List<(int, int)>();
        var (q, c) = (Math.Max(1, quotes), Math.Max(0, claims));
        levels.Add((q, c));
        while (q > 1 || c > 0)
        {
            // Claims go first, then a quote, keeping claims within one of quotes.
            if (c >= q && c > 0)
            {
                c--;
            }
            else
            {
                q--;
            }

            levels.Add((Math.Max(1, q), c));
        }

        return [.. levels.Distinct()];
    }

    private static void AddThemes(PassageInfo info, ThemeAssignment assignment, HashSet<string>? filter)
    {
        for (var i = 0; i < assignment.Themes.Length; i++)
        {
            var theme = assignment.Themes[i];
            if (string.IsNullOrWhiteSpace(theme) || (filter is not null && !filter.Contains(theme)))
            {
                continue;
            }

            var score = i < assignment.Scores.Length ? assignment.Scores[i] : assignment.Confidence;
            score = double.IsFinite(score) ? Math.Clamp(score, 0, 1) : 0;

            // Two extractors may theme the same passage: keep each theme once, at its best score.
            var at = info.Themes.FindIndex(t => t.Theme == theme);
            if (at < 0)
            {
                info.Themes.Add((theme, score));
            }
            else if (info.Themes[at].Score < score)
            {
                info.Themes[at] = (theme, score);
            }
        }
    }

    /// <summary>
    /// Council x theme, one block of rows per period the documents cover (a 2012/13 self-assessment is not set beside
    /// 2016/17 profiles without a word); a cell is the number of the council's passages on the theme in that period's
    /// documents, shaded by that number in fixed steps the legend names.
    /// </summary>
    private static MatrixView BuildMatrix(List<PassageInfo> ordered, IReadOnlyList<SegmentedDocument> documents, ReportCitations cites, List<ThemeRef> themes)
    {
        var groups = ordered.Where(p => p.IsContent)
            .GroupBy(p => documents[p.Doc].Period?.Label ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Min(p => documents[p.Doc].Period?.Start))
            .Select(g =>
            {
                var rows = g.GroupBy(p => p.Council)
                    .OrderBy(c => c.Key.Council.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(c =>
                    {
                        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                        foreach (var (theme, _) in c.SelectMany(p => p.Themes))
                        {
                            counts[theme] = counts.GetValueOrDefault(theme) + 1;
                        }

                        return new MatrixRow(c.Key.Ref(c.Count()), [.. themes.Select(t => new MatrixCell(t.Id, counts.GetValueOrDefault(t.Id), Level(counts.GetValueOrDefault(t.Id))))]);
                    })
                    .Where(r => r.Cells.Any(c => c.Passages > 0))
                    .ToList();
                var titles = g.Select(p => p.Doc).Distinct().Select(cites.Title).Distinct(StringComparer.Ordinal).ToList();
                return new MatrixGroup(g.Key.Length == 0 ? "Period not stated" : g.Key, titles, rows);
            })
            .Where(g => g.Rows.Count > 0)
            .ToList();
        var top = groups.SelectMany(g => g.Rows).SelectMany(r => r.Cells).Select(c => c.Level).DefaultIfEmpty(0).Max();
        string[] labels = ["", "1", "2–3", "4–7", "8–15", "16 or more"];
        return new MatrixView
        {
            Themes = themes,
            Groups = themes.Count == 0 ? [] : groups,
            Legend = [.. Enumerable.Range(1, top).Select(l => new LegendStep(l, labels[l]))],
        };
    }

    /// <summary>The shade of a matrix cell: 0 for none, then 1, 2–3, 4–7, 8–15, 16 or more passages.</summary>
    internal static int Level(int passages) => passages switch
    {
        <= 0 => 0,
        1 => 1,
        <= 3 => 2,
        <= 7 => 3,
        <= 15 => 4,
        _ => 5,
    };

    /// <summary>
    /// Every <c>benchmark_count</c> claim, grouped by the sentence that makes it: the sentence once, each claim one row
    /// with its own words, the same claim found twice (by two extractors) once.
    /// </summary>
    private static List<BenchmarkGroup> BuildBenchmarks(List<PassageInfo> ordered, IReadOnlyList<SegmentedDocument> documents, ReportCitations cites, TableHeaders tables)
    {
        var groups = new List<BenchmarkGroup>();
        foreach (var council in ordered.GroupBy(p => p.Council).OrderBy(g => g.Key.Council.Name, StringComparer.OrdinalIgnoreCase))
        {
            // The same sentence standing in two places of a council's documents is one sentence.
            var sentences = council
                .SelectMany(p => Distinct(p.Claims.Where(c => c.Type == "benchmark_count"))
                    .Select(c => (Passage: p, Claim: c, Text: p.Passage.Block.Kind == BlockKind.TableRow ? tables.RowText(p.Doc, p.Passage.Block) : (SentenceOf(p, c)?.Text ?? c.Sentence).Trim())))
                .GroupBy(x => Fold(x.Text), StringComparer.Ordinal);
            foreach (var sentence in sentences)
            {
                var (passage, first, text) = sentence.First();
                var rows = sentence
                    .Select(x => new BenchmarkRow
                    {
                        Words = Words(documents[x.Passage.Doc], x.Claim),
                        Count = x.Claim.Count,
                        Total = x.Claim.Total,
                        ShareText = x.Claim is { Count: { } n, Total: { } t } && t > 0 ? Percent((double)n / t) : string.Empty,
                        Framework = x.Claim.Framework,
                        Comparator = x.Claim.Comparator,
                        Polarity = x.Claim.Polarity,
                        Period = x.Claim.Period,
                    })
                    .DistinctBy(r => (r.Count, r.Total, r.Framework, r.Comparator, r.Polarity, r.Period))
                    .ToList();
                groups.Add(new BenchmarkGroup
                {
                    Council = council.Key.Council.Name,
                    CouncilAnchor = council.Key.Anchor!,
                    Sentence = text,
                    Cite = cites.For(passage.Doc, passage.Passage.BlockIndex, passage.Passage.SectionId, council.Key.Council.Name, first.Source, first.Sentence),
                    Claims = rows,
                });
            }
        }

        return groups;
    }

    /// <summary>
    /// The claims, each once, in text order. Two are one claim when they are of one type, count, total and comparator
    /// and either share words (two extractors reading the same words, perhaps with different polarities) or agree in
    /// polarity and period too; the surer is kept. "12 measures better than the North West and England averages" stays
    /// two claims.
    /// </summary>
    private static List<Claim> Distinct(IEnumerable<Claim> claims)
    {
        var kept = new List<Claim>();
        foreach (var claim in claims.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Confidence).ThenBy(x => x.i).Select(x => x.c))
        {
            bool Same(Claim k) =>
                k.Type == claim.Type && k.Count == claim.Count && k.Total == claim.Total && k.Comparator == claim.Comparator && k.Sentence == claim.Sentence
                && ((k.Source.Start < claim.Source.End && claim.Source.Start < k.Source.End) || (k.Polarity == claim.Polarity && k.Period == claim.Period));
            if (!kept.Any(Same))
            {
                kept.Add(claim);
            }
        }

        return [.. kept.OrderBy(c => c.Source.Start)];
    }

    /// <summary>The summary's benchmark counts: claims by what they compare with, most claims first.</summary>
    private static List<BenchmarkLine> BenchmarkLines(List<BenchmarkGroup> benchmarks) =>
        [.. benchmarks.SelectMany(g => g.Claims.Select(c => (g.Council, Claim: c)))
            .GroupBy(x => string.IsNullOrWhiteSpace(x.Claim.Comparator) ? "not stated" : x.Claim.Comparator!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key == "not stated").ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var counts = g.Select(x => x.Claim.Count).OfType<int>().ToList();
                var shares = g.Where(x => x.Claim is { Count: not null, Total: > 0 }).Select(x => (double)x.Claim.Count!.Value / x.Claim.Total!.Value).ToList();
                return new BenchmarkLine
                {
                    Comparator = g.Key,
                    Claims = g.Count(),
                    Councils = g.Select(x => x.Council).Distinct(StringComparer.Ordinal).Count(),
                    Counts = Range(counts.Select(c => (double)c).ToList(), v => v.ToString(CultureInfo.InvariantCulture)),
                    Shares = Range(shares, Percent),
                };
            })];

    private static string Range(List<double> values, Func<double, string> format)
    {
        if (values.Count == 0)
        {
            return string.Empty;
        }

        var (low, high) = (format(values.Min()), format(values.Max()));
        return low == high ? low : $"{low} to {high}";
    }

    /// <summary>The claim's own words in its sentence, without a leading comma or "and".</summary>
    private static string Words(SegmentedDocument document, Claim claim)
    {
        var text = document.Source.Text;
        if (claim.Source.Start < 0 || claim.Source.End > text.Length || claim.Source.End <= claim.Source.Start)
        {
            return string.Empty;
        }

        var words = text[claim.Source.Start..claim.Source.End].Trim().TrimStart(',', ';', ' ');
        return words.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
    }

    /// <summary>The sentence of the passage that holds the claim's words, or null.</summary>
    private static Sentence? SentenceOf(PassageInfo passage, Extraction claim)
    {
        var sentences = passage.Passage.Block.Sentences;
        foreach (var s in sentences)
        {
            if (claim.Source.Start >= s.Start && claim.Source.Start < s.End)
            {
                return s;
            }
        }

        return sentences.FirstOrDefault(s => s.Text == claim.Sentence);
    }

    /// <summary>
    /// Councils' own figures (role <c>value</c>, scope <c>council</c>) whose ASCOF indicator (or, failing one, measure
    /// phrase), unit and period agree across two or more councils; and the measures most councils report, with the
    /// periods they cover. A figure's period is its sentence's, else its document's. Counts of things ("4 geographic
    /// areas", the "1" of "ASCOF 2B(1)") are never compared: councils differ in size, and they are often no measure.
    /// </summary>
    private static (List<ComparisonView> Comparisons, List<MeasureLine> Measures) BuildComparisons(
        List<PassageInfo> ordered, IReadOnlyList<SegmentedDocument> documents, ReportCitations cites, AnchorSet anchors)
    {
        var figures = ordered.SelectMany(p => p.Metrics.Where(m => m.Role == MetricRoles.Value && m.Scope == "council" && IsComparable(m))
            .Select(m => new Figure(p, m, m.Period ?? documents[p.Doc].Period?.Label, m.Period is null)))
            .Where(f => !string.IsNullOrEmpty(f.Period))
            .ToList();
        var comparators = ordered.SelectMany(p => p.Metrics.Where(m => m.Role == MetricRoles.Comparator).Select(m => (p, m)))
            .ToLookup(x => (x.p.Doc, x.m.Sentence));

        static string MeasureKey(Figure f) => f.Metric.Indicator is { } i ? "ascof:" + i : "measure:" + f.Metric.Measure.Trim().ToLowerInvariant();

        var views = new List<ComparisonView>();
        foreach (var group in figures.GroupBy(f => (Measure: MeasureKey(f), f.Metric.Unit, f.Period)))
        {
            // One figure per council: the same figure quoted twice is one.
            var items = group.GroupBy(f => f.Passage.Council).Select(g => g.First()).ToList();
            if (items.Count < 2)
            {
                continue;
            }

            var first = items[0].Metric;
            var indicator = first.Indicator;
            var name = indicator is null ? first.Measure.Trim() : IndicatorName(indicator, first.IndicatorEdition, items);
            var rows = items
                .OrderBy(x => x.Passage.Council.Council.Name, StringComparer.OrdinalIgnoreCase)
                .Select(x => new ComparisonRow
                {
                    Council = x.Passage.Council.Council.Name,
                    CouncilAnchor = x.Passage.Council.Anchor!,
                    Text = x.Metric.Text,
                    ValueText = x.Metric.Value.ToString(CultureInfo.InvariantCulture),
                    PeriodFromDocument = x.FromDocument,
                    Comparator = string.Join("; ", comparators[(x.Passage.Doc, x.Metric.Sentence)].Where(c => c.p.Council == x.Passage.Council)
                        .Select(c => $"{c.m.Text} ({c.m.Scope})").Distinct(StringComparer.Ordinal)),
                    Sentence = x.Metric.Sentence,
                    Cite = cites.For(x.Passage.Doc, x.Passage.Passage.BlockIndex, x.Passage.Passage.SectionId, x.Passage.Council.Council.Name, x.Metric.Source, x.Metric.Sentence),
                }).ToList();
            var anchor = anchors.Make("m-", (indicator ?? name) + "-" + first.Unit + "-" + group.Key.Period);
            var title = indicator is null ? $"{name} ({UnitLabel(first.Unit)}), {group.Key.Period}" : $"ASCOF {indicator}: {name} ({UnitLabel(first.Unit)}), {group.Key.Period}";
            views.Add(new ComparisonView
            {
                Anchor = anchor,
                Indicator = indicator,
                Edition = first.IndicatorEdition,
                Name = name,
                Unit = first.Unit,
                UnitLabel = UnitLabel(first.Unit),
                Period = group.Key.Period!,
                CouncilCount = items.Count,
                Rows = rows,
                Chart = Chart(anchor + "-chart", title, items),
            });
        }

        views = [.. views.OrderByDescending(v => v.CouncilCount).ThenBy(v => v.Indicator is null).ThenBy(v => v.Indicator ?? v.Name, StringComparer.Ordinal).ThenBy(v => v.Period, StringComparer.Ordinal)];

        var measures = figures.GroupBy(f => (Measure: MeasureKey(f), f.Metric.Unit))
            .Select(g =>
            {
                var first = g.First().Metric;
                var periods = g.Select(f => f.Period!).Distinct(StringComparer.Ordinal)
                    .OrderBy(p => ReportScope.TryParsePeriod(p, out var start, out _) ? start : DateOnly.MaxValue).ThenBy(p => p, StringComparer.Ordinal).ToList();
                var comparison = views.FirstOrDefault(v => v.Unit == first.Unit && (first.Indicator is { } i ? v.Indicator == i : v.Indicator is null && string.Equals(v.Name, first.Measure.Trim(), StringComparison.OrdinalIgnoreCase)));
                return new MeasureLine
                {
                    Code = first.Indicator is { } code ? "ASCOF " + code : string.Empty,
                    Name = first.Indicator is { } indicator ? IndicatorName(indicator, first.IndicatorEdition, g) : first.Measure.Trim(),
                    UnitLabel = UnitLabel(first.Unit),
                    Councils = g.Select(f => f.Passage.Council).Distinct().Count(),
                    Figures = g.Count(),
                    Period = periods.Count == 1 ? periods[0] : $"{periods[0]} to {periods[^1]}",
                    Anchor = comparison?.Anchor,
                };
            })
            .Where(m => m.Councils >= 2)
            .OrderByDescending(m => m.Councils).ThenByDescending(m => m.Figures).ThenBy(m => m.Code.Length == 0).ThenBy(m => m.Code + m.Name, StringComparer.Ordinal)
            .ToList();
        return (views, measures);
    }

    /// <summary>A figure councils can be compared by: a rate, share, amount or score of a named measure, not a count of things.</summary>
    private static bool IsComparable(MetricMention metric)
    {
        if (metric.Unit == MetricUnits.Count)
        {
            return false;
        }

        return metric.Indicator is not null || IsComparableMeasure(metric.Measure);
    }

    private static string IndicatorName(string indicator, string? edition, IEnumerable<Figure> items)
    {
        if (AscofCode.TryParse(indicator, out var code) && AscofCatalogue.Default.TryResolve(code, edition, out var entry))
        {
            return entry.PartLabel is { Length: > 0 } part ? $"{entry.Name} ({part})" : entry.Name;
        }

        return items.Select(x => x.Metric.Measure).FirstOrDefault(m => m.Length > 0 && m != "unspecified") ?? indicator;
    }

    /// <summary>
    /// A measure phrase specific enough to compare councils by: two or more words, letters only, and not a count of
    /// measures or indicators (those are benchmark claims, shown in their own table).
    /// </summary>
    private static bool IsComparableMeasure(string measure)
    {
        var words = measure.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2
            && measure.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'')
            && !words.Any(w => w.StartsWith("measure", StringComparison.OrdinalIgnoreCase) || w.StartsWith("indicator", StringComparison.OrdinalIgnoreCase));
    }

    private static ChartView Chart(string id, string title, List<Figure> items)
    {
        var bars = items.OrderByDescending(x => x.Metric.Value).ThenBy(x => x.Passage.Council.Council.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var max = bars.Max(x => Math.Abs((double)x.Metric.Value));
        var scale = max > 0 ? (ChartWidth - ChartLeft - 70) / max : 0;
        var laid = bars.Select((x, i) =>
        {
            var width = Math.Max(1, Math.Abs((double)x.Metric.Value) * scale);
            return new ChartBar(x.Passage.Council.Council.Name, x.Metric.Text, ChartTop + (i * ChartStep), ChartTop + (i * ChartStep) + 12, Number(width), Number(ChartLeft + width + 6));
        }).ToList();
        var height = ChartTop + (laid.Count * ChartStep) + 24;
        var description = string.Join("; ", bars.Select(x => $"{x.Passage.Council.Council.Name} {x.Metric.Text}"));
        return new ChartView
        {
            Id = id,
            Width = ChartWidth,
            Height = height,
            Left = ChartLeft,
            Title = title,
            Description = $"Bar chart of {laid.Count} councils' figures: {description}.",
            Bars = laid,
            MaxText = max.ToString("0.##", CultureInfo.InvariantCulture),
            AxisY = height - 18,
        };
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => share <= 0 ? "0%" : share < 0.005 ? "<1%" : share.ToString("0%", CultureInfo.InvariantCulture);

    private static string UnitLabel(string unit) => unit switch
    {
        MetricUnits.Percent => "%",
        MetricUnits.PercentagePoints => "percentage points",
        MetricUnits.Gbp => "£",
        MetricUnits.Per100k => "per 100,000",
        _ => unit.Replace('_', ' '),
    };

    /// <summary>The headings above a passage, without the council heading (the citation names the council).</summary>
    private static string HeadingOf(Passage passage) =>
        string.Join(" › ", passage.HeadingPath.Where(h => !CouncilSectionSegmenter.TryParseCouncilHeading(h, out _)));

    /// <summary>Lower-case letters and digits, one space between words: the key "the same sentence" is judged by.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary><paramref name="text"/> cut at a word before <paramref name="length"/> characters, with an ellipsis; as it is when short enough.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private sealed record Figure(PassageInfo Passage, MetricMention Metric, string? Period, bool FromDocument);

    /// <summary>
    /// One theme's material, ranked once: its quotable passages and the sentences of its passages that make claims.
    /// <see cref="View"/> then takes the best few of each, no sentence twice.
    /// </summary>
    private sealed class ThemeCandidates
    {
        private static readonly Dictionary<string, int> s_typeWeight = new(StringComparer.Ordinal)
        {
            ["benchmark_count"] = 3, ["comparison"] = 3, ["rank"] = 2, ["rating"] = 2, ["trend"] = 1, ["target"] = 1,
        };

        private readonly ReportModelBuilder _builder;
        private readonly ReportCitations _cites;
        private readonly List<(PassageInfo Passage, double Score)> _quotes;
        private readonly List<Statement> _positive;
        private readonly List<Statement> _negative;
        private readonly List<Statement> _mixed;

        public ThemeCandidates(string id, int councils, int passages, ReportModelBuilder builder, List<PassageInfo> ordered, ReportCitations cites)
        {
            Id = id;
            CouncilCount = councils;
            PassageCount = passages;
            _builder = builder;
            _cites = cites;
            var withTheme = ordered.Where(p => p.IsContent && p.Themes.Any(t => t.Theme == id)).ToList();
            double ScoreOf(PassageInfo p) => p.Themes.First(t => t.Theme == id).Score;

            // A quote says something in words: a paragraph or list item of a sentence or more, not a table row or a label.
            var quotable = withTheme
                .Where(p => p.Passage.Block.Kind is BlockKind.Paragraph or BlockKind.ListItem && p.Passage.Block.Text.Length >= 60
                    && p.Passage.Block.Text.Count(c => c == ' ') >= 7)
                .OrderByDescending(ScoreOf)
                .ThenByDescending(p => Math.Min(p.Passage.Block.Text.Length, 240))
                .ThenBy(p => p.Doc).ThenBy(p => p.Passage.BlockIndex)
                .Select(p => (p, ScoreOf(p)));
            _quotes = Diverse(quotable, x => x.p.Council.Anchor!);

            // Sentences that make claims, by polarity; a table row is figures, not a statement, and neutral sentences say neither.
            var statements = withTheme.Where(p => p.Passage.Block.Kind != BlockKind.TableRow)
                .SelectMany(p => Distinct(p.Claims).GroupBy(c => SentenceOf(p, c)?.Start ?? -1).Select(g => new Statement(p, g.Key >= 0 ? SentenceOf(p, g.First()) : null, [.. g], ScoreOf(p))))
                .Where(s => s.Polarity != "neutral")
                .GroupBy(s => Fold(s.Text)).Select(g => g.First())
                .OrderByDescending(s => s.Claims.Max(c => s_typeWeight.GetValueOrDefault(c.Type)))
                .ThenByDescending(s => s.Score)
                .ThenBy(s => s.Text.Length > 240)
                .ThenBy(s => s.Passage.Doc).ThenBy(s => s.Passage.Passage.BlockIndex)
                .ToList();
            _positive = Diverse(statements.Where(s => s.Polarity == "positive"), s => s.Passage.Council.Anchor!);
            _negative = Diverse(statements.Where(s => s.Polarity == "negative"), s => s.Passage.Council.Anchor!);
            _mixed = Diverse(statements.Where(s => s.Polarity == "mixed"), s => s.Passage.Council.Anchor!);
        }

        public string Id { get; }

        public int CouncilCount { get; }

        public int PassageCount { get; }

        public ThemeView View(ThemeRef theme, List<CouncilAgg> councils, int quoteCount, int claimRows)
        {
            var shown = new HashSet<string>(StringComparer.Ordinal);
            var quotes = new List<QuoteView>();
            foreach (var (passage, score) in _quotes)
            {
                if (quotes.Count >= quoteCount)
                {
                    break;
                }

                var (text, truncated, sentences) = _builder.QuoteText(passage.Passage.Block);
                if (sentences.Any(shown.Contains) || shown.Contains(Fold(text)))
                {
                    continue;
                }

                shown.UnionWith(sentences);
                quotes.Add(new QuoteView
                {
                    Text = text,
                    Truncated = truncated,
                    ScoreText = score.ToString("0.00", CultureInfo.InvariantCulture),
                    Heading = HeadingOf(passage.Passage),
                    Cite = _cites.For(passage.Doc, passage.Passage.BlockIndex, passage.Passage.SectionId, passage.Council.Council.Name, passage.Passage.Block.Source, FirstSentence(passage.Passage.Block)),
                });
            }

            var quoted = _positive.Concat(_negative).Concat(_mixed).Count(st => shown.Contains(Fold(st.Text)));
            List<StatementView> Take(List<Statement> from, int count)
            {
                var taken = new List<StatementView>();
                foreach (var statement in from)
                {
                    if (taken.Count >= count)
                    {
                        break;
                    }

                    if (shown.Add(Fold(statement.Text)))
                    {
                        taken.Add(statement.View(_cites));
                    }
                }

                return taken;
            }

            var mixedRows = _mixed.Count == 0 || claimRows == 0 ? 0 : Math.Max(1, claimRows / 3);
            var mixed = Take(_mixed, mixedRows);
            var pairs = claimRows - mixed.Count;
            var positive = Take(_positive, pairs);
            var negative = Take(_negative, pairs);
            var rows = new List<ClaimRow>();
            for (var i = 0; i < Math.Max(positive.Count, negative.Count); i++)
            {
                rows.Add(new ClaimRow(i < positive.Count ? positive[i] : null, i < negative.Count ? negative[i] : null, null));
            }

            rows.AddRange(mixed.Select(m => new ClaimRow(null, null, m)));
            return new ThemeView
            {
                Id = Id,
                Name = theme.Name,
                Anchor = theme.Anchor,
                Rank = theme.Number,
                CouncilCount = CouncilCount,
                Councils = [.. councils.Where(c => c.Themes.ContainsKey(Id))
                    .OrderByDescending(c => c.Themes[Id]).ThenBy(c => c.Council.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(c => c.Ref(c.Themes[Id]))],
                PassageCount = PassageCount,
                Quotes = quotes,
                PositiveCount = _positive.Count,
                NegativeCount = _negative.Count,
                MixedCount = _mixed.Count,
                ClaimRows = rows,
                SideBySide = positive.Count > 0 && negative.Count > 0,
                ClaimsShown = positive.Count + negative.Count + mixed.Count,
                ClaimsQuoted = quoted,
            };
        }
    }

    /// <summary>
    /// A quote: whole sentences of the block up to <see cref="ReportOptions.QuoteLength"/> characters, or the first cut
    /// at a word; with the folded sentences it shows in full or in part.
    /// </summary>
    private (string Text, bool Truncated, List<string> Sentences) QuoteText(TextBlock block)
    {
        var limit = _options.QuoteLength;
        var sentences = block.Sentences.IsDefaultOrEmpty ? [new Sentence(block.Text, block.Source.Start, block.Source.End)] : block.Sentences.ToList();
        var text = new StringBuilder();
        var shown = new List<string>();
        foreach (var sentence in sentences)
        {
            var piece = sentence.Text.Trim();
            if (text.Length > 0 && text.Length + 1 + piece.Length > limit)
            {
                break;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(piece);
            shown.Add(Fold(piece));
        }

        var result = text.ToString();
        var truncated = result.Length > limit || shown.Count < sentences.Count;
        return (result.Length > limit ? Cut(result, limit) : shown.Count < sentences.Count ? result + " …" : result, truncated, shown);
    }

    private static string FirstSentence(TextBlock block) => block.Sentences.IsDefaultOrEmpty ? block.Text : block.Sentences[0].Text;

    /// <summary>Up to all items, round robin over <paramref name="key"/> groups, each group in the given order.</summary>
    private static List<T> Diverse<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var groups = items.GroupBy(key, StringComparer.Ordinal).Select(g => new Queue<T>(g)).ToList();
        var picked = new List<T>();
        while (groups.Count > 0)
        {
            foreach (var group in groups)
            {
                if (group.Count > 0)
                {
                    picked.Add(group.Dequeue());
                }
            }

            groups.RemoveAll(g => g.Count == 0);
        }

        return picked;
    }

    /// <summary>A sentence of a theme's passage with the claims it makes.</summary>
    private sealed class Statement(PassageInfo passage, Sentence? sentence, List<Claim> claims, double score)
    {
        public PassageInfo Passage { get; } = passage;

        public List<Claim> Claims { get; } = claims;

        public double Score { get; } = score;

        public string Text { get; } = sentence?.Text ?? claims[0].Sentence;

        /// <summary><c>positive</c>, <c>negative</c>, <c>mixed</c> (both) or <c>neutral</c> (neither).</summary>
        public string Polarity { get; } =
            claims.Any(c => c.Polarity == "positive") && claims.Any(c => c.Polarity == "negative") ? "mixed"
            : claims.Any(c => c.Polarity == "positive") ? "positive"
            : claims.Any(c => c.Polarity == "negative") ? "negative"
            : "neutral";

        public StatementView View(ReportCitations cites)
        {
            var start = sentence?.Start ?? -1;
            var parts = new List<TextPart>();
            var at = 0;
            var text = Cut(Text, StatementLength);
            var visible = text.EndsWith('…') ? text.Length - 1 : text.Length;
            if (start >= 0)
            {
                foreach (var claim in Claims.Where(c => c.Polarity is "positive" or "negative").OrderBy(c => c.Source.Start))
                {
                    // The words alone: a leading comma or "and" and trailing spaces stay outside the mark.
                    var from = Math.Max(at, claim.Source.Start - start);
                    var to = Math.Min(visible, claim.Source.End - start);
                    while (from < to && !char.IsLetterOrDigit(text[from]))
                    {
                        from++;
                    }

                    if (to - from > 4 && text.AsSpan(from).StartsWith("and ", StringComparison.OrdinalIgnoreCase))
                    {
                        from += 4;
                    }

                    while (to > from && char.IsWhiteSpace(text[to - 1]))
                    {
                        to--;
                    }
                    if (from >= to || from < 0)
                    {
                        continue;
                    }

                    if (from > at)
                    {
                        parts.Add(new TextPart(text[at..from], string.Empty));
                    }

                    parts.Add(new TextPart(text[from..to], claim.Polarity));
                    at = to;
                }
            }

            if (at < text.Length)
            {
                parts.Add(new TextPart(text[at..], string.Empty));
            }

            // Two claims of one polarity with only a space between read as one marked phrase.
            for (var i = parts.Count - 3; i >= 0; i--)
            {
                if (parts[i].Mark.Length > 0 && parts[i].Mark == parts[i + 2].Mark && parts[i + 1].Mark.Length == 0 && string.IsNullOrWhiteSpace(parts[i + 1].Text))
                {
                    parts[i] = new TextPart(parts[i].Text + parts[i + 1].Text + parts[i + 2].Text, parts[i].Mark);
                    parts.RemoveRange(i + 1, 2);
                }
            }

            var first = Claims[0];
            return new StatementView
            {
                Council = Passage.Council.Council.Name,
                CouncilAnchor = Passage.Council.Anchor!,
                Text = text,
                Parts = parts,
                Polarity = Polarity,
                Kinds = string.Join(", ", Claims.Select(c => c.Type.Replace('_', ' ')).Distinct(StringComparer.Ordinal)),
                Cite = cites.For(Passage.Doc, Passage.Passage.BlockIndex, Passage.Passage.SectionId, Passage.Council.Council.Name, first.Source, Text),
            };
        }
    }

    /// <summary>The header row of each table, to show a table row as "header: cell; ...".</summary>
    private sealed class TableHeaders(IReadOnlyList<SegmentedDocument> documents)
    {
        private readonly Dictionary<(int Doc, int Table), TextBlock?> _headers = [];

        public string RowText(int doc, TextBlock row)
        {
            if (!_headers.TryGetValue((doc, row.TableIndex), out var header))
            {
                header = row.TableIndex < 0 ? null : documents[doc].Source.Blocks.FirstOrDefault(b => b.Kind == BlockKind.TableRow && b.TableIndex == row.TableIndex);
                _headers[(doc, row.TableIndex)] = header;
            }

            var cells = row.Cells.IsDefaultOrEmpty ? [.. row.Text.Split(" | ")] : row.Cells;
            var names = header is null || ReferenceEquals(header, row) || header.Cells.IsDefaultOrEmpty ? [] : header.Cells;
            var parts = new List<string>();
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = cells[i].Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                var name = i < names.Length ? names[i].Trim() : string.Empty;
                parts.Add(name.Length > 0 ? $"{name}: {cell}" : cell);
            }

            return string.Join("; ", parts);
        }
    }

    private sealed class CouncilAgg(Council council)
    {
        public Council Council { get; } = council;

        public string? Anchor { get; set; }

        public int Passages { get; set; }

        public SortedSet<int> Documents { get; } = [];

        public List<PassageInfo> Items { get; } = [];

        /// <summary>Passages per theme.</summary>
        public Dictionary<string, int> Themes { get; } = new(StringComparer.Ordinal);

        public CouncilRef Ref(int passages) => new(Council.Name, Anchor!, passages);
    }

    private sealed class PassageInfo(int doc, Passage passage, CouncilAgg council)
    {
        public int Doc { get; } = doc;

        public Passage Passage { get; } = passage;

        public CouncilAgg Council { get; } = council;

        public bool IsContent => Passage.Block.Kind != BlockKind.Heading;

        public List<(string Theme, double Score)> Themes { get; } = [];

        public List<MetricMention> Metrics { get; } = [];

        public List<Claim> Claims { get; } = [];
    }

    /// <summary>Ids for HTML anchors: a prefix and a lower-case slug, made unique with a number.</summary>
    private sealed class AnchorSet
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string Make(string prefix, string text)
        {
            var slug = new StringBuilder(prefix);
            foreach (var c in text.ToLowerInvariant())
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    slug.Append(c);
                }
                else if (slug.Length > prefix.Length && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }

            var id = slug.ToString().TrimEnd('-');
            if (id.Length == prefix.Length)
            {
                id += "x";
            }

            var unique = id;
            for (var n = 2; !_used.Add(unique); n++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
            }

            return unique;
        }
    }
}
