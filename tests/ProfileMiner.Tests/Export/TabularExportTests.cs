using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Parquet;
using Parquet.Schema;
using ProfileMiner.Export;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Tests.Export;

/// <summary>CSV and Parquet read back (CsvHelper, Parquet.Net) and compared with the JSON Lines and the in-memory extractions.</summary>
public sealed class TabularExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static readonly string[] s_metricHead =
        ["id", "council", "gss_code", "region", "document", "kind", "period", "measure", "indicator", "value", "unit", "role", "scope", "page", "line", "sentence", "start", "end"];

    private static List<Dictionary<string, string?>> ReadCsv(string path, out string[] headers)
    {
        using var reader = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ',' });
        var rows = new List<Dictionary<string, string?>>();
        string[]? names = null;
        while (reader.Read())
        {
            names ??= [.. reader.Headers];
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                var value = reader.GetString(i);
                row[names[i]] = string.IsNullOrEmpty(value) ? null : value;
            }

            rows.Add(row);
        }

        headers = names ?? [.. reader.Headers];
        return rows;
    }

    // A text cell that starts like a formula is written with a leading apostrophe (docs/export.md#formulas-are-written-as-text).
    private static string? AsCsv(string? value) => value is null ? null : CsvExporter.Neutralise(value);

    private static List<JsonElement> ReadJsonl(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    // CSV has one empty field for both null and "": compare them as null.
    private static string? Str(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null || e.GetProperty(name).ToString().Length == 0 ? null : e.GetProperty(name).ToString();

    [Fact]
    public void The_run_writes_every_format_into_export_without_errors_or_temp_files()
    {
        Assert.DoesNotContain(fixture.Result.Diagnostics, d => d.Severity == ProfileMiner.Diagnostics.Severity.Error);
        foreach (var name in new[] { "metrics.csv", "claims.csv", "themes.csv", "passages.csv", "documents.csv", "metrics.jsonl", "themes.jsonl",
                     "metrics.parquet", "themes.parquet", "passages.parquet", SqliteExporter.FileName, QdpxExporter.FileName })
        {
            var path = Path.Combine(fixture.ExportFolder, name);
            Assert.Contains(Path.GetFullPath(path), fixture.Result.Outputs);
            Assert.True(File.Exists(path), name);
        }

        Assert.Empty(Directory.EnumerateFiles(fixture.OutputFolder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Metrics_csv_is_utf8_with_bom_crlf_and_matches_metrics_jsonl_row_for_row()
    {
        var path = Path.Combine(fixture.ExportFolder, "metrics.csv");
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(",", s_metricHead) + ",", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?<!\r)\n", text);
        Assert.Contains("£", text, StringComparison.Ordinal);

        var csv = ReadCsv(path, out var headers);
        Assert.Equal(s_metricHead, headers[..s_metricHead.Length]);
        var jsonl = ReadJsonl(Path.Combine(fixture.OutputFolder, "metrics.jsonl"));
        Assert.True(jsonl.Count > 100, "the seeds hold hundreds of metrics");
        Assert.Equal(jsonl.Count, csv.Count);
        var documents = fixture.Content.Documents.ToDictionary(d => d.Source.File, StringComparer.Ordinal);
        for (var i = 0; i < csv.Count; i++)
        {
            var (row, json) = (csv[i], jsonl[i]);
            Assert.Equal(AsCsv(Str(json, "doc")), row["document"]);
            Assert.Equal(AsCsv(Str(json, "council")), row["council"]);
            Assert.Equal(AsCsv(Str(json, "gss_code")), row["gss_code"]);
            Assert.Equal(AsCsv(Str(json, "sentence")), row["sentence"]);
            Assert.Equal(AsCsv(Str(json, "unit")), row["unit"]);
            Assert.Equal(AsCsv(Str(json, "role")), row["role"]);
            Assert.Equal(AsCsv(Str(json, "scope")), row["scope"]);
            Assert.Equal(AsCsv(Str(json, "measure")), row["measure"]);
            Assert.Equal(AsCsv(Str(json, "indicator")), row["indicator"]);
            Assert.Equal(AsCsv(Str(json, "period")), row["period"]);
            Assert.Equal(AsCsv(Str(json, "text")), row["text"]);
            Assert.Equal(AsCsv(Str(json, "page")), row["page"]);
            Assert.Equal(AsCsv(Str(json, "line")), row["line"]);
            Assert.Equal(AsCsv(Str(json, "start")), row["start"]);
            Assert.Equal(AsCsv(Str(json, "end")), row["end"]);
            Assert.Equal(AsCsv(Str(json, "duplicate_of")), row["duplicate_of"]);
            Assert.Equal(json.GetProperty("value").GetDecimal(), decimal.Parse(row["value"]!, NumberStyles.Number, CultureInfo.InvariantCulture));
            Assert.DoesNotContain("E", row["value"]!, StringComparison.OrdinalIgnoreCase);

            // Provenance resolves: the offsets cite the document's text, and the block holds them.
            var document = documents[row["document"]!];
            var block = document.Source.Blocks[int.Parse(row["block"]!, CultureInfo.InvariantCulture)];
            var (start, end) = (int.Parse(row["start"]!, CultureInfo.InvariantCulture), int.Parse(row["end"]!, CultureInfo.InvariantCulture));
            Assert.InRange(start, block.Source.Start, block.Source.End);
            var cited = document.Source.Text[start..end];
            var digits = System.Text.RegularExpressions.Regex.Match(row["text"]!, "[0-9]+").Value;
            Assert.Contains(digits.Length > 0 ? digits : row["text"]!, cited, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Claims_and_passages_csv_match_their_json_lines()
    {
        var claims = ReadCsv(Path.Combine(fixture.ExportFolder, "claims.csv"), out _);
        var claimsJson = ReadJsonl(Path.Combine(fixture.OutputFolder, "claims.jsonl"));
        Assert.Equal(claimsJson.Count, claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            foreach (var field in new[] { "type", "polarity", "count", "total", "framework", "comparator", "indicator", "period", "sentence", "start", "end", "page", "line" })
            {
                Assert.Equal(AsCsv(Str(claimsJson[i], field)), claims[i][field]);
            }

            Assert.Equal(AsCsv(Str(claimsJson[i], "doc")), claims[i]["document"]);
        }

        var passages = ReadCsv(Path.Combine(fixture.ExportFolder, "passages.csv"), out _);
        var passagesJson = ReadJsonl(Path.Combine(fixture.OutputFolder, "passages.jsonl"));
        Assert.Equal(passagesJson.Count, passages.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            foreach (var field in new[] { "council", "gss_code", "region", "kind", "text", "page", "line", "start", "end", "section_id", "duplicate_of" })
            {
                Assert.Equal(AsCsv(Str(passagesJson[i], field)), passages[i][field]);
            }
        }
    }

    [Fact]
    public void Themes_csv_with_no_themes_is_a_header_only()
    {
        var path = Path.Combine(fixture.ExportFolder, "themes.csv");
        var rows = ReadCsv(path, out var headers);
        Assert.Empty(rows);
        Assert.Equal(["id", "council", "gss_code", "region", "document", "kind", "theme", "theme_name", "rank", "score"], headers[..10]);
        Assert.Equal(0, new FileInfo(Path.Combine(fixture.ExportFolder, "themes.jsonl")).Length);
    }

    [Fact]
    public void Themes_csv_holds_one_row_per_theme_of_each_constructed_assignment()
    {
        var rows = ReadCsv(Path.Combine(fixture.ThemedFolder, "themes.csv"), out _);
        var expected = fixture.Assignments.SelectMany(a => a.Themes.Select((t, i) => (a, t, i))).ToList();
        Assert.True(expected.Count > 50);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (a, theme, rank) = expected[i];
            Assert.Equal(theme, rows[i]["theme"]);
            Assert.Equal(ThemeCodebook.Default.Find(theme)!.Name, rows[i]["theme_name"]);
            Assert.Equal((rank + 1).ToString(CultureInfo.InvariantCulture), rows[i]["rank"]);
            Assert.Equal(Math.Round(a.Scores[rank], 3), double.Parse(rows[i]["score"]!, CultureInfo.InvariantCulture), 6);
            Assert.Equal(a.Doc, rows[i]["document"]);
            Assert.Equal(a.BlockIndex.ToString(CultureInfo.InvariantCulture), rows[i]["block"]);
            Assert.Equal(a.Source.Start.ToString(CultureInfo.InvariantCulture), rows[i]["start"]);
            Assert.Equal(a.Sentence, rows[i]["text"]);
        }

        Assert.DoesNotContain(fixture.ThemedDiagnostics, d => d.Severity != ProfileMiner.Diagnostics.Severity.Info);
        var jsonl = ReadJsonl(Path.Combine(fixture.ThemedFolder, "themes.jsonl"));
        Assert.Equal(fixture.Assignments.Length, jsonl.Count);
        Assert.Equal(fixture.Assignments[0].Themes, jsonl[0].GetProperty("themes").EnumerateArray().Select(t => t.GetString()!));
    }

    [Fact]
    public void Exported_jsonl_is_byte_identical_to_the_run_outputs()
    {
        foreach (var name in new[] { "documents.jsonl", "passages.jsonl", "metrics.jsonl", "claims.jsonl" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.OutputFolder, name)), File.ReadAllBytes(Path.Combine(fixture.ExportFolder, name)));
        }
    }

    [Fact]
    public async Task Metrics_parquet_has_typed_columns_and_the_extracted_values()
    {
        var metrics = fixture.Content.Extractions.OfType<MetricMention>().ToList();
        await using var stream = File.OpenRead(Path.Combine(fixture.ExportFolder, "metrics.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        Assert.Equal(s_metricHead, fields.Keys.Take(s_metricHead.Length));
        Assert.Equal(typeof(double), fields["value"].ClrType);
        Assert.False(fields["value"].IsNullable);
        Assert.Equal(typeof(int), fields["page"].ClrType);
        Assert.True(fields["page"].IsNullable);
        Assert.Equal(typeof(int), fields["start"].ClrType);
        Assert.False(fields["start"].IsNullable);
        // Parquet.Net reads a UTF-8 string column as string or as ReadOnlyMemory<char>; either way it is text, not bytes.
        Assert.Contains(fields["council"].ClrType, new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
        Assert.True(fields["council"].IsNullable);

        var values = new List<double>();
        var pages = new List<int?>();
        var lines = new List<int?>();
        var starts = new List<int>();
        var docs = new List<string?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var v = new double[n];
            await group.ReadAsync<double>(fields["value"], v.AsMemory());
            var p = new int?[n];
            await group.ReadAsync<int>(fields["page"], p.AsMemory());
            var l = new int?[n];
            await group.ReadAsync<int>(fields["line"], l.AsMemory());
            var s = new int[n];
            await group.ReadAsync<int>(fields["start"], s.AsMemory());
            var d = new string?[n];
            await group.ReadAsync(fields["document"], d.AsMemory());
            values.AddRange(v);
            pages.AddRange(p);
            lines.AddRange(l);
            starts.AddRange(s);
            docs.AddRange(d);
        }

        Assert.Equal(metrics.Count, values.Count);
        Assert.Contains(pages, p => p is not null);
        Assert.Contains(lines, l => l is not null);
        for (var i = 0; i < metrics.Count; i++)
        {
            Assert.Equal((double)metrics[i].Value, values[i]);
            Assert.Equal(metrics[i].Source.Page, pages[i]);
            Assert.Equal(metrics[i].Source.Line, lines[i]);
            Assert.Equal(metrics[i].Source.Start, starts[i]);
            Assert.Equal(metrics[i].Doc, docs[i]);
        }
    }

    [Fact]
    public async Task Parquet_tables_have_as_many_rows_as_the_content_and_themes_work_empty()
    {
        async Task<(long Rows, ParquetSchema Schema)> Read(string folder, string name)
        {
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, name));
            long rows = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                rows += group.RowCount;
            }

            return (rows, reader.Schema);
        }

        var passages = fixture.Content.Documents.Sum(d => d.Source.Blocks.Length);
        Assert.Equal(passages, (await Read(fixture.ExportFolder, "passages.parquet")).Rows);
        Assert.Equal(fixture.Content.Extractions.OfType<Claim>().Count(), (await Read(fixture.ExportFolder, "claims.parquet")).Rows);
        Assert.Equal(fixture.Content.Documents.Length, (await Read(fixture.ExportFolder, "documents.parquet")).Rows);
        var empty = await Read(fixture.ExportFolder, "themes.parquet");
        Assert.Equal(0, empty.Rows);
        Assert.Contains(empty.Schema.GetDataFields(), f => f.Name == "theme");
        Assert.Equal(fixture.Assignments.Sum(a => a.Themes.Length), (await Read(fixture.ThemedFolder, "themes.parquet")).Rows);
    }
}
