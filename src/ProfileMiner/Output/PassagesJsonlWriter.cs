using System.Text.Json;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Output;

/// <summary>
/// Writes <c>passages.jsonl</c>: one object per block with <c>doc</c>, <c>council</c>, <c>gss_code</c>,
/// <c>region</c>, <c>section</c> (heading path), <c>kind</c>, <c>text</c>, <c>page</c>, <c>line</c>,
/// <c>start</c>, <c>end</c> (offsets into the document's normalised text), <c>section_id</c>,
/// <c>sentences</c>, <c>ocr</c> (read by OCR from a scanned page),
/// <c>topic</c> (<c>adult_social_care</c> or <c>other</c>) and <c>duplicate_of</c>.
/// </summary>
public sealed class PassagesJsonlWriter : IOutputWriter
{
    /// <inheritdoc />
    public string FileName => "passages.jsonl";

    /// <inheritdoc />
    public void Write(RunTables tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        JsonLines.Write(stream, tables.SourcePassages, WritePassage);
    }

    private static void WritePassage(Utf8JsonWriter writer, Passage passage)
    {
        var block = passage.Block;
        writer.WriteString("doc", passage.Doc);
        writer.WriteString("council", passage.Council?.Name);
        writer.WriteString("gss_code", passage.Council?.GssCode);
        writer.WriteString("region", passage.Council?.Region);
        writer.WriteStartArray("section");
        foreach (var heading in passage.HeadingPath)
        {
            writer.WriteStringValue(heading);
        }

        writer.WriteEndArray();
        writer.WriteString("kind", BlockKinds.Name(block.Kind));
        writer.WriteString("text", block.Text);
        writer.WriteNullableNumber("page", block.Source.Page);
        writer.WriteNullableNumber("line", block.Source.Line);
        writer.WriteNumber("start", block.Source.Start);
        writer.WriteNumber("end", block.Source.End);
        writer.WriteString("section_id", passage.SectionId);
        if (block.Kind == BlockKind.TableRow)
        {
            writer.WriteStartArray("cells");
            foreach (var cell in block.Cells)
            {
                writer.WriteStringValue(cell);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("sentences");
        foreach (var sentence in block.Sentences)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(sentence.Start);
            writer.WriteNumberValue(sentence.End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("ocr", passage.Ocr);
        writer.WriteString("topic", Topics.Name(passage.Topic));
        writer.WriteString("duplicate_of", passage.DuplicateOf);
    }
}
