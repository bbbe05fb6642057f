using System.Collections.Immutable;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>
/// A table ready to write: its name, its typed columns and its rows, read by (column, row) index so
/// that every tabular format (CSV, Parquet, SQLite) writes the same columns from one definition.
/// </summary>
internal abstract class ExportTable
{
    protected ExportTable(string name, ExportTables kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The table's name: <c>documents</c>, <c>passages</c>, <c>metrics</c>, <c>claims</c> or <c>themes</c>.</summary>
    public string Name { get; }

    /// <summary>Which table this is.</summary>
    public ExportTables Kind { get; }

    /// <summary>The tables chosen, in the order documents, passages, metrics, claims, themes.</summary>
    public static IEnumerable<ExportTable> Chosen(RunTables data, ExportTables which)
    {
        if (which.HasFlag(ExportTables.Documents))
        {
            yield return ExportTable.Create("documents", ExportTables.Documents, data.Documents, ExportSchema.Documents);
        }

        if (which.HasFlag(ExportTables.Passages))
        {
            yield return ExportTable.Create("passages", ExportTables.Passages, data.Passages, ExportSchema.Passages);
        }

        if (which.HasFlag(ExportTables.Metrics))
        {
            yield return ExportTable.Create("metrics", ExportTables.Metrics, data.Metrics, ExportSchema.Metrics);
        }

        if (which.HasFlag(ExportTables.Claims))
        {
            yield return ExportTable.Create("claims", ExportTables.Claims, data.Claims, ExportSchema.Claims);
        }

        if (which.HasFlag(ExportTables.Themes))
        {
            yield return ExportTable.Create("themes", ExportTables.Themes, data.Themes, ExportSchema.Themes);
        }
    }

    public abstract ImmutableArray<(string Name, ColumnKind Kind, bool Nullable)> Columns { get; }

    public abstract int RowCount { get; }

    public abstract string? Text(int column, int row);

    public abstract int? Integer(int column, int row);

    public abstract decimal? Number(int column, int row);

    /// <summary>The value formatted for text formats (CSV): invariant culture, numbers as plain decimals (<see cref="PlainDecimal"/>), null as null.</summary>
    public string? Formatted(int column, int row) => Columns[column].Kind switch
    {
        ColumnKind.Text => Text(column, row),
        ColumnKind.Integer => Integer(column, row)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Number(column, row)?.ToString(PlainDecimal, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A plain decimal: no exponent, no thousands separator, no trailing zeros (<c>1500000</c>, <c>97.6</c>).</summary>
    public const string PlainDecimal = "0.############################";

    public static ExportTable Create<TRow>(string name, ExportTables kind, IReadOnlyList<TRow> rows, ImmutableArray<ExportColumn<TRow>> columns) =>
        new Typed<TRow>(name, kind, rows, columns);

    private sealed class Typed<TRow>(string name, ExportTables kind, IReadOnlyList<TRow> rows, ImmutableArray<ExportColumn<TRow>> columns) : ExportTable(name, kind)
    {
        public override ImmutableArray<(string Name, ColumnKind Kind, bool Nullable)> Columns { get; } =
            [.. columns.Select(c => (c.Name, c.Kind, c.Nullable))];

        public override int RowCount => rows.Count;

        public override string? Text(int column, int row) => columns[column].GetText!(rows[row]);

        public override int? Integer(int column, int row) => columns[column].GetInteger!(rows[row]);

        public override decimal? Number(int column, int row) => columns[column].GetNumber!(rows[row]);
    }
}
