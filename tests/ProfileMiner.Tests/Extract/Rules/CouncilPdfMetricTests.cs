using System.Text.Json;
using System.Text.RegularExpressions;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Rules;

/// <summary>
/// The rule metrics of seven real council committee papers (PDF, from the shared data beside the
/// checkout): none from page furniture or contents pages, every one with a measure, and each figure of
/// a KPI box ("Latest: 4% Target: 5%, Floor: 9% Previous: 6%") with its role and the indicator's name.
/// </summary>
public sealed partial class CouncilPdfMetricTests : IClassFixture<CouncilPdfMetricTests.Run>
{
    private readonly Run _run;

    public CouncilPdfMetricTests(Run run) => _run = run;

    private static string Folder => Path.Combine(RepoPaths.RealPdfs, "council");

    [SkippableFact]
    public void No_metric_comes_from_page_furniture_or_a_contents_page()
    {
        var metrics = _run.Metrics();

        Assert.NotEmpty(metrics);
        Assert.DoesNotContain(metrics, m => Furniture().IsMatch(m.GetProperty("sentence").GetString()!));
        Assert.DoesNotContain(metrics, m => DotLeaders().IsMatch(m.GetProperty("sentence").GetString()!));
    }

    [SkippableFact]
    public void Every_metric_has_a_measure()
    {
        Assert.All(_run.Metrics(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("measure").GetString()), m.GetProperty("sentence").GetString()));
    }

    [SkippableFact]
    public void Each_kpi_box_gives_its_figures_with_roles_and_the_indicator_as_measure()
    {
        var boxes = _run.Metrics().Where(m => m.GetProperty("doc").GetString()!.StartsWith("QPR", StringComparison.Ordinal)
                && KpiBox().IsMatch(m.GetProperty("sentence").GetString()!))
            .GroupBy(m => m.GetProperty("sentence").GetString()!)
            .ToList();

        Assert.True(boxes.Count >= 6, $"only {boxes.Count} KPI boxes read");
        foreach (var box in boxes)
        {
            var roles = box.Select(m => m.GetProperty("role").GetString()).ToList();
            Assert.Equal(1, roles.Count(r => r == MetricRoles.Value));
            Assert.Contains(MetricRoles.Target, roles);
            Assert.Contains(MetricRoles.Previous, roles);
            var measure = box.First().GetProperty("measure").GetString()!;
            Assert.True(measure.Split(' ').Length >= 3, $"'{measure}' names no indicator ({box.Key})");
            Assert.DoesNotMatch(@"\b(?:green|amber|red)\b", measure);
            Assert.All(box, m => Assert.Equal(measure, m.GetProperty("measure").GetString()));
        }

        // The adult social care box of the report: latest 74%, target 85%, floor 75%, previous 75%.
        var assessments = Assert.Single(boxes, b => b.First().GetProperty("measure").GetString()!.Contains("care needs assessments delivered within 28 days", StringComparison.Ordinal));
        Assert.Equal(
            [("74%", MetricRoles.Value), ("85%", MetricRoles.Target), ("75%", MetricRoles.Target), ("75%", MetricRoles.Previous)],
            assessments.Select(m => (m.GetProperty("text").GetString(), m.GetProperty("role").GetString())));
    }

    [GeneratedRegex(@"^\s*(?:Page\s+)?\d+(?:\s+of\s+\d+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"\.{5,}|(?:\.\s){5,}|…{3,}")]
    private static partial Regex DotLeaders();

    [GeneratedRegex(@"^\s*Latest\s*:.*Target\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex KpiBox();

    public sealed class Run : IDisposable
    {
        private readonly TempDirectory _temp = new();
        private List<JsonElement>? _metrics;

        public List<JsonElement> Metrics()
        {
            SharedData.Require(Directory.Exists(Folder), "../shared/pdf-real/council");
            if (_metrics is null)
            {
                new PipelineBuilder().UseRuleExtractors().Build().RunAsync([Folder], _temp.Path).GetAwaiter().GetResult();
                _metrics = [.. File.ReadLines(_temp.File("metrics.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
            }

            return _metrics;
        }

        public void Dispose() => _temp.Dispose();
    }
}
