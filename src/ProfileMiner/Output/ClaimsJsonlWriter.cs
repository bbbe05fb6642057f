using System.Text.Json;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Output;

/// <summary>
/// Writes <c>claims.jsonl</c>, GUIDE.md's fields plus provenance: <c>doc</c>, <c>council</c>,
/// <c>gss_code</c>, <c>page</c>, <c>line</c>, <c>start</c>, <c>end</c> (offsets of the claim),
/// <c>sentence</c>, <c>type</c>, <c>polarity</c>, <c>count</c>, <c>total</c>, <c>framework</c>,
/// <c>comparator</c>, <c>period</c>, <c>indicator</c>, <c>extractor</c>, <c>confidence</c>, <c>topic</c>, <c>duplicate_of</c>.
/// </summary>
public sealed class ClaimsJsonlWriter : IOutputWriter
{
    /// <inheritdoc />
    public string FileName => "claims.jsonl";

    /// <inheritdoc />
    public void Write(RunTables tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        JsonLines.Write(stream, tables.Content.Extractions.OfType<Claim>(), WriteClaim);
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        ExtractionJson.WriteHead(writer, claim);
        writer.WriteString("type", claim.Type);
        writer.WriteString("polarity", claim.Polarity);
        writer.WriteNullableNumber("count", claim.Count);
        writer.WriteNullableNumber("total", claim.Total);
        writer.WriteString("framework", claim.Framework);
        writer.WriteString("comparator", claim.Comparator);
        writer.WriteString("period", claim.Period);
        writer.WriteString("indicator", claim.Indicator);
        ExtractionJson.WriteTail(writer, claim);
    }
}
