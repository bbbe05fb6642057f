using ProfileMiner.Model;
using UglyToad.PdfPig;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Reads a PDF's document information dictionary (Title, Author, Subject, Keywords; PDF 32000-1
/// §14.3.3) through PdfPig's <c>PdfDocument.Information</c>. It opens the file on its own, after the
/// layout reader, and touches no page, so it costs the cross-reference table and one dictionary.
/// </summary>
public static class PdfMetadataReader
{
    /// <summary>
    /// The document information of <paramref name="bytes"/>, or null when the file has none, or
    /// cannot be opened (encrypted, corrupt: the layout reader reports those). Blank entries are null.
    /// </summary>
    public static DocumentMetadata? Read(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var info = document.Information;
            var metadata = new DocumentMetadata(Clean(info.Title), Clean(info.Author), Clean(info.Subject), Clean(info.Keywords));
            return metadata is { Title: null, Author: null, Subject: null, Keywords: null } ? null : metadata;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // Metadata only adds evidence; a file PdfPig cannot open is reported by the reader.
            return null;
        }
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var folded = DocumentBuilder.Fold(value.Replace('\0', ' '));
        return folded.Length == 0 ? null : folded[..Math.Min(folded.Length, 300)];
    }
}
