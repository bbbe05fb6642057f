using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// A figure too large for a decimal ("£100000000000000000000bn") was an OverflowException in the
/// metric rules: PM9001, and every metric of the file lost. Now that figure is skipped with one
/// warning, and the file's other figures are kept.
/// </summary>
public sealed class NumberOverflowTests
{
    [Theory]
    [InlineData("The budget was £100000000000000000000bn this year, and £5m last year.", "£100000000000000000000bn")]
    [InlineData("There were 999999999999999999999999999999999999 people, and £5m was spent.", "999999999999999999999999999999999999")]
    [InlineData("Between £999 and £99999999999999999999999999bn was spent, and £5m more.", "£99999999999999999999999999bn")]
    public void A_figure_too_large_to_hold_is_one_warning_and_the_other_figures_are_kept(string sentence, string figure)
    {
        var diagnostics = new DiagnosticBag();
        var document = TextDocuments.Segment("# Lancashire County Council\n\nLancashire County Council report.\n\n" + sentence + "\n", diagnostics, "money.txt");

        var metrics = new MetricRuleExtractor().Extract(document, diagnostics).OfType<MetricMention>().ToList();

        Assert.Contains(metrics, m => m.Text == "£5m" && m.Value == 5_000_000m);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.InternalError);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NumberTooLarge);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(figure[..10], warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("too large to hold; skipped, the other figures of the file kept", warning.Message, StringComparison.Ordinal);
        Assert.Equal(("money.txt", 5), (warning.Where?.File, warning.Where?.Line));
    }

    [Fact]
    public void A_kpi_box_figure_too_large_is_skipped_too()
    {
        var diagnostics = new DiagnosticBag();
        var document = TextDocuments.Segment(
            "# Lancashire County Council\n\nDelayed transfers of care\n\nLatest: 99999999999999999999999999999 Target: 5% Previous: 6%\n", diagnostics, "kpi.txt");

        var metrics = new MetricRuleExtractor().Extract(document, diagnostics).OfType<MetricMention>().ToList();

        Assert.Contains(metrics, m => m.Text == "5%");
        Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NumberTooLarge);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void The_whole_pipeline_keeps_the_file_and_its_other_metrics()
    {
        var pipeline = new PipelineBuilder().UseRuleExtractors().Build();
        var diagnostics = new DiagnosticBag();
        var source = pipeline.Ingest(InputFile.FromBytes("money.txt",
            "# Lancashire County Council\n\nThe budget was £100000000000000000000bn this year, and £5m last year.\n"u8.ToArray()), diagnostics)!;

        var extractions = pipeline.Extract(pipeline.Segment(source, diagnostics), diagnostics);

        Assert.Contains(extractions.OfType<MetricMention>(), m => m.Text == "£5m");
        Assert.Equal([DiagnosticCodes.NumberTooLarge], diagnostics.Items.Select(d => d.Code));
    }
}
