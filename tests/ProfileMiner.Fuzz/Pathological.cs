using System.Globalization;
using System.Text;

namespace ProfileMiner.Fuzz;

/// <summary>
/// The hand-made worst cases: each defect issue 21 found (nested emphasis, lists and quotes, unclosed
/// <c>&lt;div&gt;</c>, a figure too large to hold, a PDF whose repeated compressed stream decodes
/// to millions of letters) and their neighbours (forms drawn a hundred thousand times, arrays nested
/// a hundred thousand deep, a page count of two billion, a sentence cut at a comma a hundred
/// thousand times, file names with a newline or a right-to-left override). Every campaign runs them.
/// </summary>
internal static class Pathological
{
    public static IReadOnlyList<FuzzInput> All() =>
    [
        Text("stars-50000.md", new string('*', 50_000) + "x" + new string('*', 50_000)),
        Text("stars-around-text.md", "# Title\n\nLancashire County Council spent £5m.\n\n" + new string('*', 50_000) + "x" + new string('*', 50_000) + "\n\nThe end.\n"),
        Text("div-100000.md", Repeat("<div>", 100_000)),
        Text("div-in-text.md", "# Report\n\nBefore the block, 12% of people.\n\n" + Repeat("<div>", 100_000) + "text inside\n\nAfter the block, 15% of people.\n"),
        Text("b-50000.txt", "Cell\t" + Repeat("<b>", 50_000) + "bold\tother\n"),
        Text("lt-100000.md", new string('<', 100_000)),
        Text("comment-open.md", Repeat("<!--", 50_000)),
        Text("money-overflow.txt", "The budget was £100000000000000000000bn this year, and £5m last year.\n"),
        Text("digits-60.txt", "There were " + new string('9', 60) + " people and 12% of them were supported.\n"),
        Text("kpi-overflow.txt", "Delayed transfers\n\nLatest: 99999999999999999999999999999bn Target: 5% Previous: 6%\n"),
        Text("table-overflow.txt", "Indicator\tMeasure\t2019/20\t2020/21\n1A\tQuality of life\t" + new string('9', 40) + "\t19.1\n"),
        Text("range-overflow.txt", "Between £999 and £" + new string('9', 27) + "bn was spent.\n"),
        Text("list-64.md", "# Title\n\nFirst paragraph.\n\n" + Repeat("- ", 64) + "item\n\nrest of the text.\n"),
        Text("list-indented-200.md", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- level " + i.ToString(CultureInfo.InvariantCulture) + "\n"))),
        Text("quote-128.md", "# Title\n\nFirst paragraph.\n\n" + new string('>', 128) + " quoted\n\nrest of the text.\n"),
        Text("quote-spaced-1000.md", Repeat("> ", 1000) + "deep\n"),
        Text("brackets-30000.md", new string('[', 30_000) + "x" + new string(']', 30_000)),
        Text("parens-30000.md", new string('(', 30_000) + "x" + new string(')', 30_000)),
        Text("links-10000.md", Repeat("[a](", 10_000) + "x" + new string(')', 10_000)),
        Text("headings-1000.md", new string('#', 1000) + " heading\n"),
        Text("commas-100000.txt", string.Concat(Enumerable.Range(0, 100_000).Select(i => "part " + i.ToString(CultureInfo.InvariantCulture) + ",\n\n"))),
        Text("long-line.txt", string.Concat(Enumerable.Repeat("abcdefghij", 100_000))),
        Text("tab-row-10000.txt", string.Join('\t', Enumerable.Range(0, 10_000).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture))) + "\n"),
        Text("pipe-table-5000.md", "|" + Repeat(" a |", 5000) + "\n|" + Repeat("---|", 5000) + "\n|" + Repeat(" 1 |", 5000) + "\n"),
        Text("escapes.txt", "Lancashire \u001b]0;owned\u0007 spent \u001b[31m£5m\u001b[0m.\n\u202Egnp.exe\n"),
        Text("nul-free-controls.txt", "A\u0001B\u0002C\u0003 12% of people\u000b\u000c.\n"),
        Text("line\nbreak.txt", "# Named with a newline\n\nLancashire County Council spent £5m.\n"),
        Text("rtl\u202Etxt.exe.txt", "# Named with a right-to-left override\n\nLancashire County Council spent £5m.\n"),
        Text("empty-lines-1000000.txt", new string('\n', 1_000_000) + "text\n"),
        Text("sentences-no-space.txt", Repeat("a.", 200_000)),
        Pdf("repeat-stream.pdf", PdfBytes.Pages(3, Repeat("BT /F1 10 Tf 72 700 Td (Lancashire County Council spent money on care) Tj ET\n"u8, 100_000))),
        Pdf("zip-bomb.pdf", PdfBytes.Pages(3, Repeat("BT /F1 10 Tf 72 700 Td (Lancashire) Tj ET\n"u8, 2_000_000))),
        Pdf("form-bomb.pdf", FormBomb()),
        Pdf("nested-arrays.pdf", PdfBytes.Build(
        [
            PdfBytes.Ascii("<< /Type /Catalog /Pages 2 0 R /Deep " + new string('[', 100_000) + new string(']', 100_000) + " >>"),
            PdfBytes.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            PdfBytes.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"),
        ])),
        Pdf("nested-dicts.pdf", PdfBytes.Build(
        [
            PdfBytes.Ascii("<< /Type /Catalog /Pages 2 0 R /Deep " + Repeat("<< /A ", 50_000) + "1" + Repeat(" >>", 50_000) + " >>"),
            PdfBytes.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            PdfBytes.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"),
        ])),
        Pdf("page-count-2147483647.pdf", PdfBytes.Build(
        [
            PdfBytes.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            PdfBytes.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"),
            PdfBytes.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"),
        ])),
        Pdf("kids-loop.pdf", PdfBytes.Build(
        [
            PdfBytes.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            PdfBytes.Ascii("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"),
            PdfBytes.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"),
        ])),
        Pdf("huge-mediabox.pdf", PdfBytes.Build(
        [
            PdfBytes.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            PdfBytes.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            PdfBytes.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e300 1e300] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            PdfBytes.Stream("BT /F1 1e300 Tf 1e300 1e300 Td (Huge) Tj ET"u8.ToArray()),
            PdfBytes.Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        ])),
    ];

    // A page that draws one form holding a line of text 100,000 times: small file, millions of letters.
    private static byte[] FormBomb()
    {
        var form = PdfBytes.Stream(PdfBytes.Deflate("BT /F1 10 Tf 72 700 Td (Lancashire County Council spent money) Tj ET"u8.ToArray()),
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Filter /FlateDecode");
        return PdfBytes.Pages(1, Repeat("/Fm1 Do\n"u8, 100_000), "/XObject << /Fm1 6 0 R >>", [form]);
    }

    private static FuzzInput Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text), "pathological", name);

    private static FuzzInput Pdf(string name, byte[] bytes) => new(name, bytes, "pathological", name);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static byte[] Repeat(ReadOnlySpan<byte> bytes, int times)
    {
        var result = new byte[bytes.Length * times];
        for (var i = 0; i < times; i++)
        {
            bytes.CopyTo(result.AsSpan(i * bytes.Length));
        }

        return result;
    }
}
