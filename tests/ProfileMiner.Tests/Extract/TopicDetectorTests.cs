using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Topics;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract;

/// <summary>
/// Which passages are about the council's other business (<c>topic: other</c>): decided by a block's
/// own words when they say enough, else by the part of the document it stands in.
/// </summary>
public sealed class TopicDetectorTests
{
    private static readonly ProfileMiner.Pipeline.Pipeline s_pipeline = new PipelineBuilder().UseRuleExtractors().Build();

    private static (string Text, Topic Topic)[] Topics(string markdown)
    {
        var document = TopicDetector.Default.Mark(TextDocuments.Segment(markdown, new DiagnosticBag()));
        return [.. document.Source.Blocks.Select((b, i) => (b.Text, document.TopicOf(i)))];
    }

    private static Topic TopicOf(string markdown, string start) =>
        Topics(markdown).First(t => t.Text.StartsWith(start, StringComparison.Ordinal)).Topic;

    [Fact]
    public void An_adult_social_care_report_is_on_topic_throughout()
    {
        var topics = Topics("# Adult Social Care Performance\n\nThe number of people in residential care fell.\n\nTable 3\n\n| Measure | Value |\n| --- | --- |\n| Delayed transfers of care | 12 |\n");

        Assert.All(topics, t => Assert.Equal(Topic.AdultSocialCare, t.Topic));
    }

    [Fact]
    public void Another_service_under_its_own_heading_is_other_and_what_it_says_too_little_follows_it()
    {
        const string minutes = "# Cabinet minutes\n\n## Adult social care\n\nCarers' assessments rose by 10%.\n\nThe committee noted the report.\n\n"
            + "## Highways maintenance\n\nPotholes repaired within 28 days: 91%.\n\nThe committee noted the report.\n\nThe road resurfacing programme is on track.\n";

        var topics = Topics(minutes);

        Assert.Equal(Topic.AdultSocialCare, topics.First(t => t.Text.StartsWith("Carers", StringComparison.Ordinal)).Topic);
        Assert.Equal(Topic.Other, topics.Single(t => t.Text == "Highways maintenance").Topic);
        Assert.Equal(Topic.Other, topics.First(t => t.Text.StartsWith("Potholes", StringComparison.Ordinal)).Topic);

        // The same bare sentence takes the verdict of the part it stands in.
        var noted = topics.Where(t => t.Text == "The committee noted the report.").Select(t => t.Topic).ToArray();
        Assert.Equal([Topic.AdultSocialCare, Topic.Other], noted);
    }

    [Fact]
    public void A_care_word_keeps_a_passage_on_topic_in_a_plan_about_something_else()
    {
        const string plan = "# Cycle action plan\n\nWe will build new cycle routes and cycle parking at every station.\n\n"
            + "Cycling to school will be encouraged with cycle training for pupils.\n\n"
            + "Adult social care staff will be offered pool bikes for home visits to older people.\n";

        Assert.Equal(Topic.Other, TopicOf(plan, "We will build"));
        Assert.Equal(Topic.AdultSocialCare, TopicOf(plan, "Adult social care staff"));
    }

    [Fact]
    public void Another_service_named_in_a_part_plainly_about_care_stays_with_its_part()
    {
        const string report = "# Transfer of the young adults' team to adult social care\n\n"
            + "From: Corporate Director, Children, Young People and Education\n\n"
            + "Young adults with a learning disability will be supported by adult social care, with care and support plans, carers' assessments and direct payments.\n";

        Assert.Equal(Topic.AdultSocialCare, TopicOf(report, "From:"));
    }

    [Fact]
    public void Children_s_social_care_is_another_service()
    {
        Assert.Equal(Topic.Other, TopicOf("# Budget\n\nChildren's social care placements are overspent by £2m.\n", "Children's"));
    }

    [Fact]
    public void A_document_with_nothing_to_say_is_on_topic()
    {
        Assert.All(Topics("# Notes\n\nThe meeting closed at 8pm.\n"), t => Assert.Equal(Topic.AdultSocialCare, t.Topic));
    }

    [Fact]
    public void What_is_extracted_carries_its_passage_s_topic()
    {
        var diagnostics = new DiagnosticBag();
        var source = TextDocuments.Read("# Highways\n\nPotholes repaired within 28 days rose to 91% in 2023/24.\n\n# Adult social care\n\nThe proportion of carers who are satisfied rose to 41% in 2023/24.\n", "minutes.txt", diagnostics);
        var document = s_pipeline.Segment(source, diagnostics);

        var metrics = s_pipeline.Extract(document, diagnostics).OfType<MetricMention>().ToList();
        var found = string.Join("; ", metrics.Select(m => $"{m.Text} {m.Topic}: {m.Sentence}"));

        Assert.True(metrics.Any(m => m.Sentence.StartsWith("Potholes", StringComparison.Ordinal) && m.Topic == Topic.Other), found);
        Assert.True(metrics.Any(m => m.Sentence.StartsWith("The proportion of carers", StringComparison.Ordinal) && m.Topic == Topic.AdultSocialCare), found);
    }

    private static SegmentedDocument ReadPdf(string file) => CouncilPdfs.Read(s_pipeline, file);

    private static List<Passage> Passages(SegmentedDocument document) => [.. ProfileMiner.Segment.PassageEnumerator.Of(document)];

    [SkippableFact]
    public void A_council_s_cycling_plan_is_other_business()
    {
        var passages = Passages(ReadPdf("medway_cycle_action_plan_2014_2017.pdf"));

        Assert.True(passages.Count(p => p.Topic == Topic.Other) >= 0.95 * passages.Count,
            $"{passages.Count(p => p.Topic == Topic.Other)} of {passages.Count} passages marked other");
    }

    [SkippableFact]
    public void A_council_wide_performance_report_keeps_its_adult_social_care_part_and_marks_the_others()
    {
        var passages = Passages(ReadPdf("QPR Q3 Cabinet appendix 1.pdf"));
        bool Under(Passage p, string heading) => p.HeadingPath.Any(h => h.Contains(heading, StringComparison.OrdinalIgnoreCase));

        var care = passages.Where(p => Under(p, "Adult Social Care")).ToList();
        var environment = passages.Where(p => Under(p, "Environment") && !Under(p, "Adult Social Care")).ToList();

        Assert.NotEmpty(care);
        Assert.All(care, p => Assert.Equal(Topic.AdultSocialCare, p.Topic));
        Assert.True(environment.Count(p => p.Topic == Topic.Other) >= 0.9 * environment.Count,
            $"{environment.Count(p => p.Topic == Topic.Other)} of {environment.Count} passages under environment headings marked other");
    }
}
