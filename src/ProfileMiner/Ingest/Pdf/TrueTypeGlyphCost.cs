using System.Buffers.Binary;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// What PdfPig will allocate for a TrueType font's glyph outlines, read from the font file's
/// <c>maxp</c>, <c>head</c>, <c>loca</c> and <c>glyf</c> tables the way PdfPig reads them. PdfPig reads
/// every glyph of the font the first time it needs one glyph's bounds, and keeps them: for a simple
/// glyph, the points its last contour end names, each a flag, two coordinates and a point (a glyph's
/// flags can repeat, so two bytes of a damaged font can claim 65,536 points). A real embedded font
/// costs kilobytes to a few megabytes; a damaged one took 700 MB.
/// </summary>
internal static class TrueTypeGlyphCost
{
    // Bytes PdfPig holds for one point of a simple glyph (flag, x and y arrays, the point itself), rounded up.
    internal const int BytesPerPoint = 16;

    /// <summary>The bytes of glyph outlines <paramref name="font"/> claims; 0 when it is no TrueType font PdfPig would read glyphs from.</summary>
    public static long Bytes(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            return 0;
        }

        int? head = null, maxp = null, loca = null, glyf = null;
        var glyfLength = 0L;
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var t = 0; t < tables && 12 + (16 * (t + 1)) <= font.Length; t++)
        {
            var record = font.Slice(12 + (16 * t), 16);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            if (offset >= (uint)font.Length)
            {
                continue;
            }

            switch (System.Text.Encoding.Latin1.GetString(record[..4]))
            {
                case "head": head = (int)offset; break;
                case "maxp": maxp = (int)offset; break;
                case "loca": loca = (int)offset; break;
                case "glyf": (glyf, glyfLength) = ((int)offset, Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[12..]), font.Length - offset)); break;
                default: break;
            }
        }

        if (head is not { } h || maxp is not { } m || loca is not { } l || glyf is not { } g || h + 52 > font.Length || m + 6 > font.Length)
        {
            return 0;
        }

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font[(h + 50)..]) != 0;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font[(m + 4)..]);
        var table = font.Slice(g, (int)glyfLength);
        var bytes = 0L;
        var previous = Offset(font, l, 0, longOffsets);
        for (var i = 0; i < glyphs && previous is { } start; i++)
        {
            var next = Offset(font, l, i + 1, longOffsets);
            if (next is not { } stop || stop <= start || start + 10 > table.Length)
            {
                previous = next;
                continue;
            }

            var contours = BinaryPrimitives.ReadInt16BigEndian(table[(int)start..]);
            var ends = (int)start + 10;
            if (contours > 0 && ends + (2 * contours) + 2 <= table.Length)
            {
                var points = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * (contours - 1)))..]) + 1L;
                var instructions = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * contours))..]);
                bytes += (2L * contours) + instructions + (points * BytesPerPoint);
            }

            previous = next;
        }

        return bytes;
    }

    private static long? Offset(ReadOnlySpan<byte> font, int loca, int index, bool longOffsets)
    {
        var at = (long)loca + (index * (longOffsets ? 4L : 2L));
        if (at + (longOffsets ? 4 : 2) > font.Length)
        {
            return null;
        }

        return longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(font[(int)at..]) : BinaryPrimitives.ReadUInt16BigEndian(font[(int)at..]) * 2L;
    }
}
