using System.Text;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary><c>export</c>: a passage that reads as a formula reaches the CSV as text, unless <c>--csv-raw</c> asks otherwise.</summary>
public sealed class CsvInjectionCommandTests
{
    private const string Document = "# Lancashire County Council\n\n=HYPERLINK(\"http://attacker.example\",\"Click for the figures\")\n\n@SUM(1+1)*cmd|' /C calc'!A0 was in a cell.\n";

    [Fact]
    public async Task Export_writes_formula_like_passages_as_text_and_csv_raw_as_they_are()
    {
        using var temp = new TempDirectory();
        temp.Write("in/=cmd.md", Document);

        var guarded = await CliRunner.RunAsync("export", temp.File("in"), "--out", temp.File("out"), "--format", "csv", "--what", "passages,documents");
        var passages = await File.ReadAllTextAsync(temp.File("out/export/passages.csv"), Encoding.UTF8);
        var documents = await File.ReadAllTextAsync(temp.File("out/export/documents.csv"), Encoding.UTF8);
        var raw = await CliRunner.RunAsync("export", temp.File("in"), "--out", temp.File("out"), "--format", "csv", "--what", "passages", "--csv-raw");
        var rawPassages = await File.ReadAllTextAsync(temp.File("out/export/passages.csv"), Encoding.UTF8);

        Assert.True(guarded.ExitCode == 0, guarded.ToString());
        Assert.Contains(",\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"Click for the figures\"\")\",", passages, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1+1)*cmd|' /C calc'!A0 was in a cell.,", passages, StringComparison.Ordinal);
        Assert.Contains(",'=cmd.md,", documents, StringComparison.Ordinal);
        Assert.True(raw.ExitCode == 0, raw.ToString());
        Assert.Contains(",\"=HYPERLINK(\"\"http://attacker.example\"\",\"\"Click for the figures\"\")\",", rawPassages, StringComparison.Ordinal);
    }
}
