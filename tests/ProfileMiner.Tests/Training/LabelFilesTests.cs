using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Support;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

public sealed class LabelFilesTests
{
    [Fact]
    public void Bad_lines_and_unknown_themes_are_reported_with_file_and_line_and_the_rest_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mine.themes.jsonl");
        File.WriteAllLines(path,
        [
            """{"text": "Carers got breaks.", "themes": ["carers"]}""",
            """{"text": "Broken""",
            """{"text": "Staff and budgets.", "themes": ["workforce", "weather", "finance"], "doc": "a.txt", "council": "Bury"}""",
            """{"themes": ["carers"]}""",
        ]);
        var bag = new DiagnosticBag();

        var examples = LabelFiles.ReadThemes(path, ThemeCatalogue.Default, bag);

        Assert.Equal(2, examples.Count);
        Assert.Null(examples[0].Group);
        Assert.Equal("a.txt|Bury", examples[1].Group);
        Assert.Equal(["workforce", "finance"], examples[1].Themes.ToArray());
        Assert.Equal(["mine.themes.jsonl(2) PM3001", "mine.themes.jsonl(3) PM3002", "mine.themes.jsonl(4) PM3001"],
            bag.Items.Select(d => $"{d.Where} {d.Code}"));
    }

    [Fact]
    public void A_theme_label_may_give_its_passage_s_heading_neighbours_and_lead_in()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("mine.themes.jsonl", """{"text": "Fewer repeat calls.", "themes": ["technology"], "heading": "Digital", "lead_in": "The portal will mean:", "previous": "Online forms.", "next": "Faster answers."}""" + "\n");

        var passage = LabelFiles.ReadThemes(path, ThemeCatalogue.Default, new DiagnosticBag()).Single().Passage;

        Assert.Equal(new ThemePassage("Fewer repeat calls.") { Heading = "Digital", LeadIn = "The portal will mean:", Previous = "Online forms.", Next = "Faster answers." }, passage);
    }

    [Fact]
    public void Claim_label_files_need_a_known_type_or_none()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mine.claims.jsonl");
        File.WriteAllLines(path, ["""{"sentence": "We were rated good.", "type": "rating"}""", """{"sentence": "Hello.", "type": "none"}""", """{"sentence": "X.", "type": "opinion"}"""]);
        var bag = new DiagnosticBag();

        var examples = LabelFiles.ReadClaims(path, bag);

        Assert.Equal(["rating", "none"], examples.Select(e => e.Label));
        Assert.Equal(DiagnosticCodes.UnknownLabel, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void A_binary_label_file_is_one_error_and_nothing_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("image.themes.jsonl", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13, (byte)'\n', 0x1A, 0, 0, (byte)'\n', 1, 2, 3]);
        var bag = new DiagnosticBag();

        Assert.Empty(LabelFiles.ReadThemes(path, ThemeCatalogue.Default, bag));
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.BinaryFile, Severity.Error, "image.themes.jsonl"), (error.Code, error.Severity, error.Where.ToString()));
    }

    [Fact]
    public void A_label_file_that_is_not_utf8_is_read_as_windows_1252_with_one_warning()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("latin.themes.jsonl", [.. "{\"text\": \"Caf"u8, 0xE9, .. " clubs for carers.\", \"themes\": [\"carers\"]}\n"u8]);
        var bag = new DiagnosticBag();

        var example = Assert.Single(LabelFiles.ReadThemes(path, ThemeCatalogue.Default, bag));

        Assert.Equal("Caf\u00e9 clubs for carers.", example.Text);
        var warning = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.LegacyEncoding, Severity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_many_bad_lines_reports_five_and_counts_the_rest_in_one_line()
    {
        using var temp = new TempDirectory();
        var path = temp.File("table.themes.jsonl");
        File.WriteAllLines(path, ["text,themes", .. Enumerable.Range(1, 11).Select(i => $"passage {i},carers"), """{"text": "Carers got breaks.", "themes": ["carers"]}"""]);
        var bag = new DiagnosticBag();

        Assert.Single(LabelFiles.ReadThemes(path, ThemeCatalogue.Default, bag));
        Assert.Equal(6, bag.Items.Count);
        Assert.Equal(["table.themes.jsonl(1)", "table.themes.jsonl(2)", "table.themes.jsonl(3)", "table.themes.jsonl(4)", "table.themes.jsonl(5)"], bag.Items.Take(5).Select(d => d.Where.ToString()));
        Assert.Equal("7 more lines that are not JSON objects; skipped", bag.Items[5].Message);
        Assert.All(bag.Items, d => Assert.Equal(DiagnosticCodes.BadLabel, d.Code));
    }

    [Fact]
    public void A_label_s_council_takes_its_canonical_name_and_an_unknown_one_is_a_warning()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mine.themes.jsonl");
        File.WriteAllLines(path,
        [
            """{"text": "Carers got breaks.", "themes": ["carers"], "doc": "a.txt", "council": "Blackburn & Darwen"}""",
            """{"text": "Staff were hired.", "themes": ["workforce"], "doc": "a.txt", "council": "Nowhere"}""",
            """{"text": "A whole report.", "themes": ["finance"], "doc": "b.txt"}""",
        ]);
        var bag = new DiagnosticBag();

        var examples = LabelFiles.ReadThemes(path, ThemeCatalogue.Default, bag);

        Assert.Equal(["a.txt|Blackburn with Darwen", "a.txt|Nowhere", "b.txt|"], examples.Select(e => e.Group));
        var warning = Assert.Single(bag.Items);
        Assert.Equal(("mine.themes.jsonl(2)", DiagnosticCodes.UnknownLabel, Severity.Warning), (warning.Where.ToString(), warning.Code, warning.Severity));
        Assert.Contains("'Nowhere'", warning.Message, StringComparison.Ordinal);
    }
}
