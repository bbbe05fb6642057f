using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokens;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Measures what reading a page will cost before PdfPig reads it: the bytes its content streams
/// decode to, and the letters they draw, counting each form XObject as often as the page (or the
/// form around it) draws it. A 96 KB PDF whose compressed content repeats one text run decodes to
/// tens of megabytes and millions of letters, each of which PdfPig keeps as an object: reading three
/// such pages took 1.09 GB. Decoding here stops at the byte limit, so measuring costs at most that.
/// </summary>
internal static class PdfPageBudget
{
    // Forms drawn inside forms deeper than this are not followed (PdfPig stops at circular ones).
    private const int MaxFormDepth = 12;

    /// <summary>Lets <see cref="Measure"/> read page dictionaries; call once per opened document.</summary>
    public static void Prepare(PdfDocument document) => document.AddPageFactory(new DictionaryOnly());

    /// <summary>
    /// The cost of page <paramref name="number"/>; decoding stops once <paramref name="maxBytes"/> is
    /// passed (the cost then says so).
    /// </summary>
    public static PageCost Measure(PdfDocument document, int number, long maxBytes)
    {
        var page = document.GetPage<PageDictionary>(number);
        var meter = new Meter(document, maxBytes);
        var resources = Resolve(document, page.Dictionary, "Resources") as DictionaryToken ?? page.InheritedResources;
        var letters = 0L;
        foreach (var stream in ContentStreams(document, page.Dictionary))
        {
            letters = Add(letters, meter.Letters(stream, resources, 0));
            if (meter.OverBytes)
            {
                break;
            }
        }

        return new PageCost(meter.Bytes, letters, meter.OverBytes);
    }

    private static IEnumerable<StreamToken> ContentStreams(PdfDocument document, DictionaryToken page)
    {
        switch (Resolve(document, page, "Contents"))
        {
            case StreamToken stream:
                yield return stream;
                break;
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    if (Resolve(document, item) is StreamToken part)
                    {
                        yield return part;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static IToken? Resolve(PdfDocument document, DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(document, token) : null;

    private static IToken? Resolve(PdfDocument document, IToken? token)
    {
        // A reference to a reference is allowed by the grammar; a few hops are enough for any real file.
        for (var hop = 0; hop < 8 && token is IndirectReferenceToken reference; hop++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }

        return token is IndirectReferenceToken ? null : token;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;

    /// <summary>What a page costs: decoded content bytes and letters drawn.</summary>
    internal readonly record struct PageCost(long Bytes, long Letters, bool OverBytes);

    /// <summary>Decodes and scans content streams, remembering each form's letters.</summary>
    private sealed class Meter(PdfDocument document, long maxBytes)
    {
        private readonly Dictionary<StreamToken, long> _forms = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<StreamToken> _open = new(ReferenceEqualityComparer.Instance);

        public long Bytes { get; private set; }

        public bool OverBytes { get; private set; }

        public long Letters(StreamToken stream, DictionaryToken? resources, int depth)
        {
            var content = Decode(stream);
            if (content is null)
            {
                return 0;
            }

            var scan = ContentScan.Scan(content);
            var letters = scan.Letters;
            if (scan.Draws.Count == 0 || depth >= MaxFormDepth || resources is null)
            {
                return letters;
            }

            var xobjects = Resolve(document, resources, "XObject") as DictionaryToken;
            foreach (var (name, times) in scan.Draws)
            {
                if (xobjects is null || Resolve(document, xobjects, name) is not StreamToken form || !IsForm(form) || !_open.Add(form))
                {
                    continue;
                }

                try
                {
                    if (!_forms.TryGetValue(form, out var each))
                    {
                        var own = Resolve(document, form.StreamDictionary, "Resources") as DictionaryToken ?? resources;
                        each = Letters(form, own, depth + 1);
                        _forms[form] = each;
                    }

                    letters = Add(letters, Multiply(each, times));
                }
                finally
                {
                    _open.Remove(form);
                }

                if (OverBytes)
                {
                    break;
                }
            }

            return letters;
        }

        private static bool IsForm(StreamToken stream) =>
            stream.StreamDictionary.TryGet(NameToken.Create("Subtype"), out var subtype) && subtype is NameToken { Data: "Form" };

        /// <summary>The stream's decoded bytes, or null when they cannot be decoded here (PdfPig will say so) or pass the limit.</summary>
        private byte[]? Decode(StreamToken stream)
        {
            var filters = Filters(stream.StreamDictionary);
            var raw = stream.Data.ToArray();
            byte[]? decoded;
            if (filters.Count == 0)
            {
                decoded = raw;
            }
            else if (filters is ["FlateDecode" or "Fl"])
            {
                decoded = Inflate(raw, maxBytes - Bytes);
            }
            else
            {
                // Other filters (rare for page content) expand little but LZW; PdfPig decodes them itself,
                // so only the raw size is counted here.
                decoded = null;
                Bytes = Add(Bytes, raw.Length);
                OverBytes |= Bytes > maxBytes;
                return null;
            }

            if (decoded is null)
            {
                OverBytes = true;
                Bytes = maxBytes + 1;
                return null;
            }

            Bytes = Add(Bytes, decoded.Length);
            OverBytes |= Bytes > maxBytes;
            return OverBytes ? null : decoded;
        }

        private List<string> Filters(DictionaryToken dictionary)
        {
            var names = new List<string>();
            if (dictionary.TryGet(NameToken.Create("Filter"), out var filter) || dictionary.TryGet(NameToken.Create("F"), out filter))
            {
                switch (Resolve(document, filter))
                {
                    case NameToken name:
                        names.Add(name.Data);
                        break;
                    case ArrayToken array:
                        names.AddRange(array.Data.Select(t => Resolve(document, t)).OfType<NameToken>().Select(n => n.Data));
                        break;
                    default:
                        break;
                }
            }

            return names;
        }

        /// <summary>Inflates at most <paramref name="limit"/> bytes; null past it. A broken stream gives what inflated before the break.</summary>
        private static byte[]? Inflate(byte[] raw, long limit)
        {
            if (limit <= 0)
            {
                return null;
            }

            using var output = new MemoryStream();
            try
            {
                using var inflater = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
                var buffer = new byte[1 << 16];
                int read;
                while ((read = inflater.Read(buffer)) > 0)
                {
                    if (output.Length + read > limit)
                    {
                        return null;
                    }

                    output.Write(buffer, 0, read);
                }
            }
            catch (InvalidDataException)
            {
                // PdfPig is lenient with a damaged stream too; what decoded so far is what it will read.
            }

            return output.ToArray();
        }
    }

    /// <summary>A page as its dictionary only, so a page can be measured before it is read.</summary>
    private sealed class PageDictionary(DictionaryToken dictionary, DictionaryToken? inherited)
    {
        public DictionaryToken Dictionary => dictionary;

        public DictionaryToken? InheritedResources => inherited;
    }

    private sealed class DictionaryOnly : IPageFactory<PageDictionary>
    {
        public PageDictionary Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations annotationProvider) =>
            new(dictionary, pageTreeMembers.ParentResources.LastOrDefault());
    }
}

/// <summary>
/// One pass over a decoded content stream: the bytes of the strings that text operators show (an
/// upper bound on the letters drawn: a two-byte font draws one letter for two), and how often each
/// XObject is drawn (<c>/Name Do</c>). Inline images' data (<c>ID</c> ... <c>EI</c>) is skipped.
/// </summary>
internal static class ContentScan
{
    public static (long Letters, Dictionary<string, long> Draws) Scan(ReadOnlySpan<byte> content)
    {
        var letters = 0L;
        var draws = new Dictionary<string, long>(StringComparer.Ordinal);
        string? lastName = null;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            switch (c)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    i = SkipString(content, i, ref letters);
                    lastName = null;
                    break;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                    i += 2;
                    break;
                case (byte)'<':
                    var end = content[(i + 1)..].IndexOf((byte)'>');
                    end = end < 0 ? content.Length : i + 1 + end;
                    letters += (end - i) / 2;
                    i = end + 1;
                    lastName = null;
                    break;
                case (byte)'/':
                    var start = ++i;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    lastName = System.Text.Encoding.Latin1.GetString(content[start..i]);
                    break;
                default:
                    if (IsRegular(c))
                    {
                        var word = i;
                        while (i < content.Length && IsRegular(content[i]))
                        {
                            i++;
                        }

                        var op = content[word..i];
                        if (op.SequenceEqual("Do"u8) && lastName is not null)
                        {
                            draws[lastName] = draws.GetValueOrDefault(lastName) + 1;
                        }
                        else if (op.SequenceEqual("ID"u8))
                        {
                            i = SkipInlineImage(content, i);
                        }

                        if (!IsNumber(op))
                        {
                            lastName = null;
                        }
                    }
                    else
                    {
                        i++;
                    }

                    break;
            }
        }

        return (letters, draws);
    }

    private static int SkipString(ReadOnlySpan<byte> content, int i, ref long letters)
    {
        var depth = 0;
        for (; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\')
            {
                i++;
                letters++;
            }
            else if (c == '(')
            {
                if (depth++ > 0)
                {
                    letters++;
                }
            }
            else if (c == ')')
            {
                if (--depth == 0)
                {
                    return i + 1;
                }

                letters++;
            }
            else
            {
                letters++;
            }
        }

        return i;
    }

    // "ID", one white-space byte, the data, then "EI" between white space.
    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i)
    {
        for (var j = i + 1; j + 2 < content.Length; j++)
        {
            if (content[j] == 'E' && content[j + 1] == 'I' && IsWhite(content[j - 1]) && (j + 2 == content.Length || IsWhite(content[j + 2])))
            {
                return j + 2;
            }
        }

        return content.Length;
    }

    private static bool IsWhite(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsRegular(byte c) =>
        !IsWhite(c) && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static bool IsNumber(ReadOnlySpan<byte> word)
    {
        foreach (var c in word)
        {
            if (c is not ((>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+'))
            {
                return false;
            }
        }

        return true;
    }
}
