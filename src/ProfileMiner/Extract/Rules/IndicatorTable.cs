using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Extract.Rules;

/// <summary>
/// An indicator table as self-assessment forms lay them out: a header row with period columns
/// (<c>2011/12</c>, <c>2012/13</c>; not <c>2011/12 Quartile</c>), then one row per indicator.
/// Shared by the metric and claim rules, which read the same tables.
/// </summary>
/// <param name="Header">The header row.</param>
/// <param name="PeriodColumns">The header's period columns, left to right: cell index and normalised period.</param>
internal sealed partial record IndicatorTable(TextBlock Header, ImmutableArray<(int Cell, string Period)> PeriodColumns)
{
    /// <summary>The latest period of the table (the one its value column reports).</summary>
    public string LatestPeriod => PeriodColumns.Select(c => c.Period).Order(StringComparer.Ordinal).Last();

    /// <summary>The indicator tables of a document, by table index.</summary>
    public static Dictionary<int, IndicatorTable> Find(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tables = new Dictionary<int, IndicatorTable>();
        foreach (var group in document.Blocks.Where(b => b.Kind == BlockKind.TableRow).GroupBy(b => b.TableIndex))
        {
            var header = group.First();
            var columns = header.Cells
                .Select((cell, index) => (Cell: index, Text: cell))
                .Where(c => c.Text.Length <= 12 && !QuartileOrTrend().IsMatch(c.Text) && PeriodCues.FromHeading(c.Text) is not null)
                .Select(c => (c.Cell, Period: PeriodCues.FromHeading(c.Text)!))
                .ToImmutableArray();
            if (columns.Length > 0)
            {
                tables[group.Key] = new IndicatorTable(header, columns);
            }
        }

        return tables;
    }

    [GeneratedRegex(@"quartile|trend|rank|target|change", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuartileOrTrend();
}
