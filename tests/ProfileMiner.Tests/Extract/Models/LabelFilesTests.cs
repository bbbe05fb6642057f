using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Models;

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
}
