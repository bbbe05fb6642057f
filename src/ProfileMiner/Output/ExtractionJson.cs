using System.Text.Json;
using ProfileMiner.Model;

namespace ProfileMiner.Output;

/// <summary>The provenance fields every extraction row starts and ends with.</summary>
internal static class ExtractionJson
{
    public static void WriteHead(Utf8JsonWriter writer, Extraction extraction)
    {
        writer.WriteString("doc", extraction.Doc);
        writer.WriteString("council", extraction.Council?.Name);
        writer.WriteString("gss_code", extraction.Council?.GssCode);
        writer.WriteNullableNumber("page", extraction.Source.Page);
        writer.WriteNullableNumber("line", extraction.Source.Line);
        writer.WriteNumber("start", extraction.Source.Start);
        writer.WriteNumber("end", extraction.Source.End);
        writer.WriteString("sentence", extraction.Sentence);
    }

    public static void WriteTail(Utf8JsonWriter writer, Extraction extraction)
    {
        writer.WriteString("extractor", extraction.Extractor);
        writer.WriteNumber("confidence", Math.Round(extraction.Confidence, 3));
        writer.WriteString("topic", Topics.Name(extraction.Topic));
        writer.WriteString("duplicate_of", extraction.DuplicateOf);
    }
}
