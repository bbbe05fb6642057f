using System.Text.Json;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

public sealed class SearchCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.File("out");

    public async Task InitializeAsync()
    {
        SearchFixtureFiles.WriteTo(_temp);
        var run = await CliRunner.RunAsync("index", _temp.File("in"), "--out", Out, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Index_writes_the_index_folder_and_names_it_in_the_summary()
    {
        var run = await CliRunner.RunAsync("index", _temp.File("in"), "--out", Out, "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Contains(summary.RootElement.GetProperty("outputs").EnumerateArray(), o => o.GetString()!.EndsWith("index", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Out, "index", "index.json")));
    }

    [Fact]
    public async Task Search_prints_council_place_snippet_and_facets()
    {
        var run = await CliRunner.RunAsync("search", "dtoc", "--out", Out);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("2 hit(s) for 'dtoc' (3 passages, duplicates shown once)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Wigan | Wigan improvement profile 2016/17 | wigan.md line ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("**Delayed transfers of care** fell by 12%", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("also in: bury", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("council: Bury 1, Wigan 1", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thesaurus_file_adds_entries_when_searching_without_a_rebuild()
    {
        var before = await CliRunner.RunAsync("search", "breather", "--out", Out);
        Assert.StartsWith("0 hit(s)", before.Stdout, StringComparison.Ordinal);
        _temp.Write("mine.txt", "[mine 0.8] Our own words\nbreather => short breaks\n");

        var run = await CliRunner.RunAsync("search", "breather", "--out", Out, "--thesaurus", _temp.File("mine.txt"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("offering **short breaks**", run.Stdout, StringComparison.Ordinal);
        var bad = await CliRunner.RunAsync("search", "breather", "--out", Out, "--thesaurus", _temp.File("in/bury.md"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("PM4001", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_has_total_hits_and_facets_with_the_documented_fields()
    {
        var run = await CliRunner.RunAsync("search", "carers", "--out", Out, "--json", "--council", "Bury");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(root.GetProperty("hits").GetArrayLength(), root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        foreach (var field in new[] { "doc", "council", "gss_code", "page", "line", "text", "snippet", "score", "also_in" })
        {
            Assert.True(hit.TryGetProperty(field, out _), field);
        }

        Assert.Equal("Bury", hit.GetProperty("council").GetString());
        Assert.Equal("E08000002", hit.GetProperty("gss_code").GetString());
        Assert.Equal(JsonValueKind.Number, hit.GetProperty("line").ValueKind);
        Assert.Equal(1, hit.GetProperty("also_in").GetArrayLength());
        Assert.Equal(root.GetProperty("total").GetInt32(), root.GetProperty("facets").GetProperty("council").GetProperty("Bury").GetInt32());
    }

    [Theory]
    [InlineData("Bury Metropolitan Borough Council")]
    [InlineData("bury council")]
    [InlineData("E08000002")]
    public async Task A_council_filter_takes_any_registry_spelling(string council)
    {
        var run = await CliRunner.RunAsync("search", "carers", "--out", Out, "--json", "--council", council);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0, run.ToString());
        Assert.Empty(run.ErrorLines);
    }

    [Fact]
    public async Task An_unknown_council_filter_is_one_warning_naming_the_closest_councils()
    {
        var run = await CliRunner.RunAsync("search", "carers", "--out", Out, "--council", "Burry");

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.ErrorLines, l => l.Contains("warning PM2001", StringComparison.Ordinal));
        Assert.Contains("'Burry'", warning, StringComparison.Ordinal);
        Assert.Contains("did you mean Bury", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_query_is_one_line_with_its_position_and_exit_2()
    {
        var run = await CliRunner.RunAsync("search", "carers AND (hospital", "--out", Out);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("error PM4002: cannot parse the query 'carers AND (hospital' at column 20", line, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task An_unknown_kind_is_one_line_naming_the_kinds_and_the_earlier_name_still_works()
    {
        var run = await CliRunner.RunAsync("search", "carers", "--out", Out, "--kind", "report");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("--kind 'report' is not a kind of document; the kinds are other, improvement_profile, committee_report,", line, StringComparison.Ordinal);

        var earlier = await CliRunner.RunAsync("search", "carers", "--out", Out, "--kind", "scrutiny_report", "--json");
        var now = await CliRunner.RunAsync("search", "carers", "--out", Out, "--kind", "committee_report", "--json");
        Assert.Equal(0, earlier.ExitCode);
        Assert.Equal(now.Stdout, earlier.Stdout);
    }

    [Fact]
    public async Task A_missing_index_says_to_run_first()
    {
        var run = await CliRunner.RunAsync("search", "carers", "--out", _temp.File("empty"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("PM4003", line, StringComparison.Ordinal);
        Assert.Contains("run 'profileminer run' (or 'profileminer index') first", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Like_finds_passages_similar_to_a_doc_and_line()
    {
        var first = await CliRunner.RunAsync("search", "\"discharge team\"", "--out", Out, "--json");
        using var json = JsonDocument.Parse(first.Stdout);
        var hit = json.RootElement.GetProperty("hits")[0];
        var reference = $"{hit.GetProperty("doc").GetString()}:{hit.GetProperty("line").GetInt32()}";

        var like = await CliRunner.RunAsync("search", "--like", reference, "--out", Out);

        Assert.True(like.ExitCode == 0, like.ToString());
        Assert.Contains($"for passages like {reference}", like.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("discharge team moved", like.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_search_reports_what_the_next_index_adds()
    {
        var save = await CliRunner.RunAsync("search", "--save", "lives", "\"shared lives\"", "--out", Out);
        Assert.True(save.ExitCode == 0, save.ToString());
        Assert.Contains("saved search 'lives': 1 passage(s) now", save.Stdout, StringComparison.Ordinal);

        _temp.Write("in/oldham.md", "# Oldham strategy\n\nName of Local Authority: Oldham\n\nOur Shared Lives carers now support 40 people.\n");
        var index = await CliRunner.RunAsync("index", _temp.File("in"), "--out", Out);
        Assert.Contains("saved search 'lives': 1 new passage(s) since the last run (profileminer search --saved NAME)", index.Stderr, StringComparison.Ordinal);

        var saved = await CliRunner.RunAsync("search", "--saved", "--out", Out);
        Assert.Contains("lives: '\"shared lives\"'", saved.Stdout, StringComparison.Ordinal);
        Assert.Contains("Oldham | oldham.md line 5 | Our Shared Lives carers", saved.Stdout, StringComparison.Ordinal);

        var forget = await CliRunner.RunAsync("search", "--forget", "lives", "--out", Out);
        Assert.Equal(0, forget.ExitCode);
        Assert.Contains("no saved searches", (await CliRunner.RunAsync("search", "--saved", "--out", Out)).Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--top", "0", "error PM4007: --top must be between 1 and 1000, not 0")]
    [InlineData("--year", "recently", "error PM4007: year 'recently' is not a year (2016) or a range")]
    public async Task Bad_option_values_exit_2_with_one_line(string option, string value, string message)
    {
        var run = await CliRunner.RunAsync("search", "carers", option, value, "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
