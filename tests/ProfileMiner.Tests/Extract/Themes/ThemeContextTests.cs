using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Support;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Extract.Themes;

/// <summary>What a passage's context is (<see cref="ThemePassage.Of(ProfileMiner.Model.SegmentedDocument)"/>), how the lexicon weighs it, and how training finds it and adds weak labels.</summary>
public sealed class ThemeContextTests
{
    private const string Text =
        "LOCAL AUTHORITY : WIGAN\n\n## Our plans\n\n### Digital services\n\nThe benefits of the new online portal will be:\n\n- Reducing waiting times.\n- Fewer repeat phone calls.\n\nWe will review the portal next spring.\n\n## Carers\n\nUnpaid carers can book respite breaks online.\n";

    private static IReadOnlyList<ThemePassage> Passages() =>
        [.. ThemePassage.Of(TextDocuments.Segment(Text, new DiagnosticBag(), "wigan.md")).Select(p => p.Themed)];

    [Fact]
    public void A_list_item_knows_its_headings_neighbours_and_lead_in()
    {
        var item = Passages().Single(p => p.Text == "Reducing waiting times.");

        Assert.Equal("Our plans / Digital services", item.Heading);
        Assert.Equal("The benefits of the new online portal will be:", item.LeadIn);
        Assert.Equal("The benefits of the new online portal will be:", item.Previous);
        Assert.Equal("Fewer repeat phone calls.", item.Next);
        Assert.Equal("The benefits of the new online portal will be:", Passages().Single(p => p.Text == "Fewer repeat phone calls.").LeadIn);
    }

    [Fact]
    public void Council_headings_are_not_context_and_a_heading_cuts_the_neighbours()
    {
        var passages = Passages();

        Assert.DoesNotContain(passages, p => p.Text.StartsWith("LOCAL AUTHORITY", StringComparison.Ordinal) || p.Heading.Contains("WIGAN", StringComparison.Ordinal));
        var lead = passages.Single(p => p.Text.StartsWith("The benefits", StringComparison.Ordinal));
        Assert.Equal(string.Empty, lead.Previous);
        Assert.Equal(string.Empty, lead.LeadIn);
        var carers = passages.Single(p => p.Text.StartsWith("Unpaid", StringComparison.Ordinal));
        Assert.Equal("Carers", carers.Heading);
        Assert.Equal(string.Empty, carers.Previous);
        Assert.Equal(string.Empty, passages.Single(p => p.Text.StartsWith("We will review", StringComparison.Ordinal)).LeadIn);
    }

    [Fact]
    public void The_lexicon_reads_the_context_only_when_asked()
    {
        var item = Passages().Single(p => p.Text == "Reducing waiting times.");
        var technology = ThemeCatalogue.Default.IndexOf("technology");

        Assert.Equal(0, new LexiconThemeScorer().Score([item])[0][technology]);
        Assert.True(new LexiconThemeScorer { Context = ThemeContextWeights.Default }.Score([item])[0][technology] > 0);
        Assert.Equal(new LexiconThemeScorer().Score([item]), new LexiconThemeScorer { Context = ThemeContextWeights.None }.Score([item]));
    }

    [Fact]
    public void Training_data_gives_labelled_passages_their_document_context_and_adds_weak_labels_elsewhere()
    {
        using var docs = new TempDirectory();
        docs.Write("wigan.md", Text);
        var labelled = new ThemeExample("Reducing   waiting times.", ["technology"], "wigan.md|Wigan", "test");
        var written = new ThemeExample("Telecare alarms went to 300 homes.", ["technology"], null, "test");

        var data = ThemeTrainingData.Build([labelled, written], new TrainingDocuments(docs.Path, new DiagnosticBag()), ThemeLexicon.Default, ThemeTrainingOptions.Default, new DiagnosticBag());

        Assert.Equal("Reducing   waiting times.", data[0].Text);
        Assert.Equal("The benefits of the new online portal will be:", data[0].Passage.LeadIn);
        Assert.Same(written, data[1]);
        var weak = data.Skip(2).ToList();
        Assert.NotEmpty(weak);
        Assert.All(weak, w =>
        {
            Assert.True(w.Weak);
            Assert.False(w.Scored);
            Assert.Equal("wigan.md|Wigan", w.Group);
            Assert.NotEqual("Reducing waiting times.", w.Text);
        });
        Assert.Contains(weak, w => w.Text.StartsWith("Unpaid carers", StringComparison.Ordinal) && w.Themes[0] == "carers");
        Assert.Equal(2, ThemeTrainingData.Build([labelled, written], new TrainingDocuments(docs.Path, new DiagnosticBag()), ThemeLexicon.Default, ThemeTrainingOptions.Default with { WeakLabels = false }, new DiagnosticBag()).Count);
    }

    [Fact]
    public void A_label_cut_from_a_block_or_spanning_several_takes_its_context_and_one_not_found_is_one_warning()
    {
        using var docs = new TempDirectory();
        docs.Write("wigan.md", Text);
        var piece = new ThemeExample("can book respite breaks online.", ["carers"], "wigan.md|Wigan", "mine.themes.jsonl") { Line = 2 };
        var spanning = new ThemeExample("The benefits of the new online portal will be: Reducing waiting times. Fewer repeat phone calls.", ["technology"], "wigan.md|Wigan", "mine.themes.jsonl") { Line = 3 };
        var missing = new ThemeExample("Day centres reopened after the refurbishment.", ["care_market"], "wigan.md|Wigan", "mine.themes.jsonl") { Line = 4 };
        var elsewhere = new ThemeExample("Home care hours rose by a tenth over the year.", ["care_market"], "wigan.md|Wigan", "other.themes.jsonl") { Line = 9 };
        var bag = new DiagnosticBag();

        var data = ThemeTrainingData.Build([piece, spanning, missing, elsewhere], new TrainingDocuments(docs.Path, new DiagnosticBag()), ThemeLexicon.Default, ThemeTrainingOptions.Default, bag);

        Assert.Equal("can book respite breaks online.", data[0].Text);
        Assert.Equal("Carers", data[0].Passage.Heading);
        Assert.Equal(spanning.Text, data[1].Text);
        Assert.Equal("Our plans / Digital services", data[1].Passage.Heading);
        Assert.Equal("Reducing waiting times.", data[1].Passage.Next);
        Assert.Same(missing, data[2]);
        Assert.Same(elsewhere, data[3]);
        Assert.DoesNotContain(data, e => e.Weak && e.Text.StartsWith("Unpaid carers", StringComparison.Ordinal));
        var warnings = bag.Items.Where(d => d.Code == DiagnosticCodes.LabelNotInDocument).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("mine.themes.jsonl", warnings[0].Where!.Value.File);
        Assert.Equal(4, warnings[0].Where!.Value.Line);
        Assert.Contains("1 theme label was not found in the document it names (line 4)", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal("other.themes.jsonl", warnings[1].Where!.Value.File);
        Assert.Equal(Severity.Warning, warnings[1].Severity);
    }

    [Fact]
    public void A_short_label_matches_only_a_whole_block()
    {
        using var docs = new TempDirectory();
        docs.Write("wigan.md", Text);
        var bag = new DiagnosticBag();

        var data = ThemeTrainingData.Build([new ThemeExample("waiting times.", ["technology"], "wigan.md|Wigan", "mine.themes.jsonl") { Line = 1 }], new TrainingDocuments(docs.Path, new DiagnosticBag()), ThemeLexicon.Default, ThemeTrainingOptions.Default with { WeakLabels = false }, bag);

        Assert.Equal(string.Empty, data[0].Passage.Heading);
        Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.LabelNotInDocument);
    }
}
