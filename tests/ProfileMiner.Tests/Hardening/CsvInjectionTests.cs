using System.Text;
using ProfileMiner.Export;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// CSV cells from documents, measures and file names must not reach a spreadsheet as formulas: a
/// text cell starting with = + - @, a tab or a carriage return gets OWASP's leading apostrophe;
/// numbers are never touched; <c>--csv-raw</c> turns it off.
/// </summary>
public sealed class CsvInjectionTests
{
    private sealed record Row(string Text, decimal Value);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"click\")", "'=HYPERLINK(\"http://evil\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-£1.6m overspend", "'-£1.6m overspend")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("Lancashire spent £5m", "Lancashire spent £5m")]
    [InlineData("a = b", "a = b")]
    [InlineData("", "")]
    public void A_text_cell_that_starts_like_a_formula_gets_a_leading_apostrophe(string cell, string written) =>
        Assert.Equal(written, CsvExporter.Neutralise(cell));

    [Fact]
    public void The_written_file_neutralises_text_cells_and_leaves_numbers_alone()
    {
        var csv = Write(CsvExporter.Default);

        Assert.Equal(["text,value", "'=1+2,-3.5", "'-note,-1600000", "'@user,0", "plain,42"], Lines(csv));
    }

    [Fact]
    public void Raw_csv_writes_every_cell_as_it_is()
    {
        var csv = Write(CsvExporter.Raw);

        Assert.Equal(["text,value", "=1+2,-3.5", "-note,-1600000", "@user,0", "plain,42"], Lines(csv));
        Assert.Same(CsvExporter.Raw, ExportOptions.Default.WithRawCsv().Exporters.Single(e => e.Format == "csv"));
        Assert.Same(CsvExporter.Default, ExportOptions.Default.Exporters.Single(e => e.Format == "csv"));
    }

    private static string Write(CsvExporter exporter)
    {
        Row[] rows = [new("=1+2", -3.5m), new("-note", -1_600_000m), new("@user", 0m), new("plain", 42m)];
        var table = ExportTable.Create("t", ExportTables.Metrics, rows,
            [ExportColumn<Row>.Text("text", r => r.Text), ExportColumn<Row>.Number("value", r => r.Value)]);
        using var stream = new MemoryStream();
        CsvExporter.Write(table, stream, exporter.NeutraliseFormulas);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
    }

    private static string[] Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
