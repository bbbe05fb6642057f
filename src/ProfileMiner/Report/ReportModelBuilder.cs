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
/// marked <see cref="Extraction.DuplicateOf"/> are left out the same way.
/// </summary>
internal sealed class ReportModelBuilder(ReportOptions options)
{
    private const int ChartWidth = 720;
    private const int ChartLeft = 230;
    private const int ChartBarHeight = 16;
    private const int ChartStep = 22;
    private const int ChartTop = 8;

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
        var selection = SelectCouncils(documents, diagnostics);
        var themeFilter = SelectThemes(content, diagnostics);

        // Passages of the selected councils' sections, in document and block order.
        var passages = new Dictionary<(int Doc, int Block), PassageInfo>();
        var ordered = new List<PassageInfo>();
        var docIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var blockStarts = new int[documents.Length][];
        var councils = new Dictionary<string, CouncilAgg>(StringComparer.Ordinal);
        var sections = 0;
        for (var d = 0; d < documents.Length; d++)
        {
            var document = documents[d];
            docIndex.TryAdd(document.Source.File, d);
            blockStarts[d] = [.. document.Source.Blocks.Select(b => b.Source.Start)];
            if (document.DuplicateOf is not null)
            {
                continue;
            }

            sections += document.Sections.Count(s => s.Council is { } c && s.DuplicateOf is null && selection.Contains(Key(c)));
            foreach (var passage in PassageEnumerator.Enumerate(document))
            {
                if (passage.DuplicateOf is not null || passage.Topic == Topic.Other || passage.Council is not { } council || !selection.Contains(Key(council)))
                {
                    continue;
                }

                var agg = CollectionsMarshalGet(councils, Key(council), () => new CouncilAgg(council));
                agg.Documents.Add(document.Source.File);
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

            var block = extraction is ThemeAssignment t ? t.BlockIndex : BlockAt(blockStarts[d], extraction.Source.Start);
            if (block < 0 || !passages.TryGetValue((d, block), out var info))
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
                    AddThemes(info, themes, themeFilter);
                    break;
            }
        }

        var anchors = new AnchorSet();
        var councilList = councils.Values.OrderBy(c => c.Council.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => Key(c.Council), StringComparer.Ordinal).ToList();
        foreach (var council in councilList)
        {
            council.Anchor = anchors.Make("c-", council.Council.Name);
        }

        foreach (var info in ordered)
        {
            foreach (var (theme, score) in info.Themes)
            {
                var slot = CollectionsMarshalGet(info.Council.Themes, theme, () => new ThemeAgg());
                slot.Passages++;
                slot.Score += score;
            }
        }

        var themeIds = councilList.SelectMany(c => c.Themes.Keys).Distinct(StringComparer.Ordinal).ToList();
        var themeRanking = themeIds
            .Select(id => (Id: id, Councils: councilList.Count(c => c.Themes.ContainsKey(id)), Passages: councilList.Sum(c => c.Themes.GetValueOrDefault(id)?.Passages ?? 0)))
            .OrderByDescending(t => t.Councils).ThenByDescending(t => t.Passages).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var themeRefs = themeRanking.ToDictionary(t => t.Id, t => new ThemeRef(t.Id, ThemeNames.Name(t.Id), anchors.Make("t-", t.Id)), StringComparer.Ordinal);

        var cite = new CiteFactory(documents);
        var metricViews = new Dictionary<MetricMention, MetricView>(ReferenceEqualityComparer.Instance);
        var claimViews = new Dictionary<Claim, ClaimView>(ReferenceEqualityComparer.Instance);
        MetricView MetricOf(PassageInfo p, MetricMention m) => metricViews.TryGetValue(m, out var v) ? v : metricViews[m] = ToView(m, p, cite);
        ClaimView ClaimOf(PassageInfo p, Claim c) => claimViews.TryGetValue(c, out var v) ? v : claimViews[c] = ToView(c, p, cite);

        var matrix = BuildMatrix(councilList, themeRanking.Select(t => themeRefs[t.Id]).ToList());
        var themeViews = new List<ThemeView>();
        var rank = 0;
        foreach (var (id, councilCount, passageCount) in themeRanking)
        {
            var withTheme = ordered.Where(p => p.Themes.Any(t => t.Theme == id)).ToList();
            var quotes = PickQuotes(withTheme, id).Select(p => ToQuote(p, id, cite)).ToList();
            var metrics = withTheme.SelectMany(p => p.Metrics.Select(m => (p, m))).ToList();
            var claims = withTheme.SelectMany(p => p.Claims.Select(c => (p, c))).ToList();
            var positive = Diverse(claims.Where(x => x.c.Polarity == "positive"), x => x.p.Council.Anchor!, _options.ItemsPerTheme).Select(x => ClaimOf(x.p, x.c)).ToList();
            var negative = Diverse(claims.Where(x => x.c.Polarity == "negative"), x => x.p.Council.Anchor!, _options.ItemsPerTheme).Select(x => ClaimOf(x.p, x.c)).ToList();
            var themeRef = themeRefs[id];
            themeViews.Add(new ThemeView
            {
                Id = id,
                Name = themeRef.Name,
                Anchor = themeRef.Anchor,
                Rank = ++rank,
                CouncilCount = councilCount,
                Councils = [.. councilList.Where(c => c.Themes.ContainsKey(id))
                    .OrderByDescending(c => c.Themes[id].Passages).ThenBy(c => c.Council.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(c => c.Ref(c.Themes[id].Passages))],
                PassageCount = passageCount,
                Quotes = quotes,
                MetricCount = metrics.Count,
                Metrics = [.. Diverse(metrics, x => x.p.Council.Anchor!, _options.ItemsPerTheme).Select(x => MetricOf(x.p, x.m))],
                PositiveCount = claims.Count(x => x.c.Polarity == "positive"),
                NegativeCount = claims.Count(x => x.c.Polarity == "negative"),
                NeutralCount = claims.Count(x => x.c.Polarity is not ("positive" or "negative")),
                Positive = positive,
                Negative = negative,
                ClaimPairs = [.. Enumerable.Range(0, Math.Max(positive.Count, negative.Count))
                    .Select(i => new ClaimPair(i < positive.Count ? positive[i] : null, i < negative.Count ? negative[i] : null))],
            });
        }

        var councilViews = councilList.Select(c => new CouncilView
        {
            Name = c.Council.Name,
            Anchor = c.Anchor!,
            GssCode = c.Council.GssCode,
            Region = c.Council.Region,
            Known = c.Council.Known,
            Documents = [.. c.Documents],
            PassageCount = c.Passages,
            Themes = [.. c.Themes.OrderByDescending(t => t.Value.Passages).ThenBy(t => themeRefs[t.Key].Name, StringComparer.Ordinal)
                .Select(t => new CouncilTheme(t.Key, themeRefs[t.Key].Name, themeRefs[t.Key].Anchor, t.Value.Passages, Percent(Share(c, t.Value))))],
            Metrics = [.. c.Items.SelectMany(p => p.Metrics.Select(m => MetricOf(p, m)))],
            Claims = [.. c.Items.SelectMany(p => p.Claims.Select(x => ClaimOf(p, x)))],
            PositiveCount = c.Items.Sum(p => p.Claims.Count(x => x.Polarity == "positive")),
            NegativeCount = c.Items.Sum(p => p.Claims.Count(x => x.Polarity == "negative")),
        }).ToList();

        var benchmarks = ordered.SelectMany(p => p.Claims.Where(c => c.Type == "benchmark_count").Select(c => ClaimOf(p, c))).ToList();
        var comparisons = BuildComparisons(ordered, cite, anchors);

        // Every cited passage, by council and then document order (the order `ordered` already has within a council).
        var appendix = ordered.Where(CiteFactory.IsCited)
            .OrderBy(p => p.Council.Anchor, StringComparer.Ordinal)
            .Select(p => new PassageView
            {
                Anchor = CiteFactory.AnchorOf(p),
                Council = p.Council.Council.Name,
                CouncilAnchor = p.Council.Anchor!,
                Doc = p.Passage.Doc,
                Location = CiteFactory.Location(p.Passage.Block.Source),
                Heading = HeadingOf(p.Passage),
                Kind = KindName(p.Passage.Block.Kind),
                Text = p.Passage.Block.Text,
                Themes = [.. p.Themes.Where(t => themeRefs.ContainsKey(t.Theme)).Select(t => themeRefs[t.Theme])],
            }).ToList();

        var shownDocuments = documents.Where(d => d.Sections.Any(s => s.Council is { } c && selection.Contains(Key(c)))).ToList();
        var periods = shownDocuments.Where(d => d.DuplicateOf is null && d.Period is not null).Select(d => d.Period!)
            .OrderBy(p => p.Start).ThenBy(p => p.End).Select(p => p.Label).Distinct(StringComparer.Ordinal).ToList();

        return new ReportModel
        {
            Title = _options.Title,
            Summary = new ReportSummary
            {
                DocumentsRead = shownDocuments.Count,
                Documents = shownDocuments.Count(d => d.DuplicateOf is null),
                DuplicateDocuments = shownDocuments.Count(d => d.DuplicateOf is not null),
                Councils = councilList.Count,
                Sections = sections,
                Passages = ordered.Count(p => p.IsContent),
                ThemedPassages = ordered.Count(p => p.Themes.Count > 0),
                Metrics = ordered.Sum(p => p.Metrics.Count),
                Claims = ordered.Sum(p => p.Claims.Count),
                BelowConfidence = belowConfidence,
                OtherTopicPassages = otherTopic,
                MinConfidence = _options.MinConfidence,
                Themes = themeViews.Count,
                HasThemes = content.Extractions.Any(e => e is ThemeAssignment),
                Periods = periods,
                PeriodRange = periods.Count switch { 0 => string.Empty, 1 => periods[0], _ => $"{periods[0]} to {periods[^1]}" },
            },
            Documents = [.. shownDocuments.Select(d => new DocumentView
            {
                File = d.Source.File,
                Title = d.Title,
                Kind = DocumentKinds.Name(d.Kind),
                KindLabel = DocumentKinds.Label(d.Kind),
                Period = d.Period?.Label,
                Format = d.Source.Format.ToString().ToLowerInvariant(),
                Pages = d.Source.Pages,
                Councils = [.. d.Councils.Where(c => selection.Contains(Key(c))).Select(c => c.Name)],
                DuplicateOf = d.DuplicateOf,
            })],
            Uncredited = [.. documents.Where(d => !d.Councils.Any()).Select(d => new UncreditedView
            {
                File = d.Source.File,
                Title = d.Title,
                KindLabel = DocumentKinds.Label(d.Kind),
                Issuer = Issuer.KindName(d.Issuer.Kind),
                Reason = d.Issuer.IsUnknown ? "no author or council found" : $"written by a body that is not a council ({Issuer.KindName(d.Issuer.Kind)})",
                Mentions = [.. d.Issuer.Mentions.Select(c => c.Name)],
            })],
            Themes = themeViews,
            Matrix = matrix,
            Councils = councilViews,
            Benchmarks = benchmarks,
            Comparisons = comparisons,
            Passages = appendix,
            Filters = new FilterView
            {
                Councils = _options.Councils,
                Regions = _options.Regions,
                Themes = _options.Themes,
                Any = _options.Councils.Length + _options.Regions.Length + _options.Themes.Length > 0,
            },
        };
    }

    private static string Key(Council council) => council.GssCode ?? council.Name;

    private static TValue CollectionsMarshalGet<TValue>(Dictionary<string, TValue> dictionary, string key, Func<TValue> create)
    {
        if (!dictionary.TryGetValue(key, out var value))
        {
            value = create();
            dictionary[key] = value;
        }

        return value;
    }

    /// <summary>The index of the last block starting at or before <paramref name="offset"/>, or -1.</summary>
    private static int BlockAt(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    private HashSet<string> SelectCouncils(IReadOnlyList<SegmentedDocument> documents, DiagnosticBag diagnostics)
    {
        var all = documents.Where(d => d.DuplicateOf is null)
            .SelectMany(d => d.Sections.Where(s => s.DuplicateOf is null).Select(s => s.Council).OfType<Council>())
            .DistinctBy(Key).ToList();
        bool NameMatches(Council c, string f) =>
            string.Equals(c.Name, f, StringComparison.OrdinalIgnoreCase) || string.Equals(c.AsWritten, f, StringComparison.OrdinalIgnoreCase) || string.Equals(c.GssCode, f, StringComparison.OrdinalIgnoreCase);
        bool RegionMatches(Council c, string f) => string.Equals(c.Region, f, StringComparison.OrdinalIgnoreCase);

        // Every name a user types resolves through the registry: "Lancashire County Council", "St. Helens", a GSS code.
        var typed = _options.Councils.Select(f => CouncilDirectory.Default.Lookup(f)).ToList();
        var filters = typed.Select(l => l.Name).ToList();
        foreach (var lookup in typed.Where(l => !all.Any(c => NameMatches(c, l.Name))))
        {
            var hint = lookup.Warning is { } warning ? $" ({warning})" : string.Empty;
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ReportFilterMatchesNothing, $"--council '{lookup.Typed}' matches no council of the corpus{hint}"));
        }

        foreach (var f in _options.Regions.Where(f => !all.Any(c => RegionMatches(c, f))))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ReportFilterMatchesNothing, $"--region '{f}' matches no council of the corpus"));
        }

        return all
            .Where(c => filters.Count == 0 || filters.Any(f => NameMatches(c, f)))
            .Where(c => _options.Regions.IsEmpty || _options.Regions.Any(f => RegionMatches(c, f)))
            .Select(Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The theme ids kept, or null for all.</summary>
    private HashSet<string>? SelectThemes(CorpusContent content, DiagnosticBag diagnostics)
    {
        if (_options.Themes.IsEmpty)
        {
            return null;
        }

        var ids = content.Extractions.OfType<ThemeAssignment>().SelectMany(t => t.Themes).ToHashSet(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in _options.Themes)
        {
            var matched = ids.Where(id => string.Equals(id, f, StringComparison.OrdinalIgnoreCase) || string.Equals(ThemeNames.Name(id), f, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matched.Count == 0)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ReportFilterMatchesNothing, $"--theme '{f}' matches no theme assigned in the corpus"));
            }

            kept.UnionWith(matched);
        }

        return kept;
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

    private static double Share(CouncilAgg council, ThemeAgg theme) => council.Passages == 0 ? 0 : theme.Score / council.Passages;

    private static MatrixView BuildMatrix(List<CouncilAgg> councils, List<ThemeRef> themes)
    {
        var max = councils.SelectMany(c => c.Themes.Values.Select(t => Share(c, t))).DefaultIfEmpty(0).Max();
        var rows = councils.Select(c => new MatrixRow(c.Ref(c.Passages), c.Council.Region ?? string.Empty, [.. themes.Select(t =>
        {
            var agg = c.Themes.GetValueOrDefault(t.Id);
            var share = agg is null ? 0 : Share(c, agg);
            var level = agg is null || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(4 * share / max), 1, 4);
            return new MatrixCell(t.Id, agg?.Passages ?? 0, share, Percent(share), level);
        })])).ToList();
        return new MatrixView { Themes = themes, Rows = rows, MaxShareText = Percent(max) };
    }

    /// <summary>
    /// The most representative passages of a theme: by the theme's score, then by length (a sentence or more
    /// says more than a fragment), the best of each council first so that one council's text does not fill the list.
    /// </summary>
    private List<PassageInfo> PickQuotes(List<PassageInfo> withTheme, string theme)
    {
        var ranked = withTheme.Where(p => p.IsContent)
            .OrderByDescending(p => p.Themes.First(t => t.Theme == theme).Score)
            .ThenByDescending(p => Math.Min(p.Passage.Block.Text.Length, 200))
            .ThenBy(p => p.Doc).ThenBy(p => p.Passage.BlockIndex);
        return Diverse(ranked, p => p.Council.Anchor!, _options.QuotesPerTheme);
    }

    /// <summary>Up to <paramref name="count"/> items, round robin over <paramref name="key"/> groups, each group in the given order.</summary>
    private static List<T> Diverse<T>(IEnumerable<T> items, Func<T, string> key, int count)
    {
        var groups = items.GroupBy(key, StringComparer.Ordinal).Select(g => new Queue<T>(g)).ToList();
        var picked = new List<T>();
        while (picked.Count < count && groups.Count > 0)
        {
            foreach (var group in groups)
            {
                if (picked.Count < count && group.Count > 0)
                {
                    picked.Add(group.Dequeue());
                }
            }

            groups.RemoveAll(g => g.Count == 0);
        }

        return picked;
    }

    private QuoteView ToQuote(PassageInfo passage, string theme, CiteFactory cite)
    {
        var text = passage.Passage.Block.Text;
        var truncated = text.Length > _options.QuoteLength;
        if (truncated)
        {
            var cut = text.LastIndexOf(' ', _options.QuoteLength);
            text = string.Concat(text.AsSpan(0, cut > _options.QuoteLength / 2 ? cut : _options.QuoteLength), "…");
        }

        return new QuoteView
        {
            Text = text,
            Truncated = truncated,
            ScoreText = passage.Themes.First(t => t.Theme == theme).Score.ToString("0.00", CultureInfo.InvariantCulture),
            Heading = HeadingOf(passage.Passage),
            Cite = cite.For(passage, passage.Passage.Block.Source),
        };
    }

    /// <summary>The headings above a passage, without the council heading (the citation names the council).</summary>
    private static string HeadingOf(Passage passage) =>
        string.Join(" › ", passage.HeadingPath.Where(h => !CouncilSectionSegmenter.TryParseCouncilHeading(h, out _)));

    private static MetricView ToView(MetricMention m, PassageInfo p, CiteFactory cite) => new()
    {
        Council = p.Council.Council.Name,
        CouncilAnchor = p.Council.Anchor!,
        Text = m.Text,
        Value = m.Value,
        ValueText = m.Value.ToString(CultureInfo.InvariantCulture),
        Unit = m.Unit,
        Role = m.Role,
        Scope = m.Scope,
        Measure = m.Measure,
        Indicator = m.Indicator,
        Period = m.Period,
        Sentence = m.Sentence,
        Cite = cite.For(p, m.Source),
    };

    private static ClaimView ToView(Claim c, PassageInfo p, CiteFactory cite)
    {
        var share = c is { Count: { } n, Total: { } total } && total > 0 ? (double)n / total : -1;
        return new ClaimView
        {
            Council = p.Council.Council.Name,
            CouncilAnchor = p.Council.Anchor!,
            Type = c.Type,
            Polarity = c.Polarity,
            Count = c.Count,
            Total = c.Total,
            Share = share,
            ShareText = share < 0 ? string.Empty : Percent(share),
            Framework = c.Framework,
            Comparator = c.Comparator,
            Period = c.Period,
            Indicator = c.Indicator,
            Sentence = c.Sentence,
            Cite = cite.For(p, c.Source),
        };
    }

    /// <summary>
    /// Councils' own figures (role <c>value</c>, scope <c>council</c>) for the same ASCOF indicator of the same edition
    /// and unit, and failing an indicator for the same measure phrase and unit, when two or more councils report one.
    /// </summary>
    private static List<ComparisonView> BuildComparisons(List<PassageInfo> ordered, CiteFactory cite, AnchorSet anchors)
    {
        var figures = ordered.SelectMany(p => p.Metrics.Where(m => m.Role == MetricRoles.Value && m.Scope == "council").Select(m => (p, m))).ToList();
        var comparators = ordered.SelectMany(p => p.Metrics.Where(m => m.Role == MetricRoles.Comparator).Select(m => (p, m)))
            .ToLookup(x => (x.p.Doc, x.m.Sentence));

        var byIndicator = figures.Where(x => x.m.Indicator is not null)
            .GroupBy(x => (Indicator: x.m.Indicator!, Edition: x.m.IndicatorEdition, x.m.Unit))
            .Select(g => ((string?)g.Key.Indicator, g.Key.Edition, g.Key.Unit, Name: IndicatorName(g.Key.Indicator, g.Key.Edition, g), Items: g.ToList()));
        var byMeasure = figures.Where(x => x.m.Indicator is null && IsComparableMeasure(x.m.Measure))
            .GroupBy(x => (Measure: x.m.Measure.Trim(), x.m.Unit))
            .Select(g => ((string?)null, (string?)null, g.Key.Unit, Name: g.Key.Measure, Items: g.ToList()));

        var views = new List<ComparisonView>();
        foreach (var (indicator, edition, unit, name, items) in byIndicator.Concat(byMeasure))
        {
            var councilCount = items.Select(x => x.p.Council).Distinct().Count();
            if (councilCount < 2)
            {
                continue;
            }

            var rows = items
                .OrderBy(x => x.p.Council.Council.Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.m.Period, StringComparer.Ordinal)
                .Select(x => new ComparisonRow
                {
                    Council = x.p.Council.Council.Name,
                    CouncilAnchor = x.p.Council.Anchor!,
                    Text = x.m.Text,
                    ValueText = x.m.Value.ToString(CultureInfo.InvariantCulture),
                    Period = x.m.Period,
                    Comparator = string.Join("; ", comparators[(x.p.Doc, x.m.Sentence)].Where(c => c.p.Council == x.p.Council)
                        .Select(c => $"{c.m.Text} ({c.m.Scope})").Distinct(StringComparer.Ordinal)),
                    Sentence = x.m.Sentence,
                    Cite = cite.For(x.p, x.m.Source),
                }).ToList();
            var anchor = anchors.Make("m-", (indicator ?? name) + "-" + unit);
            var title = indicator is null ? $"{name} ({UnitLabel(unit)})" : $"ASCOF {indicator}: {name} ({UnitLabel(unit)})";
            views.Add(new ComparisonView
            {
                Anchor = anchor,
                Indicator = indicator,
                Edition = edition,
                Name = name,
                Unit = unit,
                UnitLabel = UnitLabel(unit),
                CouncilCount = councilCount,
                Rows = rows,
                Chart = Chart(anchor + "-chart", title, items),
            });
        }

        return [.. views.OrderByDescending(v => v.CouncilCount).ThenBy(v => v.Indicator is null).ThenBy(v => v.Indicator ?? v.Name, StringComparer.Ordinal)];
    }

    private static string IndicatorName(string indicator, string? edition, IEnumerable<(PassageInfo p, MetricMention m)> items)
    {
        if (AscofCode.TryParse(indicator, out var code) && AscofCatalogue.Default.TryResolve(code, edition, out var entry))
        {
            return entry.PartLabel is { Length: > 0 } part ? $"{entry.Name} ({part})" : entry.Name;
        }

        return items.Select(x => x.m.Measure).FirstOrDefault(m => m.Length > 0) ?? indicator;
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

    private static ChartView Chart(string id, string title, List<(PassageInfo p, MetricMention m)> items)
    {
        // One bar per council: its latest figure (by period, then the last in document order).
        var latest = items.GroupBy(x => x.p.Council)
            .Select(g => g.OrderBy(x => x.m.Period ?? string.Empty, StringComparer.Ordinal).Last())
            .OrderByDescending(x => x.m.Value).ThenBy(x => x.p.Council.Council.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var max = latest.Max(x => Math.Abs((double)x.m.Value));
        var scale = max > 0 ? (ChartWidth - ChartLeft - 70) / max : 0;
        var bars = latest.Select((x, i) =>
        {
            var width = Math.Max(1, Math.Abs((double)x.m.Value) * scale);
            var label = x.m.Period is null ? x.p.Council.Council.Name : $"{x.p.Council.Council.Name} ({x.m.Period})";
            return new ChartBar(label, x.m.Text, ChartTop + (i * ChartStep), ChartTop + (i * ChartStep) + 12, Number(width), Number(ChartLeft + width + 6));
        }).ToList();
        var height = ChartTop + (bars.Count * ChartStep) + 24;
        var description = string.Join("; ", latest.Select(x => $"{x.p.Council.Council.Name} {x.m.Text}"));
        return new ChartView
        {
            Id = id,
            Width = ChartWidth,
            Height = height,
            Left = ChartLeft,
            Title = title,
            Description = $"Bar chart of {bars.Count} councils' figures: {description}.",
            Bars = bars,
            MaxText = max.ToString("0.##", CultureInfo.InvariantCulture),
            AxisY = height - 18,
        };
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share <= 0 ? "0%" : share < 0.005 ? "<1%" : share.ToString("0%", CultureInfo.InvariantCulture);

    private static string UnitLabel(string unit) => unit switch
    {
        MetricUnits.Percent => "%",
        MetricUnits.PercentagePoints => "percentage points",
        MetricUnits.Gbp => "£",
        MetricUnits.Per100k => "per 100,000",
        _ => unit.Replace('_', ' '),
    };

    private static string KindName(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.Paragraph => "paragraph",
        BlockKind.ListItem => "list_item",
        _ => "table_row",
    };

    private sealed class CouncilAgg(Council council)
    {
        public Council Council { get; } = council;

        public string? Anchor { get; set; }

        public int Passages { get; set; }

        public SortedSet<string> Documents { get; } = new(StringComparer.Ordinal);

        public List<PassageInfo> Items { get; } = [];

        public Dictionary<string, ThemeAgg> Themes { get; } = new(StringComparer.Ordinal);

        public CouncilRef Ref(int passages) => new(Council.Name, Anchor!, passages);
    }

    private sealed class ThemeAgg
    {
        public int Passages { get; set; }

        public double Score { get; set; }
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

        public bool Cited { get; set; }
    }

    /// <summary>Makes citations and remembers which passages were cited, for the appendix.</summary>
    private sealed class CiteFactory(IReadOnlyList<SegmentedDocument> documents)
    {
        private readonly IReadOnlyList<SegmentedDocument> _documents = documents;

        public CiteView For(PassageInfo passage, Provenance source)
        {
            passage.Cited = true;
            var location = Location(source);
            var council = passage.Council.Council.Name;
            var doc = _documents[passage.Doc].Source.File;
            return new CiteView
            {
                Anchor = AnchorOf(passage),
                Council = council,
                Doc = doc,
                Location = location,
                Text = location.Length == 0 ? $"{council}, {doc}" : $"{council}, {doc}, {location}",
                ShortText = location.Length == 0 ? doc : $"{doc}, {location}",
            };
        }

        public static bool IsCited(PassageInfo passage) => passage.Cited;

        public static string AnchorOf(PassageInfo passage) => string.Create(CultureInfo.InvariantCulture, $"p{passage.Doc}-{passage.Passage.BlockIndex}");

        public static string Location(Provenance source) =>
            source.Page is { } page ? string.Create(CultureInfo.InvariantCulture, $"p. {page}")
            : source.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}")
            : string.Empty;
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
