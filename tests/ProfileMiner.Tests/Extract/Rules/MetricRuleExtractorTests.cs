using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Rules;

public sealed class MetricRuleExtractorTests
{
    private static List<MetricMention> Metrics(string text, string name = "t.md")
    {
        var document = TextDocuments.Segment(text, new DiagnosticBag(), name);
        return [.. new MetricRuleExtractor().Extract(document, new DiagnosticBag()).Cast<MetricMention>()];
    }

    [Fact]
    public void A_figure_takes_the_period_of_the_heading_that_governs_it_when_its_sentence_names_none()
    {
        var metrics = Metrics("# Adult social care\n\n## Quarter 3 2017/18 performance\n\nWe supported 340 people with reablement.\n\nIn 2016/17 we supported 52 people.\n");

        Assert.Equal([("340", "2017/18"), ("52", "2016/17")], metrics.Select(m => (m.Text, m.Period)));
    }

    [Fact]
    public void A_contents_line_gives_no_figure()
    {
        Assert.Empty(Metrics("# Contents\n\nRevenue Budget Forecast ........................................ 3\n\nCapital Budget Changes . . . . . . . . . . 7\n"));
    }

    [Fact]
    public void A_kpi_box_gives_each_figure_its_role_under_the_indicator_name()
    {
        var metrics = Metrics("Proportion of new care needs assessments delivered within 28 days RED\n\nLatest: 74% Target: 85%, Floor: 75% Previous 75% (Amber)\n", "t.txt");

        Assert.Equal(
            [("74%", MetricRoles.Value), ("85%", MetricRoles.Target), ("75%", MetricRoles.Target), ("75%", MetricRoles.Previous)],
            metrics.Select(m => (m.Text, m.Role)));
        Assert.All(metrics, m => Assert.Equal("new care needs assessments delivered within 28 days", m.Measure));
    }

    [Fact]
    public void A_table_cell_is_measured_by_its_row_label_and_column_heading()
    {
        var metrics = Metrics("| Service | Budget £m | Forecast £m |\n| --- | --- | --- |\n| Older People | 30.5 | 29.3 |\n");

        Assert.Equal([("older people (budget £m)", 30.5m), ("older people (forecast £m)", 29.3m)], metrics.Select(m => (m.Measure, m.Value)));
    }
}
