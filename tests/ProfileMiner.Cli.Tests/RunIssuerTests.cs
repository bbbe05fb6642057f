using System.Text.Json;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary>Who wrote each file, as the user says it: a profileminer.csv manifest and run --council; files nobody is known to have written are listed.</summary>
public sealed class RunIssuerTests
{
    private const string Neutral = "Adult social care\n\nThe service supported more people at home this year than last.\n";

    private static Dictionary<string, JsonElement> Documents(string outFolder) =>
        File.ReadLines(Path.Combine(outFolder, "documents.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(d => d.GetProperty("file").GetString()!, StringComparer.Ordinal);

    private static string? IssuerCouncil(JsonElement document) => document.GetProperty("issuer").GetProperty("council").GetString();

    [Fact]
    public async Task A_manifest_names_the_council_kind_and_period_of_files_and_folders()
    {
        using var temp = new TempDirectory();
        temp.Write("in/kent/papers/a.txt", Neutral);
        temp.Write("in/notes.txt", Neutral);
        temp.Write("in/other.txt", Neutral);
        temp.Write("in/profileminer.csv", "path,council,kind,period\nkent,Kent County Council,,\nnotes.txt,St. Helens,strategy,2023/24\n");

        var run = await CliRunner.RunAsync("ingest", temp.File("in"), "--out", temp.File("out"), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var documents = Documents(temp.File("out"));
        Assert.Equal("Kent", IssuerCouncil(documents["a.txt"]));
        Assert.Equal("St Helens", IssuerCouncil(documents["notes.txt"]));
        Assert.Equal("strategy", documents["notes.txt"].GetProperty("kind").GetString());
        Assert.Equal("2023/24", documents["notes.txt"].GetProperty("period").GetString());
        Assert.Equal("manifest", documents["notes.txt"].GetProperty("issuer_evidence")[0].GetProperty("source").GetString());
        Assert.True(documents["other.txt"].GetProperty("unattributed").GetBoolean());
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["other.txt"], summary.RootElement.GetProperty("unattributed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Council_names_the_council_of_every_file_and_a_manifest_row_wins()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", Neutral);
        temp.Write("in/b.txt", Neutral);
        temp.Write("in/profileminer.csv", "path,council\nb.txt,Medway\n");

        var run = await CliRunner.RunAsync("ingest", temp.File("in"), "--out", temp.File("out"), "--json", "--council", "Blackburn & Darwen");

        Assert.True(run.ExitCode == 0, run.ToString());
        var documents = Documents(temp.File("out"));
        Assert.Equal("Blackburn with Darwen", IssuerCouncil(documents["a.txt"]));
        Assert.Equal("Medway", IssuerCouncil(documents["b.txt"]));
        Assert.Empty(run.ErrorLines);
    }

    [Fact]
    public async Task An_unknown_council_is_one_warning_naming_the_closest_councils()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", Neutral);

        var run = await CliRunner.RunAsync("ingest", temp.File("in"), "--out", temp.File("out"), "--json", "--council", "Lancashre");

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.ErrorLines);
        Assert.Contains("warning PM2001", warning, StringComparison.Ordinal);
        Assert.Contains("did you mean Lancashire", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_with_an_unknown_column_is_a_configuration_error_naming_it()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", Neutral);
        temp.Write("in/profileminer.csv", "path,councill\na.txt,Kent\n");

        var run = await CliRunner.RunAsync("ingest", temp.File("in"), "--out", temp.File("out"), "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("PM2003", StringComparison.Ordinal) && l.Contains("'councill'", StringComparison.Ordinal));
    }
}
