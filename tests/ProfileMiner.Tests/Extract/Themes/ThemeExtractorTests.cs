using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Themes;

public sealed class ThemeExtractorTests
{
    private const string Text = "# Adult social care\n\nLOCAL AUTHORITY : WIGAN\n\n## Carers\n\nUnpaid carers can now book respite breaks online.\n\n- Delayed transfers of care from hospital fell again.\n- 45\n\n| Measure | 2015/16 |\n| --- | --- |\n| Permanent admissions to care homes | 610 |\n";

    [Fact]
    public void Every_passage_but_headings_gets_one_to_three_themes_with_falling_scores()
    {
        var document = TextDocuments.Segment(Text, new DiagnosticBag(), "t.txt");
        var extractor = new ThemeExtractor(new BlendedThemeScorer(new LexiconThemeScorer(), new ModelThemeScorer(ModelStore.Default.Themes!)));

        var themes = extractor.Extract(document, new DiagnosticBag()).Cast<ThemeAssignment>().ToList();

        var expected = ProfileMiner.Segment.PassageEnumerator.Of(document).Where(ThemeExtractor.IsThemed).ToList();
        Assert.Equal(expected.Select(p => p.Block.Text), themes.Select(t => t.Sentence));
        Assert.DoesNotContain(themes, t => t.Sentence.StartsWith("LOCAL AUTHORITY", StringComparison.Ordinal) || t.Sentence == "45" || t.Sentence == "Carers");
        Assert.All(themes, t =>
        {
            Assert.InRange(t.Themes.Length, 1, 3);
            Assert.Equal(t.Themes.Length, t.Scores.Length);
            Assert.Equal(t.Scores.OrderDescending(), t.Scores);
            Assert.All(t.Themes, id => Assert.True(ThemeCatalogue.Default.IndexOf(id) >= 0));
            Assert.Equal(t.Sentence, document.Source.Text[t.Source.Start..t.Source.End]);
            Assert.Equal("Wigan", t.Council?.Name);
            Assert.Equal(BlendedThemeScorer.ExtractorId, t.Extractor);
        });
        Assert.Contains("carers", themes.Single(t => t.Sentence.StartsWith("Unpaid", StringComparison.Ordinal)).Themes);
        Assert.Equal("hospital_discharge", themes.Single(t => t.Sentence.StartsWith("Delayed", StringComparison.Ordinal)).Themes[0]);
    }

    [Fact]
    public async Task A_run_writes_themes_jsonl_with_its_fields()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.Write("wigan.md", Text);
        var pipeline = new PipelineBuilder().UseRuleExtractors().UseModelExtractors().UseThemeExtractors().Build();

        var result = await pipeline.RunAsync([input.Path], output.Path);

        Assert.Contains(result.Outputs, o => o.EndsWith("themes.jsonl", StringComparison.Ordinal));
        var rows = File.ReadAllLines(output.File("themes.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(rows);
        string[] fields = ["doc", "council", "gss_code", "page", "line", "start", "end", "section_id", "block", "text", "themes", "scores", "extractor", "topic", "duplicate_of"];
        Assert.All(rows, r =>
        {
            Assert.Equal(fields, r.EnumerateObject().Select(p => p.Name));
            Assert.Equal("wigan.md", r.GetProperty("doc").GetString());
            Assert.Equal("E08000010", r.GetProperty("gss_code").GetString());
            Assert.Equal(r.GetProperty("themes").GetArrayLength(), r.GetProperty("scores").GetArrayLength());
            Assert.True(r.GetProperty("line").GetInt32() > 0);
        });
        Assert.Empty(Directory.EnumerateFiles(output.Path, "*.tmp"));
    }
}
