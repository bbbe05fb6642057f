using System.Text;
using ProfileMiner.Ingest;

namespace ProfileMiner.Tests.Ingest;

public sealed class FileSnifferTests
{
    [Fact]
    public void Zero_bytes_are_empty()
    {
        Assert.Equal(ContentKind.Empty, FileSniffer.Sniff([]));
    }

    [Fact]
    public void A_pdf_header_is_pdf_whatever_follows()
    {
        Assert.Equal(ContentKind.Pdf, FileSniffer.Sniff([.. "%PDF-1.7\n"u8, 0, 1, 2, 0xFF]));
    }

    [Fact]
    public void Text_that_mentions_the_pdf_header_is_text()
    {
        Assert.Equal(ContentKind.Text, FileSniffer.Sniff("Notes: every PDF file starts with %PDF-1.7 and ends with %%EOF.\n"u8));
    }

    [Fact]
    public void Nul_bytes_make_binary()
    {
        Assert.Equal(ContentKind.Binary, FileSniffer.Sniff([.. "Hello"u8, 0, .. "world"u8]));
    }

    [Fact]
    public void Many_control_characters_make_binary_and_a_few_do_not()
    {
        var noisy = Enumerable.Range(0, 100).Select(i => i % 4 == 0 ? (byte)0x01 : (byte)'a').ToArray();
        var text = Enumerable.Range(0, 100).Select(i => i == 50 ? (byte)0x1B : (byte)'a').ToArray();

        Assert.Equal(ContentKind.Binary, FileSniffer.Sniff(noisy));
        Assert.Equal(ContentKind.Text, FileSniffer.Sniff(text));
    }

    [Fact]
    public void Tabs_newlines_and_form_feeds_are_text()
    {
        Assert.Equal(ContentKind.Text, FileSniffer.Sniff("a\tb\r\nc\fd\n"u8));
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text_despite_its_nuls()
    {
        var le = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hello £5")).ToArray();
        var be = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Hello £5")).ToArray();

        Assert.Equal(ContentKind.Text, FileSniffer.Sniff(le));
        Assert.Equal(ContentKind.Text, FileSniffer.Sniff(be));
        Assert.Equal("Hello £5", FileSniffer.Decode(le, out var leName, out var leFallback));
        Assert.Equal("Hello £5", FileSniffer.Decode(be, out var beName, out _));
        Assert.Equal(("utf-16le", false, "utf-16be"), (leName, leFallback, beName));
    }

    [Fact]
    public void Utf8_decodes_without_fallback()
    {
        Assert.Equal("Café £1.5m – done", FileSniffer.Decode("Café £1.5m – done"u8, out var name, out var fallback));
        Assert.Equal(("utf-8", false), (name, fallback));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF, .. "Café £1.5m – done"u8];

        Assert.Equal("Café £1.5m – done", FileSniffer.Decode(bom, out var name, out var fallback));
        Assert.Equal(("utf-8", false), (name, fallback));
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        byte[] bytes = [.. "He said "u8, 0x93, .. "yes"u8, 0x94, .. " to "u8, 0xA3, .. "5m"u8];

        var text = FileSniffer.Decode(bytes, out var name, out var fallback);

        Assert.Equal("He said “yes” to £5m", text);
        Assert.Equal(("windows-1252", true), (name, fallback));
    }
}
