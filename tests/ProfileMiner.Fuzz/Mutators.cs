using System.Globalization;
using System.Text;

namespace ProfileMiner.Fuzz;

/// <summary>
/// Makes inputs from seeds with a seeded <see cref="Random"/>, so a campaign is the same every time
/// for the same seed. Each input gets one to four mutations of its kind: for PDF, byte-level ones
/// (flip, cut, repeat or drop a chunk, truncate, splice two PDFs) and structural ones (a stream's
/// compressed data repeated, a number in a dictionary made huge or negative, nested arrays or
/// dictionaries, a reference loop, a form drawn many times, the end-of-file marker moved); for
/// Markdown, nesting (emphasis, lists, quotes, brackets, HTML), tables, HTML fragments and the text
/// mutations; for text, control and bidirectional characters, invalid UTF-8, other encodings and
/// line endings, huge figures, tab tables, long lines and chunk edits.
/// </summary>
internal sealed class Mutators(int seed, double scale = 1.0)
{
    private static readonly string[] s_snippets =
    [
        "£100000000000000000000bn", "£" + new string('9', 40), "99999999999999999999999999999%", "-£1.6m", "=HYPERLINK(\"http://x\",\"y\")",
        "+1+cmd|' /C calc'!A0", "@SUM(1,2)", "\u202Egnp.exe", "\u001b[31mred\u001b[0m", "\u0000", "\uFEFF", "\uFFFD", "\uD800", "e\u0301\u0301\u0301",
        "13 of the 22 ASCOF indicators", "better than the England average", "2019/20 Q3", "ASCOF 2A(1)", "per 100,000", "1,234.5", "0.000000000000000000000000001",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next <paramref name="count"/> inputs from <paramref name="seeds"/>, numbered from <paramref name="first"/>: PDF, Markdown and text in turn.</summary>
    public IEnumerable<FuzzInput> Generate(FuzzSeeds seeds, int count, int first = 0)
    {
        for (var i = 0; i < count; i++)
        {
            var number = (first + i).ToString("D5", CultureInfo.InvariantCulture);
            switch (i % 3)
            {
                case 0:
                    var (pdfName, pdf) = Pick(seeds.Pdfs);
                    var (pdfBytes, pdfHow) = MutatePdf(pdf, seeds);
                    yield return new FuzzInput($"{number}-{Stem(pdfName)}.pdf", pdfBytes, "pdf", pdfHow);
                    break;
                case 1:
                    var (mdName, md) = Pick(seeds.Markdown);
                    var (mdBytes, mdHow) = MutateText(md, markdown: true);
                    yield return new FuzzInput($"{number}-{Stem(mdName)}.md", mdBytes, "markdown", mdHow);
                    break;
                default:
                    var (txtName, txt) = Pick(seeds.Texts);
                    var (txtBytes, txtHow) = MutateText(txt, markdown: false);
                    yield return new FuzzInput($"{number}-{Stem(txtName)}.txt", txtBytes, "text", txtHow);
                    break;
            }
        }
    }

    public (byte[] Bytes, string How) MutatePdf(byte[] seed, FuzzSeeds seeds)
    {
        var bytes = seed.ToList();
        var how = new List<string>();
        var rounds = 1 + _random.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            switch (_random.Next(14))
            {
                case 0:
                    how.Add("flip");
                    for (var k = 0; k < 1 + _random.Next(32); k++)
                    {
                        var at = _random.Next(bytes.Count);
                        bytes[at] ^= (byte)(1 << _random.Next(8));
                    }

                    break;
                case 1:
                    how.Add("truncate");
                    var keep = _random.Next(bytes.Count / 2, bytes.Count);
                    bytes.RemoveRange(keep, bytes.Count - keep);
                    break;
                case 2:
                    how.Add("drop-chunk");
                    DropChunk(bytes);
                    break;
                case 3:
                    how.Add("repeat-chunk");
                    RepeatChunk(bytes, _random.Next(2, 200));
                    break;
                case 4:
                    how.Add("repeat-stream");
                    RepeatStream(bytes);
                    break;
                case 5:
                    how.Add("huge-number");
                    ReplaceNumber(bytes, Pick(["2147483647", "99999999999999999999", "-1", "0", "1e308", "-2147483648", "4294967296", "NaN"]));
                    break;
                case 6:
                    how.Add("nest-arrays");
                    Insert(bytes, new string('[', Big(100, 20_000)) + new string(']', Big(0, 20_000)));
                    break;
                case 7:
                    how.Add("nest-dicts");
                    var depth = Big(100, 5_000);
                    Insert(bytes, string.Concat(Enumerable.Repeat("<< /K ", depth)) + "0" + string.Concat(Enumerable.Repeat(" >>", _random.Next(depth))));
                    break;
                case 8:
                    how.Add("ref-loop");
                    ReplaceToken(bytes, "/Parent ", "/Parent 1 0 R /Kids [1 0 R 2 0 R] /X ");
                    break;
                case 9:
                    how.Add("form-draws");
                    ReplaceToken(bytes, "BT", string.Concat(Enumerable.Repeat("/Fm1 Do /Im1 Do ", Big(10, 2_000))) + "BT");
                    break;
                case 10:
                    how.Add("move-eof");
                    ReplaceToken(bytes, "%%EOF", string.Empty);
                    Insert(bytes, "%%EOF");
                    break;
                case 11:
                    how.Add("splice");
                    var (_, other) = Pick(seeds.Pdfs);
                    var cut = _random.Next(bytes.Count);
                    var from = _random.Next(other.Length);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    bytes.AddRange(other.Skip(from));
                    break;
                case 12:
                    how.Add("filter-swap");
                    ReplaceToken(bytes, "/FlateDecode", Pick(["/LZWDecode", "/ASCII85Decode", "/RunLengthDecode", "/DCTDecode", "/JBIG2Decode", "/Crypt", "/Nonsense"]));
                    break;
                default:
                    how.Add("text-operators");
                    ReplaceToken(bytes, "Tj", Pick(["TJ", "'", "\"", "Tj Tj Tj", "Tf", "Td Td", "ET ET", "BT BT"]));
                    break;
            }
        }

        return ([.. bytes], string.Join('+', how));
    }

    public (byte[] Bytes, string How) MutateText(byte[] seed, bool markdown)
    {
        var text = Encoding.UTF8.GetString(seed);
        var how = new List<string>();
        var rounds = 1 + _random.Next(4);
        for (var r = 0; r < rounds; r++)
        {
            var choice = _random.Next(markdown ? 16 : 11);
            var at = _random.Next(text.Length + 1);
            switch (choice)
            {
                case 0:
                    how.Add("snippet");
                    text = text.Insert(at, " " + Pick(s_snippets) + " ");
                    break;
                case 1:
                    how.Add("controls");
                    text = text.Insert(at, string.Concat(Enumerable.Range(0, _random.Next(1, 20)).Select(_ => (char)Pick([0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x2028, 0x2029, 0x202E, 0x2066, 0x200F, 0xFEFF]))));
                    break;
                case 2:
                    how.Add("drop-chunk");
                    var length = _random.Next(Math.Max(1, text.Length - at));
                    text = text.Remove(at, Math.Min(length, text.Length - at));
                    break;
                case 3:
                    how.Add("repeat-chunk");
                    var size = Math.Min(_random.Next(1, 200), text.Length - at);
                    text = text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, Math.Max(0, size)), Big(2, 2000))));
                    break;
                case 4:
                    how.Add("line-endings");
                    text = text.Replace("\n", Pick(["\r", "\r\n", "\n\n\n", "\u2028", "\n\t"]), StringComparison.Ordinal);
                    break;
                case 5:
                    how.Add("tab-table");
                    text = text.Insert(at, "\n" + string.Join('\t', Enumerable.Range(0, Big(2, 3000)).Select(i => Pick(s_snippets) + i.ToString(CultureInfo.InvariantCulture))) + "\n");
                    break;
                case 6:
                    how.Add("long-line");
                    text = text.Insert(at, new string(Pick(['a', '9', ' ', '.', ',', '£', '%']), Big(1000, 200_000)));
                    break;
                case 7:
                    how.Add("huge-figure");
                    text = text.Insert(at, " £" + new string('9', _random.Next(20, 80)) + Pick(["bn", "m", "k", "%", string.Empty]) + " ");
                    break;
                case 8:
                    how.Add("html");
                    text = text.Insert(at, Pick(["<p>", "<ul><li>", "<div>", "<br>", "<b>", "<table><tr><td>"]) + "text" + Pick(["</p>", string.Empty, "</div>", "</li></ul>"]));
                    break;
                case 9:
                    how.Add("html-nest");
                    var tag = Pick(["<div>", "<b>", "<ul><li>", "<p>", "<i>"]);
                    text = text.Insert(at, "\n" + string.Concat(Enumerable.Repeat(tag, Big(10, 60_000))) + "\n");
                    break;
                case 10:
                    how.Add("sentence-commas");
                    text = text.Insert(at, string.Concat(Enumerable.Range(0, Big(10, 50_000)).Select(i => "part,\n\n")));
                    break;
                case 11:
                    how.Add("emphasis-nest");
                    var stars = Big(10, 60_000);
                    text = text.Insert(at, "\n" + new string(Pick(['*', '_', '~', '`']), stars) + "x" + new string('*', _random.Next(stars)) + "\n");
                    break;
                case 12:
                    how.Add("list-nest");
                    text = text.Insert(at, "\n" + string.Concat(Enumerable.Repeat(Pick(["- ", "* ", "1. ", "> ", ">", "+ "]), Big(10, 3000))) + "item\n");
                    break;
                case 13:
                    how.Add("bracket-nest");
                    var open = Big(10, 40_000);
                    text = text.Insert(at, new string(Pick(['[', '(', '<', '{']), open) + "x" + new string(Pick([']', ')', '>', '}']), _random.Next(open)));
                    break;
                case 14:
                    how.Add("pipe-table");
                    var columns = Big(2, 3000);
                    text = text.Insert(at, "\n|" + string.Concat(Enumerable.Repeat(" a |", columns)) + "\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n|" + string.Concat(Enumerable.Repeat(" 1 |", columns)) + "\n");
                    break;
                default:
                    how.Add("headings");
                    text = text.Insert(at, "\n" + new string('#', _random.Next(1, 500)) + " heading\n" + new string('=', Big(1, 1000)) + "\n");
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        switch (_random.Next(10))
        {
            case 0:
                how.Add("utf16");
                bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
                break;
            case 1:
                how.Add("invalid-utf8");
                for (var k = 0; k < 1 + _random.Next(20); k++)
                {
                    bytes[_random.Next(bytes.Length)] = (byte)Pick([0x80, 0xC0, 0xFF, 0xFE, 0xED, 0xA0]);
                }

                break;
            case 2:
                how.Add("byte-flip");
                for (var k = 0; k < 1 + _random.Next(50); k++)
                {
                    bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
                }

                break;
            default:
                break;
        }

        return (bytes.Length == 0 ? [(byte)' '] : bytes, string.Join('+', how));
    }

    private void DropChunk(List<byte> bytes)
    {
        var at = _random.Next(bytes.Count);
        bytes.RemoveRange(at, Math.Min(bytes.Count - at, Big(1, 4096)));
    }

    private void RepeatChunk(List<byte> bytes, int times)
    {
        var at = _random.Next(bytes.Count);
        var chunk = bytes.Skip(at).Take(_random.Next(1, 512)).ToArray();
        for (var i = 0; i < times; i++)
        {
            bytes.InsertRange(at, chunk);
        }
    }

    // A stream's raw data repeated: a compressed content stream that inflates to many copies of itself.
    private void RepeatStream(List<byte> bytes)
    {
        var array = bytes.ToArray();
        var start = IndexOf(array, "stream\n"u8, _random.Next(array.Length / 2));
        if (start < 0)
        {
            start = IndexOf(array, "stream\r\n"u8, 0);
        }

        if (start < 0)
        {
            return;
        }

        start += 7;
        var end = IndexOf(array, "endstream"u8, start);
        if (end <= start)
        {
            return;
        }

        var chunk = array[start..end];
        // Up to 300 copies, and at most 8 MB more: a bomb is in how far it inflates, not in its own size.
        var times = Math.Min(_random.Next(2, 300), Math.Max(2, 8 * 1024 * 1024 / Math.Max(1, chunk.Length)));
        bytes.InsertRange(end, Enumerable.Range(0, times).SelectMany(_ => chunk).ToArray());
    }

    private void ReplaceNumber(List<byte> bytes, string number)
    {
        var array = bytes.ToArray();
        var key = Pick(["/Length ", "/Count ", "/Size ", "/N ", "/First ", "/Columns ", "/BitsPerComponent ", "/Width ", "/Height ", "/W [", "/Index [", "/Prev "]);
        var at = IndexOf(array, Encoding.ASCII.GetBytes(key), _random.Next(array.Length));
        if (at < 0)
        {
            at = IndexOf(array, Encoding.ASCII.GetBytes(key), 0);
        }

        if (at < 0)
        {
            return;
        }

        var start = at + key.Length;
        var end = start;
        while (end < array.Length && (char.IsAsciiDigit((char)array[end]) || array[end] == '.'))
        {
            end++;
        }

        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.ASCII.GetBytes(number));
    }

    private void ReplaceToken(List<byte> bytes, string token, string with)
    {
        var array = bytes.ToArray();
        var at = IndexOf(array, Encoding.Latin1.GetBytes(token), _random.Next(array.Length));
        if (at < 0)
        {
            at = IndexOf(array, Encoding.Latin1.GetBytes(token), 0);
        }

        if (at < 0)
        {
            return;
        }

        bytes.RemoveRange(at, token.Length);
        bytes.InsertRange(at, Encoding.Latin1.GetBytes(with));
    }

    private void Insert(List<byte> bytes, string text) =>
        bytes.InsertRange(_random.Next(bytes.Count), Encoding.Latin1.GetBytes(text));

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what, int from)
    {
        if (from >= bytes.Length)
        {
            return -1;
        }

        var found = bytes.AsSpan(from).IndexOf(what);
        return found < 0 ? -1 : from + found;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    // A size between low and high, the high end scaled down for a short campaign (never below what passes the readers' limits).
    private int Big(int low, int high) => _random.Next(low, Math.Max(low + 1, Math.Max(Math.Min(high, 600), (int)(high * scale))));

    private static string Stem(string name) => Path.GetFileNameWithoutExtension(name) is { Length: > 24 } stem ? stem[..24] : Path.GetFileNameWithoutExtension(name);
}
