using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ProfileMiner.Fuzz;

/// <summary>Writes small PDFs object by object, with a correct cross-reference table, for the pathological cases.</summary>
internal static class PdfBytes
{
    /// <summary>A PDF of the given objects (1-based: object 1 is the catalog) and trailer root 1.</summary>
    public static byte[] Build(IReadOnlyList<byte[]> objects)
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        Write(output, string.Create(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(output, string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(output, string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>A PDF of <paramref name="pages"/> pages, each drawing <paramref name="content"/> (Flate-compressed) in Helvetica; extra objects follow the pages.</summary>
    public static byte[] Pages(int pages, byte[] content, string resourcesExtra = "", IReadOnlyList<byte[]>? extra = null)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{4 + (2 * i)} 0 R"))}] /Count {pages} >>")),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        var compressed = Deflate(content);
        for (var i = 0; i < pages; i++)
        {
            objects.Add(Ascii(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> {resourcesExtra} >> /Contents {5 + (2 * i)} 0 R >>")));
            objects.Add(Stream(compressed, "/Filter /FlateDecode"));
        }

        objects.AddRange(extra ?? []);
        return Build(objects);
    }

    public static byte[] Stream(byte[] data, string dictionaryExtra = "") =>
        [.. Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Length {data.Length} {dictionaryExtra} >>\nstream\n")), .. data, .. Ascii("\nendstream")];

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
