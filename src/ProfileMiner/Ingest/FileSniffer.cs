using System.Text;

namespace ProfileMiner.Ingest;

/// <summary>
/// Decides what a file holds from its bytes, not its name, and decodes text: a byte-order mark
/// wins; otherwise strict UTF-8; otherwise Windows-1252, which every byte sequence decodes as.
/// </summary>
public static class FileSniffer
{
    private const int SniffLength = 8192;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static FileSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Classifies the content of a file from its first bytes.</summary>
    public static ContentKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return ContentKind.Empty;
        }

        if (HasPdfHeader(bytes[..Math.Min(bytes.Length, 1024)]))
        {
            return ContentKind.Pdf;
        }

        if (HasUtf16Bom(bytes))
        {
            return ContentKind.Text;
        }

        var sample = bytes[..Math.Min(bytes.Length, SniffLength)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return ContentKind.Binary;
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return control * 20 > sample.Length ? ContentKind.Binary : ContentKind.Text;
    }

    /// <summary>
    /// Decodes text. Returns the encoding's name in <paramref name="encodingName"/> and whether
    /// the bytes were not valid UTF-8 (so a fallback was used) in <paramref name="usedFallback"/>.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName, out bool usedFallback)
    {
        usedFallback = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "utf-8";
            return s_strictUtf8.GetString(bytes[3..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encodingName = "utf-16le";
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encodingName = "utf-16be";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            encodingName = "utf-8";
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            usedFallback = true;
            encodingName = "windows-1252";
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    // Readers accept a header anywhere in the first 1024 bytes (some writers put junk first),
    // but it must start a line, so a text that mentions "%PDF-1.7" is still text.
    private static bool HasPdfHeader(ReadOnlySpan<byte> head)
    {
        var offset = 0;
        while (head[offset..].IndexOf("%PDF-"u8) is var found and >= 0)
        {
            var at = offset + found;
            if (at == 0 || head[at - 1] is (byte)'\n' or (byte)'\r')
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
