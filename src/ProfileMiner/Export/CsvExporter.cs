using System.Globalization;
using CsvHelper;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Export;

/// <summary>
/// Writes one CSV file per table (<c>metrics.csv</c>, ...) through CsvHelper: RFC 4180 (comma, CRLF,
/// fields quoted when they hold a comma, quote or line break), UTF-8 with a byte-order mark so that
/// Excel shows <c>£</c>, a header row, invariant culture, numbers as plain decimals, null as an empty field.
/// </summary>
public sealed class CsvExporter : IExporter
{
    private static readonly CsvWriterOptions s_options = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The shared instance.</summary>
    public static CsvExporter Default { get; } = new();

    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(ExportData data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var written = new List<string>();
        foreach (var table in data.Tables(tables))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExportFile.TryWrite(Path.Combine(folder, table.Name + ".csv"), stream => Write(table, stream), diagnostics, written);
        }

        return written;
    }

    internal static void Write(ExportTable table, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, s_options, leaveOpen: true);
        csv.WriteHeader([.. table.Columns.Select(c => c.Name)]);
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var column = 0; column < table.Columns.Length; column++)
            {
                csv.WriteField(table.Formatted(column, row) ?? string.Empty);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
