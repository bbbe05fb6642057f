using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProfileMiner.Output;

/// <summary>Shared settings for the JSON Lines outputs: UTF-8, no indentation, readable non-ASCII (<c>£</c>, <c>’</c>).</summary>
internal static class JsonLines
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    /// <summary>Writes one object per line: <paramref name="writeObject"/> writes the object's properties.</summary>
    public static void Write<T>(Stream stream, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeObject)
    {
        foreach (var item in items)
        {
            using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            {
                writer.WriteStartObject();
                writeObject(writer, item);
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    public static void WriteNullableNumber(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
