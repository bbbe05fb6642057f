using System.Globalization;
using System.Text.Json;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Output;

/// <summary>
/// Writes <c>documents.jsonl</c>: one object per document with <c>id</c>, <c>file</c>, <c>path</c>,
/// <c>sha256</c>, <c>format</c>, <c>kind</c>, <c>title</c>, <c>period</c> (with <c>period_start</c>,
/// <c>period_end</c>, <c>period_source</c>), <c>meeting_date</c>, <c>councils</c>, <c>issuer</c>, <c>issuer_evidence</c>, <c>mentions</c>,
/// <c>unattributed</c>, <c>pages</c>, <c>furniture</c> (lines of page furniture left out, per page), <c>blocks</c>, <c>sections</c> and <c>duplicate_of</c>.
/// </summary>
public sealed class DocumentsJsonlWriter : IOutputWriter
{
    /// <inheritdoc />
    public string FileName => "documents.jsonl";

    /// <inheritdoc />
    public void Write(RunTables tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        JsonLines.Write(stream, tables.SourceDocuments, WriteDocument);
    }

    private static void WriteIssuer(Utf8JsonWriter writer, SegmentedDocument document)
    {
        var issuer = document.Issuer;
        writer.WriteStartObject("issuer");
        writer.WriteString("kind", Issuer.KindName(issuer.Kind));
        writer.WriteString("council", issuer.Council?.Name);
        writer.WriteString("gss_code", issuer.Council?.GssCode);
        writer.WriteEndObject();
        writer.WriteStartArray("issuer_evidence");
        foreach (var evidence in issuer.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("source", evidence.Source);
            writer.WriteString("text", evidence.Text.Length <= 200 ? evidence.Text : evidence.Text[..200] + "…");
            writer.WriteNumber("weight", evidence.Weight);
            writer.WriteString("supports", evidence.Council ?? Issuer.KindName(evidence.Kind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("mentions");
        foreach (var council in issuer.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("name", council.Name);
            writer.WriteString("gss_code", council.GssCode);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("unattributed", document.Unattributed);
    }

    private static void WriteDocument(Utf8JsonWriter writer, SegmentedDocument document)
    {
        var source = document.Source;
        writer.WriteString("id", source.StableId());
        writer.WriteString("file", source.File);
        writer.WriteString("path", source.Path.Replace('\\', '/'));
        writer.WriteString("sha256", source.Sha256);
        writer.WriteString("format", source.Format.ToString().ToLowerInvariant());
        writer.WriteString("kind", DocumentKinds.Name(document.Kind));
        writer.WriteString("title", document.Title);
        if (document.Period is { } period)
        {
            writer.WriteString("period", period.Label);
            writer.WriteString("period_start", period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("period_end", period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("period_source", period.Source);
        }
        else
        {
            writer.WriteNull("period");
            writer.WriteNull("period_start");
            writer.WriteNull("period_end");
            writer.WriteNull("period_source");
        }

        if (document.MeetingDate is { } meeting)
        {
            writer.WriteString("meeting_date", meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("meeting_date");
        }

        writer.WriteStartArray("councils");
        foreach (var council in document.Councils)
        {
            writer.WriteStartObject();
            writer.WriteString("name", council.Name);
            writer.WriteString("gss_code", council.GssCode);
            writer.WriteString("region", council.Region);
            writer.WriteBoolean("known", council.Known);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteIssuer(writer, document);
        writer.WriteNullableNumber("pages", source.Pages);
        if (source.Format == DocumentFormat.Pdf)
        {
            writer.WriteStartArray("furniture");
            foreach (var count in source.PageFurniture)
            {
                writer.WriteNumberValue(count);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("furniture");
        }

        writer.WriteNumber("blocks", source.Blocks.Length);
        writer.WriteStartArray("sections");
        foreach (var section in document.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("id", section.Id(source.File));
            writer.WriteString("council", section.Council?.Name);
            writer.WriteString("gss_code", section.Council?.GssCode);
            writer.WriteNumber("first_block", section.FirstBlock);
            writer.WriteNumber("block_count", section.BlockCount);
            writer.WriteString("duplicate_of", section.DuplicateOf);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("duplicate_of", document.DuplicateOf);
    }
}
