using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ProfileMiner.Export;
using ProfileMiner.Model;

namespace ProfileMiner.Tests.Export;

/// <summary>The SQLite export opened with Microsoft.Data.Sqlite and the sqlite3 tool: keys, counts, joins, FTS5.</summary>
public sealed class SqliteExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static SqliteConnection Open(string folder)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, SqliteExporter.FileName),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "<null>" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    [Fact]
    public void Every_table_holds_the_content_and_every_foreign_key_resolves()
    {
        using var db = Open(fixture.ThemedFolder);
        Assert.Equal(fixture.Themed.Documents.Length, Scalar(db, "SELECT count(*) FROM documents"));
        Assert.Equal(fixture.Themed.Documents.Sum(d => d.Source.Blocks.Length), Scalar(db, "SELECT count(*) FROM passages"));
        Assert.Equal(fixture.Themed.Extractions.OfType<MetricMention>().Count(), Scalar(db, "SELECT count(*) FROM metrics"));
        Assert.Equal(fixture.Themed.Extractions.OfType<Claim>().Count(), Scalar(db, "SELECT count(*) FROM claims"));
        Assert.Equal(fixture.Assignments.Sum(a => a.Themes.Length), Scalar(db, "SELECT count(*) FROM themes"));
        Assert.Empty(Column(db, "SELECT \"table\" FROM pragma_foreign_key_check"));
        Assert.Contains("passages", Column(db, "SELECT \"table\" FROM pragma_foreign_key_list('metrics')"));
        Assert.Contains("documents", Column(db, "SELECT \"table\" FROM pragma_foreign_key_list('themes')"));
        Assert.Equal(["doc_id", "block"], Column(db, "SELECT name FROM pragma_table_info('passages') WHERE pk > 0 ORDER BY pk"));
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM metrics WHERE block IS NULL"));
        var indexes = Column(db, "SELECT name FROM sqlite_master WHERE type = 'index'");
        foreach (var index in new[] { "metrics_council", "metrics_indicator", "claims_council", "claims_indicator", "themes_council", "themes_theme" })
        {
            Assert.Contains(index, indexes);
        }
    }

    [Fact]
    public void A_metric_joins_to_the_passage_and_document_that_hold_it()
    {
        using var db = Open(fixture.ExportFolder);
        Assert.Equal(0, Scalar(db, """
            SELECT count(*) FROM metrics m
            JOIN passages p ON p.doc_id = m.doc_id AND p.block = m.block
            JOIN documents d ON d.id = m.doc_id
            WHERE m.start < p.start OR m."end" > p."end" OR d.file <> m.document OR p.document <> m.document
            """));
        Assert.Equal(Scalar(db, "SELECT count(*) FROM metrics"), Scalar(db, "SELECT count(*) FROM metrics m JOIN passages p USING (doc_id, block)"));
        var first = fixture.Content.Extractions.OfType<MetricMention>().First(m => m.Text.Contains('£', StringComparison.Ordinal));
        using var command = db.CreateCommand();
        command.CommandText = "SELECT value, unit, text, sentence FROM metrics WHERE document = $doc AND start = $start";
        command.Parameters.AddWithValue("$doc", first.Doc);
        command.Parameters.AddWithValue("$start", first.Source.Start);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((double)first.Value, reader.GetDouble(0));
        Assert.Equal(first.Unit, reader.GetString(1));
        Assert.Equal(first.Text, reader.GetString(2));
        Assert.Equal(first.Sentence, reader.GetString(3));
    }

    [Fact]
    public void The_fts5_table_finds_the_passages_that_mention_a_word_with_stemming()
    {
        using var db = Open(fixture.ExportFolder);
        var contain = fixture.Content.Documents.SelectMany(d => d.Source.Blocks)
            .Count(b => b.Text.Contains("carers", StringComparison.OrdinalIgnoreCase));
        Assert.True(contain > 0);
        var hits = Scalar(db, "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'carers'");
        Assert.True(hits >= contain, $"{hits} FTS hits, {contain} passages contain 'carers'");

        // Stemming: "carer" finds "carers"; the hit joins back to its passage.
        var texts = Column(db, """
            SELECT p.text FROM passages_fts f JOIN passages p ON p.doc_id = f.doc_id AND p.block = f.block
            WHERE passages_fts MATCH 'carer' ORDER BY rank LIMIT 5
            """);
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Contains("carer", t, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'zzqxunfindable'"));
    }

    [Fact]
    public void The_empty_themes_table_exists_with_its_columns()
    {
        using var db = Open(fixture.ExportFolder);
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM themes"));
        Assert.Contains("theme", Column(db, "SELECT name FROM pragma_table_info('themes')"));
    }

    [SkippableFact]
    public void The_sqlite3_tool_reads_the_database()
    {
        var tool = new[] { "/usr/bin/sqlite3", "/usr/local/bin/sqlite3" }.FirstOrDefault(File.Exists);
        Skip.If(tool is null, "the sqlite3 tool is not installed");
        var path = Path.Combine(fixture.ExportFolder, SqliteExporter.FileName);
        var start = new ProcessStartInfo(tool!)
        {
            ArgumentList = { "-readonly", path, "SELECT count(*) FROM metrics; SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'reablement'; PRAGMA integrity_check;" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fixture.Content.Extractions.OfType<MetricMention>().Count().ToString(System.Globalization.CultureInfo.InvariantCulture), lines[0]);
        Assert.True(int.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("ok", lines[2]);
    }
}
