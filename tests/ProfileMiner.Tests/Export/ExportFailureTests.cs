using ProfileMiner.Diagnostics;
using ProfileMiner.Export;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Export;

/// <summary>A file that cannot be written is one PM6001 error naming it; the other files are written and nothing half-written is left.</summary>
public sealed class ExportFailureTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public void A_blocked_target_is_one_error_naming_it_and_the_rest_is_written()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "export");

        // A folder where a file should go: the move into place fails, for CSV and for SQLite alike.
        Directory.CreateDirectory(Path.Combine(folder, "metrics.csv"));
        Directory.CreateDirectory(Path.Combine(folder, SqliteExporter.FileName));
        var diagnostics = new DiagnosticBag();

        var written = ExportPublisher.Default.Publish(RunTables.Create(fixture.Content), temp.Path, diagnostics, default);

        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.OutputFailed, e.Code));
        Assert.Contains(errors, e => e.ToString().StartsWith("export/metrics.csv: error PM6001: cannot write the file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ToString().StartsWith("export/profileminer.sqlite: error PM6001:", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(folder, "claims.csv"), written);
        Assert.Contains(Path.Combine(folder, "metrics.parquet"), written);
        Assert.Contains(Path.Combine(folder, QdpxExporter.FileName), written);
        Assert.DoesNotContain(Path.Combine(folder, "metrics.csv"), written);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_export_folder_that_cannot_be_created_is_one_error()
    {
        using var temp = new TempDirectory();
        temp.Write("export", "a file where the folder should be");
        var diagnostics = new DiagnosticBag();

        var written = ExportPublisher.Default.Publish(RunTables.Create(fixture.Content), temp.Path, diagnostics, default);

        Assert.Empty(written);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.OutputFailed, error.Code);
        Assert.StartsWith("export: error PM6001: cannot create the export folder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_choose_formats_and_tables()
    {
        using var temp = new TempDirectory();
        var options = ExportOptions.Default.WithFormats(["csv", "SQLITE"]) with { Tables = ExportOptions.ParseTables(["metrics"]) };
        var diagnostics = new DiagnosticBag();

        var written = new ExportPublisher(options).Publish(RunTables.Create(fixture.Content), temp.Path, diagnostics, default);

        Assert.Equal(["metrics.csv", SqliteExporter.FileName], written.Select(Path.GetFileName));
        Assert.Empty(diagnostics.Items);
        Assert.Throws<ArgumentException>(() => ExportOptions.Default.WithFormats(["xlsx"]));
        Assert.Throws<ArgumentException>(() => ExportOptions.ParseTables(["rows"]));
        Assert.Equal(ExportTables.All, ExportOptions.ParseTables([]));
        Assert.Equal(ExportTables.Claims | ExportTables.Themes, ExportOptions.ParseTables(["claims", "themes"]));
    }
}
