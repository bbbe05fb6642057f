using System.Globalization;
using CsvHelper;
using ProfileMiner.Diagnostics;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>
/// Writes one CSV file per table (<c>metrics.csv</c>, ...) through CsvHelper: RFC 4180 (comma, CRLF,
/// fields quoted when they hold a comma, quote or line break), UTF-8 with a byte-order mark so that
/// Excel shows <c>£</c>, a header row, invariant culture, numbers as plain decimals, null as an empty field.
/// <para>
/// A text cell that a spreadsheet would take for a formula (it starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return, or their full-width forms) gets a leading
/// apostrophe, as OWASP's advice on CSV injection says: text from a document, a measure or a file
/// name such as <c>=HYPERLINK(…)</c> is shown as text, never run. Numbers are written as numbers and
/// never changed. <see cref="Raw"/> writes cells exactly as they are, for tools that are not spreadsheets.
/// </para>
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

    /// <summary>The shared instance: formulas neutralised.</summary>
    public static CsvExporter Default { get; } = new(neutraliseFormulas: true);

    /// <summary>Cells written exactly as the data holds them (<c>export --csv-raw</c>).</summary>
    public static CsvExporter Raw { get; } = new(neutraliseFormulas: false);

    private CsvExporter(bool neutraliseFormulas) => NeutraliseFormulas = neutraliseFormulas;

    /// <summary>Whether text cells that start like a formula get a leading apostrophe.</summary>
    public bool NeutraliseFormulas { get; }

    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(RunTables data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var written = new List<string>();
        foreach (var table in ExportTable.Chosen(data, tables))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExportFile.TryWrite(Path.Combine(folder, table.Name + ".csv"), stream => Write(table, stream, NeutraliseFormulas), diagnostics, written);
        }

        return written;
    }

    internal static void Write(ExportTable table, Stream stream) => Write(table, stream, neutraliseFormulas: true);

    internal static void Write(ExportTable table, Stream stream, bool neutraliseFormulas)
    {
        using var csv = CsvWriter.Create(stream, s_options, leaveOpen: true);
        csv.WriteHeader([.. table.Columns.Select(c => c.Name)]);
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var column = 0; column < table.Columns.Length; column++)
            {
                var cell = table.Formatted(column, row) ?? string.Empty;
                csv.WriteField(neutraliseFormulas && table.Columns[column].Kind == ColumnKind.Text ? Neutralise(cell) : cell);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>The cell with a leading apostrophe when a spreadsheet would read it as a formula.</summary>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠' ? "'" + cell : cell;
    }
}
