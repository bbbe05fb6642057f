using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokens;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Measures what reading a page will cost before PdfPig reads it: the bytes its content streams
/// decode to, the letters they draw (each form XObject counted as often as the page, or the form
/// around it, draws it), the work PdfPig's content parser does to recover from broken operators, and
/// the memory the glyph outlines of its embedded TrueType fonts take. A 96 KB PDF whose compressed
/// content repeats one text run decodes to tens of megabytes and millions of letters, each of which
/// PdfPig keeps as an object: reading three such pages took 1.09 GB. For each operator it cannot
/// build, PdfPig's parser looks back through the page's operations to the last end of a text object;
/// a page of tens of thousands of broken operators in one long text object took over 20 s. A font
/// whose glyph table claims millions of points took 700 MB. Decoding here stops at the byte limit, so
/// measuring costs at most that. One instance per opened document: fonts and forms are measured once.
/// </summary>
internal sealed class PdfPageBudget
{
    // Forms drawn inside forms deeper than this are not followed (PdfPig stops at circular ones).
    private const int MaxFormDepth = 12;

    // A font file is inflated up to this to be measured; past it, the font is over the limit whatever
    // it holds (a whole CJK font embedded unsubsetted is about 20 MB).
    internal const long MaxFontFileBytes = 32L * 1024 * 1024;

    private readonly PdfDocument _document;
    // PdfPig hands out a new token each time an object is resolved, so fonts are known by their object
    // number (a font written inline in a page's resources, rare, is measured with that page).
    private readonly Dictionary<IndirectReference, long> _fonts = [];

    private PdfPageBudget(PdfDocument document) => _document = document;

    /// <summary>A budget for <paramref name="document"/>, which it lets read page dictionaries; one per opened document.</summary>
    public static PdfPageBudget For(PdfDocument document)
    {
        document.AddPageFactory(new DictionaryOnly());
        return new PdfPageBudget(document);
    }

    /// <summary>
    /// The cost of page <paramref name="number"/>; decoding stops once <paramref name="maxBytes"/> is
    /// passed (the cost then says so).
    /// </summary>
    public PageCost Measure(int number, long maxBytes)
    {
        var page = _document.GetPage<PageDictionary>(number);
        var meter = new Meter(_document, this, maxBytes);
        var resources = Resolve(_document, page.Dictionary, "Resources") as DictionaryToken ?? page.InheritedResources;
        var cost = default(StreamCost);
        foreach (var stream in ContentStreams(_document, page.Dictionary))
        {
            cost += meter.Cost(stream, resources, 0);
            if (meter.OverBytes)
            {
                break;
            }
        }

        return new PageCost(meter.Bytes, cost.Letters, meter.OverBytes, cost.ParseSteps, meter.FontBytes);
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

    /// <summary>
    /// What a page costs: decoded content bytes, letters drawn, steps PdfPig's parser takes to recover
    /// from broken operators, and the largest glyph memory of a TrueType font it uses.
    /// </summary>
    internal readonly record struct PageCost(long Bytes, long Letters, bool OverBytes, long ParseSteps, long FontBytes);

    /// <summary>What one content stream costs, with the forms it draws.</summary>
    private readonly record struct StreamCost(long Letters, long ParseSteps)
    {
        public static StreamCost operator +(StreamCost a, StreamCost b) => new(Add(a.Letters, b.Letters), Add(a.ParseSteps, b.ParseSteps));

        public StreamCost Times(long times) => new(Multiply(Letters, times), Multiply(ParseSteps, times));
    }

    /// <summary>Decodes and scans content streams, remembering each form's cost.</summary>
    private sealed class Meter(PdfDocument document, PdfPageBudget budget, long maxBytes)
    {
        private readonly Dictionary<StreamToken, StreamCost> _forms = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<StreamToken> _open = new(ReferenceEqualityComparer.Instance);

        public long Bytes { get; private set; }

        public bool OverBytes { get; private set; }

        /// <summary>The largest glyph memory of a TrueType font in the resources met so far.</summary>
        public long FontBytes { get; private set; }

        public StreamCost Cost(StreamToken stream, DictionaryToken? resources, int depth)
        {
            if (resources is not null)
            {
                FontBytes = Math.Max(FontBytes, budget.FontBytes(resources));
            }

            var content = Decode(stream);
            if (content is null)
            {
                return default;
            }

            var scan = ContentScan.Scan(content);
            var cost = new StreamCost(scan.Letters, scan.ParseSteps);
            if (scan.Draws.Count == 0 || depth >= MaxFormDepth || resources is null)
            {
                return cost;
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
                        each = Cost(form, own, depth + 1);
                        _forms[form] = each;
                    }

                    cost += each.Times(times);
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

            return cost;
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

        private List<string> Filters(DictionaryToken dictionary) => PdfPageBudget.Filters(document, dictionary);
    }

    /// <summary>
    /// The largest glyph memory (<see cref="TrueTypeGlyphCost"/>) of the embedded TrueType fonts in
    /// <paramref name="resources"/>, simple or the descendant of a composite font; each font measured once per document.
    /// </summary>
    private long FontBytes(DictionaryToken resources)
    {
        if (Resolve(_document, resources, "Font") is not DictionaryToken fonts)
        {
            return 0;
        }

        var most = 0L;
        foreach (var value in fonts.Data.Values)
        {
            if (value is IndirectReferenceToken reference)
            {
                if (!_fonts.TryGetValue(reference.Data, out var known))
                {
                    known = _fonts[reference.Data] = FontBytes(value);
                }

                most = Math.Max(most, known);
            }
            else
            {
                most = Math.Max(most, FontBytes(value));
            }
        }

        return most;
    }

    /// <summary>The glyph memory of one font (0 when it embeds no TrueType file).</summary>
    private long FontBytes(IToken value)
    {
        if (Resolve(_document, value) is not DictionaryToken font)
        {
            return 0;
        }

        if (Resolve(_document, font, "DescendantFonts") is ArrayToken { Data.Count: > 0 } descendants && Resolve(_document, descendants.Data[0]) is DictionaryToken descendant)
        {
            font = descendant;
        }

        return Resolve(_document, font, "FontDescriptor") is DictionaryToken descriptor && Resolve(_document, descriptor, "FontFile2") is StreamToken file
            ? MeasureFont(file)
            : 0;
    }

    /// <summary>How many font files this budget has decoded and measured so far.</summary>
    internal int FontFilesMeasured { get; private set; }

    private long MeasureFont(StreamToken file)
    {
        FontFilesMeasured++;
        var raw = file.Data.ToArray();
        var decoded = Filters(_document, file.StreamDictionary) switch
        {
            [] => raw,
            ["FlateDecode" or "Fl"] => Inflate(raw, MaxFontFileBytes),

            // PdfPig decodes other filters itself; their fonts are not measured.
            _ => [],
        };

        // A font file that inflates past the limit would be held whole by PdfPig.
        return decoded is null ? long.MaxValue : TrueTypeGlyphCost.Bytes(decoded);
    }

    private static List<string> Filters(PdfDocument document, DictionaryToken dictionary)
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
