using System.Text.Json;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Output;

/// <summary>
/// Writes <c>metrics.jsonl</c>, GUIDE.md's fields plus provenance: <c>doc</c>, <c>council</c>,
/// <c>gss_code</c>, <c>page</c>, <c>line</c>, <c>start</c>, <c>end</c> (offsets of the number),
/// <c>sentence</c>, <c>text</c>, <c>value</c>, <c>unit</c>, <c>role</c>, <c>scope</c>, <c>measure</c>,
/// <c>indicator</c>, <c>indicator_edition</c>, <c>period</c>, <c>extractor</c>, <c>confidence</c>, <c>topic</c>, <c>duplicate_of</c>.
/// </summary>
public sealed class MetricsJsonlWriter : IOutputWriter
{
    /// <inheritdoc />
    public string FileName => "metrics.jsonl";

    /// <inheritdoc />
    public void Write(RunTables tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        JsonLines.Write(stream, tables.Content.Extractions.OfType<MetricMention>(), WriteMetric);
    }

    private static void WriteMetric(Utf8JsonWriter writer, MetricMention metric)
    {
        ExtractionJson.WriteHead(writer, metric);
        writer.WriteString("text", metric.Text);
        writer.WriteNumber("value", metric.Value);
        writer.WriteString("unit", metric.Unit);
        writer.WriteString("role", metric.Role);
        writer.WriteString("scope", metric.Scope);
        writer.WriteString("measure", metric.Measure);
        writer.WriteString("indicator", metric.Indicator);
        writer.WriteString("indicator_edition", metric.IndicatorEdition);
        writer.WriteString("period", metric.Period);
        ExtractionJson.WriteTail(writer, metric);
    }
}
