using System.IO.Compression;
using System.Xml;
using Microsoft.Data.Sqlite;
using Parquet;
using ProfileMiner.Diagnostics;
using ProfileMiner.Export;
using ProfileMiner.Model;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Export;

/// <summary>A corpus with nothing in it still exports well-formed, empty files in every format.</summary>
public sealed class EmptyExportTests
{
    [Fact]
    public async Task Every_format_writes_an_empty_but_valid_file()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        var written = ExportPublisher.Default.Publish(RunTables.Create(new CorpusContent([], [])), temp.Path, diagnostics, default);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(17, written.Count);
        var folder = Path.Combine(temp.Path, "export");
        Assert.Single(File.ReadAllLines(Path.Combine(folder, "metrics.csv")));
        await using (var reader = await ParquetReader.CreateAsync(Path.Combine(folder, "claims.parquet")))
        {
            Assert.Contains(reader.Schema.GetDataFields(), f => f.Name == "polarity");
            Assert.Equal(0, reader.RowGroupCount == 0 ? 0 : reader.OpenRowGroupReader(0).RowCount);
        }

        using (var db = new SqliteConnection($"Data Source={Path.Combine(folder, SqliteExporter.FileName)};Mode=ReadOnly;Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'passages', 'metrics', 'claims', 'themes', 'passages_fts')";
            Assert.Equal(6L, command.ExecuteScalar());
        }

        using var zip = ZipFile.OpenRead(Path.Combine(folder, QdpxExporter.FileName));
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(QdpxExporter.Namespace, Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Tests", "Export", "Project-mrt2019.xsd"));
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using (var qde = zip.GetEntry("project.qde")!.Open())
        using (var reader = XmlReader.Create(qde, settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        Assert.Single(zip.Entries);
    }
}
