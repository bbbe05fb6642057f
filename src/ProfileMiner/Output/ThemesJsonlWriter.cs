using System.Text.Json;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Output;

/// <summary>
/// Writes <c>themes.jsonl</c>, one object per passage: <c>doc</c>, <c>council</c>, <c>gss_code</c>,
/// <c>page</c>, <c>line</c>, <c>start</c>, <c>end</c>, <c>section_id</c>, <c>block</c>, <c>text</c>,
/// <c>themes</c> (most confident first), <c>scores</c> (in the same order), <c>extractor</c>,
/// <c>topic</c> (<c>adult_social_care</c> or <c>other</c>), <c>duplicate_of</c>.
/// </summary>
public sealed class ThemesJsonlWriter : IOutputWriter
{
    /// <inheritdoc />
    public string FileName => "themes.jsonl";

    /// <inheritdoc />
    public void Write(RunTables tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        JsonLines.Write(stream, tables.Content.Extractions.OfType<ThemeAssignment>(), WriteRow);
    }

    private static void WriteRow(Utf8JsonWriter writer, ThemeAssignment row)
    {
        writer.WriteString("doc", row.Doc);
        writer.WriteString("council", row.Council?.Name);
        writer.WriteString("gss_code", row.Council?.GssCode);
        writer.WriteNullableNumber("page", row.Source.Page);
        writer.WriteNullableNumber("line", row.Source.Line);
        writer.WriteNumber("start", row.Source.Start);
        writer.WriteNumber("end", row.Source.End);
        writer.WriteString("section_id", row.SectionId);
        writer.WriteNumber("block", row.BlockIndex);
        writer.WriteString("text", row.Sentence);
        writer.WriteStartArray("themes");
        foreach (var theme in row.Themes)
        {
            writer.WriteStringValue(theme);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("scores");
        foreach (var score in row.Scores)
        {
            writer.WriteNumberValue(Math.Round(score, 3));
        }

        writer.WriteEndArray();
        writer.WriteString("extractor", row.Extractor);
        writer.WriteString("topic", Topics.Name(row.Topic));
        writer.WriteString("duplicate_of", row.DuplicateOf);
    }
}
