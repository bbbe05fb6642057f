using Parquet;
using Parquet.Schema;
using ProfileMiner.Diagnostics;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>
/// Writes one Parquet file per table (<c>metrics.parquet</c>, ...) through Parquet.Net with typed
/// columns: strings nullable UTF-8, integers 32-bit (nullable where the value can be missing, as
/// <c>page</c> and <c>line</c>), numbers (<c>value</c>, <c>confidence</c>, <c>score</c>) as doubles.
/// The same columns, in the same order, as the CSV export.
/// </summary>
public sealed class ParquetExporter : IExporter
{
    /// <summary>Rows per row group: large enough for fast scans, small enough to bound memory on big corpora.</summary>
    internal const int RowGroupSize = 100_000;

    /// <summary>The shared instance.</summary>
    public static ParquetExporter Default { get; } = new();

    /// <inheritdoc />
    public string Format => "parquet";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(RunTables data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var written = new List<string>();
        foreach (var table in ExportTable.Chosen(data, tables))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExportFile.TryWrite(Path.Combine(folder, table.Name + ".parquet"),
                stream => WriteAsync(table, stream, cancellationToken).GetAwaiter().GetResult(), diagnostics, written);
        }

        return written;
    }

    /// <summary>The Parquet field of each column of <paramref name="table"/>.</summary>
    internal static DataField[] Fields(ExportTable table) =>
    [
        .. table.Columns.Select(c => c.Kind switch
        {
            ColumnKind.Text => (DataField)new DataField<string>(c.Name, true),
            ColumnKind.Integer when c.Nullable => new DataField<int?>(c.Name),
            ColumnKind.Integer => new DataField<int>(c.Name),
            _ when c.Nullable => new DataField<double?>(c.Name),
            _ => new DataField<double>(c.Name),
        }),
    ];

    private static async Task WriteAsync(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var fields = Fields(table);
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["created_by"] = "ProfileMiner", ["table"] = table.Name };

        // An empty table still gets one (empty) row group, so readers see the schema and zero rows.
        for (var first = 0; first == 0 || first < table.RowCount; first += RowGroupSize)
        {
            var count = Math.Min(RowGroupSize, table.RowCount - first);
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                await WriteColumnAsync(group, fields[c], table, c, first, count, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, ExportTable table, int column, int first, int count, CancellationToken cancellationToken)
    {
        var (_, kind, nullable) = table.Columns[column];
        switch (kind)
        {
            case ColumnKind.Text:
            {
                var values = new string[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = table.Text(column, first + i)!;
                }

                await group.WriteAsync(field, values).ConfigureAwait(false);
                break;
            }

            case ColumnKind.Integer when nullable:
            {
                var values = new int?[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = table.Integer(column, first + i);
                }

                await group.WriteAsync<int>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            }

            case ColumnKind.Integer:
            {
                var values = new int[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = table.Integer(column, first + i) ?? 0;
                }

                await group.WriteAsync<int>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            }

            case ColumnKind.Number when nullable:
            {
                var values = new double?[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = table.Number(column, first + i) is { } d ? (double)d : null;
                }

                await group.WriteAsync<double>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            }

            default:
            {
                var values = new double[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = (double)(table.Number(column, first + i) ?? 0m);
                }

                await group.WriteAsync<double>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            }
        }
    }
}
