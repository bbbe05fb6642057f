using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Ascof;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Extract.Rules;

/// <summary>
/// Extracts GUIDE.md's metrics by rule: <see cref="NumberSpotter"/> finds the countable numbers of
/// each sentence, <see cref="MetricContext"/> gives each its role, scope and measure, and
/// <see cref="PeriodCues"/> its period. An indicator table row (a header with period columns, as in
/// self-assessment forms) gives one metric per period column: the latest column is the value, the
/// earlier ones <c>previous</c>, each with the column's period.
/// </summary>
public sealed partial class MetricRuleExtractor : IExtractor
{
    /// <summary>The id written to every result.</summary>
    public const string ExtractorId = "metrics.rules";

    /// <inheritdoc />
    public string Id => ExtractorId;

    /// <summary>The least confidence of a figure the ASCOF catalogue places, whatever phrase named its measure.</summary>
    private const double IndicatorConfidence = 0.6;

    /// <inheritdoc />
    public IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tooLarge = new List<(string Text, Provenance Where)>();
        var headers = IndicatorTable.Find(document.Source);
        var documentPeriod = FinancialYear(document.Period);
        var firstRows = new Dictionary<int, TextBlock>();
        var indicators = new Indicators();
        string? lastName = null;
        foreach (var passage in PassageEnumerator.Of(document))
        {
            var block = passage.Block;
            // The indicator a KPI box belongs to: the last paragraph or heading above it (a note in a
            // list between the two, "rolling 12 months", leaves it standing).
            var name = lastName;
            if (block.Kind is BlockKind.Paragraph or BlockKind.Heading)
            {
                lastName = block.Text.Length <= 300 && !KpiBox().IsMatch(block.Text) ? block.Text : null;
            }

            // "Latest: 4% Target: 5%, Floor: 9% Previous: 6%": a KPI box under the indicator's name.
            var large = new TooLarge(tooLarge, block.Source);
            if (block.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.TableRow && KpiBox().IsMatch(block.Text))
            {
                foreach (var metric in FromKpiBox(passage, name, large))
                {
                    yield return WithIndicator(metric, documentPeriod, indicators);
                }

                continue;
            }

            var isHeaderRow = block.Kind == BlockKind.TableRow && firstRows.TryAdd(block.TableIndex, block);

            // Short headings and lone numbers (a rating-scale cell) state no figure; nor does a line of a
            // contents page, whose dot leaders run to a page number.
            if ((block.Kind == BlockKind.Heading && block.Text.Split(' ').Length < 4) || LoneNumber().IsMatch(block.Text) || DotLeaders().IsMatch(block.Text))
            {
                continue;
            }

            if (block.Kind == BlockKind.TableRow && headers.TryGetValue(block.TableIndex, out var header))
            {
                if (!ReferenceEquals(header.Header, block))
                {
                    foreach (var metric in FromIndicatorRow(passage, header, large))
                    {
                        yield return WithIndicator(metric, documentPeriod, indicators);
                    }
                }

                continue;
            }

            if (block.Kind == BlockKind.TableRow && IsRatingScale(block))
            {
                continue;
            }

            var firstRow = block.Kind == BlockKind.TableRow && !isHeaderRow ? firstRows[block.TableIndex] : null;
            var rowCells = block.Kind == BlockKind.TableRow ? new RowCells(block) : null;
            foreach (var sentence in block.Sentences)
            {
                foreach (var found in FromSentence(passage, sentence, large))
                {
                    var metric = rowCells is not null ? WithCellMeasure(found, rowCells, firstRow) : found;

                    // A measure is never empty: when the words after the figure name nothing, the words
                    // of its clause stand in for it, and the figure is marked as half parsed.
                    if (metric.Measure.Length == 0)
                    {
                        metric = metric with { Measure = MetricContext.ClauseMeasure(metric.Sentence, metric.Source.Start - sentence.Start, metric.Text.Length), Confidence = Math.Min(metric.Confidence, Extraction.HalfParsedConfidence) };
                    }

                    yield return WithIndicator(metric, documentPeriod, indicators);
                }
            }
        }

        if (tooLarge.Count > 0)
        {
            var (text, where) = tooLarge[0];
            var more = tooLarge.Count == 1 ? string.Empty : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" and {tooLarge.Count - 1} more");
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.NumberTooLarge,
                $"the figure '{Shorten(text)}'{more} too large to hold; skipped, the other figures of the file kept", where with { Start = 0, End = 0 }));
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    /// <summary>Where the figures too large to hold are collected, with the block they stand in.</summary>
    internal sealed class TooLarge(List<(string Text, Provenance Where)> found, Provenance where)
    {
        public void Add(string text) => found.Add((text, where));
    }

    /// <summary>
    /// What the ASCOF catalogue makes of a sentence in a period, read once a document for each: the
    /// figures of one sentence, and the cells of a row under one label and column, ask the same.
    /// </summary>
    private sealed class Indicators
    {
        private readonly Dictionary<(string Sentence, string? Period), AscofEntry?> _known = [];

        public AscofEntry? Identify(string sentence, string? period)
        {
            if (!_known.TryGetValue((sentence, period), out var entry))
            {
                _known[(sentence, period)] = entry = AscofCatalogue.Default.TryIdentify(sentence, null, period, out var found) ? found : null;
            }

            return entry;
        }
    }

    /// <summary>
    /// Links a metric to its ASCOF code when its sentence names the code or its measure is
    /// unmistakably a catalogue measure, resolved through the edition its period (else the
    /// document's) falls in; counts of measures ("13 ASCOF measures improved") get none.
    /// </summary>
    private static MetricMention WithIndicator(MetricMention metric, string? documentPeriod, Indicators indicators)
    {
        if (metric.Unit == MetricUnits.Count && CountOfMeasures().IsMatch(metric.Measure))
        {
            return metric;
        }

        var period = metric.Period ?? documentPeriod;
        var bar = metric.Sentence.IndexOf(" | ", StringComparison.Ordinal);
        var sentence = bar >= 0 ? metric.Sentence[..bar] + " " + metric.Measure : metric.Sentence;
        // A figure the ASCOF catalogue places is no longer half parsed: the indicator says what it measures.
        return indicators.Identify(sentence, period) is { } entry
            ? metric with { Indicator = entry.Code.ToString(), IndicatorEdition = entry.Edition, Confidence = Math.Max(metric.Confidence, IndicatorConfidence) }
            : metric;
    }

    // The financial year a document's period starts in ("April 2012 – March 2013" → 2012/13).
    private static string? FinancialYear(Period? period)
    {
        if (period is null)
        {
            return null;
        }

        var year = period.Start.Month >= 4 ? period.Start.Year : period.Start.Year - 1;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}/{(year + 1) % 100:00}");
    }

    /// <summary>Metrics of one sentence of running text.</summary>
    internal static IEnumerable<MetricMention> FromSentence(Passage passage, Sentence sentence, TooLarge? tooLarge = null)
    {
        var mentions = NumberSpotter.Find(sentence.Text, tooLarge is null ? null : tooLarge.Add);
        var periods = PeriodCues.Find(sentence.Text);
        var ownPeriods = mentions.Select(m => MetricContext.OwnPeriod(sentence.Text, m)).ToArray();
        var subject = MetricContext.SubjectOf(sentence.Text);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var role = MetricContext.Role(sentence.Text, mentions, i, periods, ownPeriods);

            // "1.6 per 100,000, compared with 4.7 NW average": a bare benchmark takes the unit of the figure it is compared with.
            if (role is MetricRoles.Comparator or MetricRoles.Previous && m.Unit == MetricUnits.Count && i > 0 && !m.IsWord && mentions[i - 1].Unit is not MetricUnits.Count)
            {
                m = m with { Unit = mentions[i - 1].Unit };
            }

            yield return new MetricMention
            {
                Doc = passage.Doc,
                Council = passage.Council,
                BlockIndex = passage.BlockIndex,
                SectionId = passage.SectionId,
                Source = passage.Block.Source with { Start = sentence.Start + m.Start, End = sentence.Start + m.Start + m.Length },
                Sentence = sentence.Text,
                Extractor = ExtractorId,
                Confidence = role == MetricRoles.Value ? 0.8 : 0.7,
                DuplicateOf = passage.DuplicateOf,
                Topic = passage.Topic,
                Text = m.Text,
                Value = m.Value,
                Unit = m.Unit,
                Role = role,
                Scope = MetricContext.Scope(sentence.Text, m, role, passage.Council),
                Measure = MetricContext.Measure(sentence.Text, m, subject),
                Period = PeriodCues.ForPosition(periods, m.Start) ?? HeadingPeriod(passage),
            };
        }
    }

    /// <summary>
    /// The figures of a KPI box ("Latest: 4% Target: 5%, Floor: 9% Previous: 6% (Amber)"), each with
    /// the role its label gives (latest, actual, current: the value; target and floor: targets;
    /// previous, last year, baseline: the earlier figure; England, national: a comparator) and the
    /// indicator's name, the passage above it, as the measure (its RAG word left out).
    /// </summary>
    private static IEnumerable<MetricMention> FromKpiBox(Passage passage, string? name, TooLarge tooLarge)
    {
        var text = passage.Block.Text;
        var measure = name is null ? string.Empty : MeasureLead().Replace(RagWord().Replace(name, " "), string.Empty);
        measure = string.Join(' ', measure.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim().ToLowerInvariant();
        foreach (Match figure in BoxFigure().Matches(text))
        {
            // The figure after its label, read by the number grammar on its own: the words around it in
            // a box ("5,000 Previous 5,473") are labels, not the context the sentence rules read.
            var number = figure.Groups["num"];
            if (NumberSpotter.Find(number.Value, tooLarge.Add) is not [var read])
            {
                continue;
            }

            var m = read with { Start = number.Index + read.Start, End = number.Index + read.End };
            var word = figure.Groups["label"].Value.ToLowerInvariant();
            var role = word switch
            {
                _ when word.StartsWith("target", StringComparison.Ordinal) || word.StartsWith("floor", StringComparison.Ordinal) || word.StartsWith("ceiling", StringComparison.Ordinal) => MetricRoles.Target,
                _ when word.StartsWith("previous", StringComparison.Ordinal) || word.StartsWith("last", StringComparison.Ordinal) || word.StartsWith("baseline", StringComparison.Ordinal) || word.StartsWith("prior", StringComparison.Ordinal) => MetricRoles.Previous,
                _ when word.StartsWith("england", StringComparison.Ordinal) || word.StartsWith("national", StringComparison.Ordinal) || word.StartsWith("benchmark", StringComparison.Ordinal) || word.StartsWith("regional", StringComparison.Ordinal) => MetricRoles.Comparator,
                _ => MetricRoles.Value,
            };
            yield return new MetricMention
            {
                Doc = passage.Doc,
                Council = passage.Council,
                BlockIndex = passage.BlockIndex,
                SectionId = passage.SectionId,
                Source = passage.Block.Source with { Start = passage.Block.Source.Start + m.Start, End = passage.Block.Source.Start + m.Start + m.Length },
                Sentence = text,
                Extractor = ExtractorId,
                Confidence = measure.Length > 0 ? 0.8 : Extraction.HalfParsedConfidence,
                DuplicateOf = passage.DuplicateOf,
                Topic = passage.Topic,
                Text = m.Text,
                Value = m.Value,
                Unit = m.Unit,
                Role = role,
                Scope = role == MetricRoles.Comparator ? (word.StartsWith("regional", StringComparison.Ordinal) ? passage.Council?.Region ?? "region" : "England") : "council",
                Measure = measure.Length > 0 ? measure : word,
                Period = null,
            };
        }
    }

    /// <summary>
    /// A table cell's measure from its headings: the row's label (its first cell with words) and the
    /// column's heading in the table's first row, when the rows line up ("Adult Social Care (Forecast)").
    /// A figure whose row has no label is left with the measure its words give, and a lower confidence.
    /// </summary>
    private static MetricMention WithCellMeasure(MetricMention metric, RowCells rowCells, TextBlock? header)
    {
        var row = rowCells.Row;
        var cells = row.Cells;
        if (cells.Length < 2)
        {
            return metric;
        }

        var at = metric.Source.Start - row.Source.Start;
        var cell = at <= 0 ? 0 : Math.Min(cells.Length - 1, rowCells.SeparatorsBefore(Math.Min(at, row.Text.Length)));
        var label = rowCells.FirstWordCell is var first and >= 0 && first < cell ? cells[first] : null;
        if (label is null)
        {
            return metric with { Confidence = Math.Min(metric.Confidence, Extraction.HalfParsedConfidence) };
        }

        var column = header is not null && header.Cells.Length == cells.Length && Words().IsMatch(header.Cells[cell]) ? header.Cells[cell] : null;
        var measure = MeasureLead().Replace(label.Trim(), string.Empty).ToLowerInvariant().TrimEnd('*', ' ', ':');
        if (measure.Length > 80)
        {
            measure = measure[..80].TrimEnd();
        }

        return metric with
        {
            Measure = column is null ? measure : $"{measure} ({column.Trim().ToLowerInvariant()})",
            Confidence = Math.Min(metric.Confidence, column is null ? 0.6 : 0.7),
        };
    }

    /// <summary>
    /// What every figure of a table row needs to know of the row, worked out once for the row (a row
    /// of thousands of cells would otherwise be read again for each of its figures): where its
    /// <c>" | "</c> separators stand, and its first cell with words (its label).
    /// </summary>
    private sealed class RowCells
    {
        private readonly List<int> _separatorEnds = [];

        public RowCells(TextBlock row)
        {
            Row = row;
            for (var at = row.Text.IndexOf(" | ", StringComparison.Ordinal); at >= 0; at = row.Text.IndexOf(" | ", at + 3, StringComparison.Ordinal))
            {
                _separatorEnds.Add(at + 3);
            }

            FirstWordCell = -1;
            for (var c = 0; c < row.Cells.Length && FirstWordCell < 0; c++)
            {
                FirstWordCell = Words().IsMatch(row.Cells[c]) ? c : -1;
            }
        }

        public TextBlock Row { get; }

        /// <summary>The index of the first cell with words, or -1.</summary>
        public int FirstWordCell { get; }

        /// <summary>How many separators end at or before <paramref name="at"/>: the cell a figure there stands in.</summary>
        public int SeparatorsBefore(int at)
        {
            var found = _separatorEnds.BinarySearch(at);
            return found >= 0 ? found + 1 : ~found;
        }
    }

    /// <summary>The period the headings above a passage name, the innermost first ("Quarter 3 2017/18 Service Report"), or null.</summary>
    private static string? HeadingPeriod(Passage passage)
    {
        for (var i = passage.HeadingPath.Length - 1; i >= 0; i--)
        {
            if (PeriodCues.FromHeading(passage.HeadingPath[i]) is { } period)
            {
                return period;
            }
        }

        return null;
    }

    private static IEnumerable<MetricMention> FromIndicatorRow(Passage passage, IndicatorTable header, TooLarge tooLarge)
    {
        var cells = passage.Block.Cells;
        if (cells.Length < 3)
        {
            yield break;
        }

        var measureCell = cells[1];
        var numeric = new List<(int Cell, string Text)>();
        for (var c = 2; c < cells.Length; c++)
        {
            var value = TableNumber().Match(cells[c]);
            if (value.Success)
            {
                numeric.Add((c, value.Groups["num"].Value));
            }
        }

        // Cells are dropped when empty, so align by order: the numbers fill the period columns from
        // the right when fewer than the columns ("Not collected" stands in an earlier column).
        var columns = header.PeriodColumns;
        var offset = Math.Max(0, columns.Length - numeric.Count);
        if (numeric.Count == 1 && cells.Length == header.Header.Cells.Length)
        {
            offset = Math.Max(0, columns.ToList().FindIndex(c => c.Cell == numeric[0].Cell));
        }

        var rowStart = passage.Block.Source.Start;
        for (var i = 0; i < numeric.Count && i + offset < columns.Length; i++)
        {
            var (cell, text) = numeric[i];
            var period = columns[i + offset].Period;
            var isLatest = i + offset == columns.Length - 1;
            var cellOffset = CellOffset(passage.Block, cell);
            var unit = text.EndsWith('%') ? MetricUnits.Percent
                : Per100k().IsMatch(measureCell) ? MetricUnits.Per100k
                : measureCell.StartsWith('%') || measureCell.Contains("proportion", StringComparison.OrdinalIgnoreCase) ? MetricUnits.Percent
                : MetricUnits.Score;
            if (!decimal.TryParse(text.TrimEnd('%'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                tooLarge.Add(text);
                continue;
            }

            yield return new MetricMention
            {
                Doc = passage.Doc,
                Council = passage.Council,
                BlockIndex = passage.BlockIndex,
                SectionId = passage.SectionId,
                Source = passage.Block.Source with { Start = rowStart + cellOffset, End = rowStart + cellOffset + text.Length },
                Sentence = passage.Block.Text,
                Extractor = ExtractorId,
                Confidence = 0.9,
                DuplicateOf = passage.DuplicateOf,
                Topic = passage.Topic,
                Text = text,
                Value = value,
                Unit = unit,
                Role = isLatest ? MetricRoles.Value : MetricRoles.Previous,
                Scope = "council",
                Measure = MeasureLead().Replace(measureCell, string.Empty).Trim().ToLowerInvariant(),
                Period = period,
            };
        }
    }

    private static int CellOffset(TextBlock row, int cell)
    {
        var offset = 0;
        for (var c = 0; c < cell; c++)
        {
            offset += row.Cells[c].Length + 3;
        }

        return offset;
    }

    // The "1 | 2 | 3 | 4" heads of a rating scale are not figures.
    private static bool IsRatingScale(TextBlock row)
    {
        var numbers = row.Cells.Where(c => SmallInteger().IsMatch(c)).Select(int.Parse).ToList();
        return numbers.Count >= 3 && numbers.SequenceEqual(Enumerable.Range(numbers[0], numbers.Count));
    }

    [GeneratedRegex(@"^(?<num>\d+(?:\.\d+)?%?)\*?$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"per\s+100,?000", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Per100k();

    [GeneratedRegex(@"\b(?:measures|indicators|scores|kpis)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOfMeasures();

    [GeneratedRegex(@"^\s*\d+(?:\.\d+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"^\s*(?:Latest|Actual|Current|Outturn)\s*:\s*[£\-−]?\d[\d.,]*%?[,;]?\s+(?:Target|Floor|Previous|Benchmark|England|National)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KpiBox();

    [GeneratedRegex(@"\b(?<label>Latest|Actual|Current|Outturn|Target|Floor|Ceiling|Previous|Prior|Last\s+(?:quarter|year|month)|Baseline|Benchmark|England|National|Regional)\s*:?\s*(?<num>[£\-−]*\d[\d,]*(?:\.\d+)?(?:%|\s?(?:bn|m|k|million)\b)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoxFigure();

    [GeneratedRegex(@"\b(?:GREEN|AMBER|RED)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RagWord();

    [GeneratedRegex(@"\.{5,}|(?:\.\s){5,}|…{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex DotLeaders();

    [GeneratedRegex(@"\p{L}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Words();



    [GeneratedRegex(@"^\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SmallInteger();

    [GeneratedRegex(@"^(?:proportion\s+of\s+|%\s+of\s+|percentage\s+of\s+|number\s+of\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasureLead();
}
