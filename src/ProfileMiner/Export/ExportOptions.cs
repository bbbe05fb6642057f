using System.Collections.Immutable;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>What the <c>export</c> stage writes: which formats, which tables, into which sub-folder of the output folder.</summary>
public sealed record ExportOptions
{
    /// <summary>Every shipped exporter, in the order they run.</summary>
    public static ImmutableArray<IExporter> AllExporters { get; } =
        [CsvExporter.Default, JsonLinesExporter.Default, ParquetExporter.Default, SqliteExporter.Default, QdpxExporter.Default];

    /// <summary>The format names <c>--format</c> accepts.</summary>
    public static ImmutableArray<string> FormatNames { get; } = [.. AllExporters.Select(e => e.Format)];

    /// <summary>Every format, every table, into <c>export/</c>, with the shipped THEMES.md codebook (declared after the lists it uses).</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>The exporters to run.</summary>
    public ImmutableArray<IExporter> Exporters { get; init; } = AllExporters;

    /// <summary>The tables to write (SQLite always holds documents and passages, which the other tables refer to).</summary>
    public ExportTables Tables { get; init; } = ExportTables.All;

    /// <summary>The sub-folder of the run's output folder the exports go into.</summary>
    public string Folder { get; init; } = "export";

    /// <summary>
    /// Only these councils (canonical names, as <see cref="Segment.CouncilDirectory.ResolveFilters"/> gives them):
    /// their documents and their metrics, claims and themes. Empty (the default): every council.
    /// </summary>
    public ImmutableArray<string> Councils { get; init; } = [];

    /// <summary>The least confidence of a metric or claim exported; 0 (the default) exports every one, with its confidence.</summary>
    public double MinConfidence { get; init; }

    /// <summary>The themes' names and descriptions (THEMES.md).</summary>
    public ThemeCodebook Codebook { get; init; } = ThemeCodebook.Default;

    /// <summary>
    /// The same options with the CSV written exactly as the data holds it: no apostrophe before a
    /// text cell that starts like a formula (for tools that are not spreadsheets).
    /// </summary>
    public ExportOptions WithRawCsv() =>
        this with { Exporters = [.. Exporters.Select(e => e is CsvExporter ? CsvExporter.Raw : e)] };

    /// <summary>The options with only the named formats, in their usual order.</summary>
    /// <exception cref="ArgumentException">A name is not one of <see cref="FormatNames"/>.</exception>
    public ExportOptions WithFormats(IEnumerable<string> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var wanted = formats.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = wanted.Where(f => !FormatNames.Contains(f, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown export format '{unknown[0]}' (known: {string.Join(", ", FormatNames)})", nameof(formats));
        }

        return this with { Exporters = [.. AllExporters.Where(e => wanted.Contains(e.Format))] };
    }

    /// <summary>Parses <c>--what</c> values (<c>metrics</c>, <c>claims</c>, <c>themes</c>, <c>passages</c>, <c>documents</c>, <c>all</c>).</summary>
    /// <exception cref="ArgumentException">A name is not a table.</exception>
    public static ExportTables ParseTables(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var tables = ExportTables.None;
        foreach (var name in names)
        {
            tables |= name.ToLowerInvariant() switch
            {
                "all" => ExportTables.All,
                "documents" => ExportTables.Documents,
                "passages" => ExportTables.Passages,
                "metrics" => ExportTables.Metrics,
                "claims" => ExportTables.Claims,
                "themes" => ExportTables.Themes,
                _ => throw new ArgumentException($"unknown table '{name}' (known: metrics, claims, themes, passages, documents, all)", nameof(names)),
            };
        }

        return tables == ExportTables.None ? ExportTables.All : tables;
    }
}
