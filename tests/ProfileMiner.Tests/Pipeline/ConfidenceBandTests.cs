using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Pipeline;

/// <summary>Confidence means something: its lowest bands, and the filter the digest and exports apply.</summary>
public sealed class ConfidenceBandTests
{
    private static MetricMention Metric(double confidence) => new()
    {
        Doc = "a.txt",
        BlockIndex = 0,
        SectionId = "a.txt#0",
        Source = new Provenance("a.txt", null, 1, 0, 3),
        Sentence = "We saw 12 people.",
        Extractor = "metrics.rules",
        Confidence = confidence,
        Text = "12",
        Value = 12,
        Unit = MetricUnits.Count,
        Role = MetricRoles.Value,
        Scope = "council",
        Measure = "people",
    };

    [Fact]
    public void At_least_leaves_out_the_metrics_and_claims_below_the_bar_and_nothing_else()
    {
        var themes = new ThemeAssignment
        {
            Doc = "a.txt",
            Source = new Provenance("a.txt", null, 1, 0, 3),
            Sentence = "We saw 12 people.",
            Extractor = "themes.combined",
            Confidence = 0.1,
            Themes = ["carers"],
            Scores = [0.1],
            BlockIndex = 0,
            SectionId = "s1",
        };
        var content = new CorpusContent([], [Metric(0.9), Metric(0.5), Metric(0.4), themes]);

        Assert.Same(content, content.AtLeast(0));
        Assert.Same(content, content.AtLeast(0.4));
        var kept = content.AtLeast(0.6).Extractions;
        Assert.Equal(2, kept.Length);
        Assert.Contains(kept, e => e is MetricMention { Confidence: 0.9 });
        Assert.Contains(kept, e => e is ThemeAssignment);
    }

    [Fact]
    public void A_figure_whose_measure_no_phrase_names_is_half_parsed()
    {
        var document = TextDocuments.Segment("The figure for the year was 340, as agreed.\n", new DiagnosticBag(), "t.txt");
        var metric = Assert.Single(new MetricRuleExtractor().Extract(document, new DiagnosticBag()).OfType<MetricMention>());

        Assert.Equal(Extraction.HalfParsedConfidence, metric.Confidence);
        Assert.False(string.IsNullOrWhiteSpace(metric.Measure));
    }

    [SkippableFact]
    public void What_stands_on_a_page_of_unchecked_ocr_text_gets_the_ocr_confidence_at_most()
    {
        var path = Path.Combine(RepoPaths.RealPdfs, "charity-accounts-ocr-layer.pdf");
        SharedData.Require(File.Exists(path), "../shared/pdf-real/charity-accounts-ocr-layer.pdf");
        using var temp = new TempDirectory();

        new PipelineBuilder().UseRuleExtractors().Build().RunAsync([path], temp.Path).GetAwaiter().GetResult();

        var ocrPages = PdfDocumentReader.Default.Read(InputFile.Read(path), new DiagnosticBag())!.UncheckedOcrPages;
        var metrics = File.ReadLines(temp.File("metrics.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var onOcrPages = metrics.Where(m => ocrPages.Contains(m.GetProperty("page").GetInt32())).ToList();
        Assert.NotEmpty(onOcrPages);
        Assert.All(onOcrPages, m => Assert.True(m.GetProperty("confidence").GetDouble() <= Extraction.UncheckedOcrConfidence, m.GetRawText()));
        Assert.Contains(metrics, m => m.GetProperty("confidence").GetDouble() > Extraction.UncheckedOcrConfidence);
    }
}
