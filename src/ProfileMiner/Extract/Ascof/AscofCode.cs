using System.Text.RegularExpressions;

namespace ProfileMiner.Extract.Ascof;

/// <summary>
/// An ASCOF measure code with its optional part, normalised to the roman style GUIDE.md scores
/// ("ASCOF parts are written in the roman style"): <c>2C(ii)</c>, <c>1C(i)</c>, <c>1I(i)</c>.
/// </summary>
/// <remarks>
/// Documents write parts in several ways; all of these are the same code:
/// <c>2C(ii)</c>, <c>2C (ii)</c>, <c>2Cii</c>, <c>2C2</c>, <c>2C(2)</c>, <c>2c2</c>, <c>2C, part 2</c>.
/// The 2014/15 to 2022/23 handbooks split 1C into parts 1A, 1B, 2A and 2B: part 1 is self-directed
/// support, part 2 direct payments; A counts people who use services, B carers. The users' parts carry
/// on the 2012/13 parts, so <c>1C(1A)</c> is <c>1C(i)</c> and <c>1C(2A)</c> is <c>1C(ii)</c> (GUIDE.md
/// scores <c>1C(2A)</c> as <c>1C(ii)</c>). The carers' parts have no roman equivalent and keep their
/// spelling, <c>1C(1B)</c> and <c>1C(2B)</c>: a carers' figure is not the users' measure.
/// </remarks>
public readonly partial record struct AscofCode
{
    /// <summary>
    /// The code grammar shared with <see cref="AscofMention"/>: a measure (<c>2C</c>, any case) and an
    /// optional part in brackets, run on (<c>2Cii</c>, <c>2d2</c>) or after "part" (<c>2A, part 2</c>).
    /// </summary>
    internal const string Grammar =
        @"(?<measure>[1-4][A-Ja-j])" +
        @"(?:\s?\(\s?(?:[Pp]art\s?)?(?<part>iv|i{1,3}|IV|I{1,3}|[1-4][ABab]?)\s?\)" +
        @"|(?<part>iv|i{1,3}|IV|I{1,3}|[1-4][ABab]?)(?![A-Za-z0-9])" +
        @"|,?\s[Pp]art\s(?<part>[1-4])(?![0-9]))?" +
        @"(?![A-Za-z0-9])";

    private readonly string? _measure;

    /// <summary>Creates a code from a measure (<c>2C</c>) and a part in any spelling (<c>ii</c>, <c>2</c>, <c>2A</c>) or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="ArgumentException">The measure or part is not an ASCOF code.</exception>
    public AscofCode(string measure, string? part = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var text = part is null ? measure : string.Concat(measure, "(", part, ")");
        if (!TryParse(text, out var parsed))
        {
            throw new ArgumentException($"'{text}' is not an ASCOF code", nameof(measure));
        }

        _measure = parsed.Measure;
        Part = parsed.Part;
    }

    private AscofCode(string measure, string? part, bool normalised)
    {
        _ = normalised;
        _measure = measure;
        Part = part;
    }

    /// <summary>The measure: a domain digit 1-4 and an upper-case letter, e.g. <c>2C</c>.</summary>
    public string Measure => _measure ?? string.Empty;

    /// <summary>The part in the roman style (<c>i</c>, <c>ii</c>, <c>iii</c>, <c>iv</c>), <c>1B</c> or <c>2B</c> for carers' parts, or null.</summary>
    public string? Part { get; }

    /// <summary>The same measure without its part.</summary>
    public AscofCode WithoutPart => new(Measure, null, normalised: true);

    /// <summary>The code in the roman style: <c>2C</c>, <c>2C(ii)</c>, <c>1C(1B)</c>.</summary>
    public override string ToString() => Part is null ? Measure : string.Concat(Measure, "(", Part, ")");

    /// <summary>
    /// Parses a code written any way documents write one (see the remarks on <see cref="AscofCode"/>),
    /// with surrounding white space. Returns false for anything else: empty text, other domains
    /// (<c>5A</c>), letters past a domain's last measure (<c>4C</c>), parts past iv, or words after the code.
    /// </summary>
    public static bool TryParse(string? text, out AscofCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return false;
        }

        var match = WholeCode().Match(text.Trim());
        if (!match.Success || !TryNormalise(match, out code))
        {
            code = default;
            return false;
        }

        return true;
    }

    /// <summary>Builds a code from a match of <see cref="Grammar"/>; false when the measure is outside the framework.</summary>
    internal static bool TryNormalise(Match match, out AscofCode code)
    {
        code = default;
        var measure = match.Groups["measure"].Value.ToUpperInvariant();
        if (measure.Length != 2 || measure[1] > LastLetter(measure[0]))
        {
            return false;
        }

        string? part = null;
        var partGroup = match.Groups["part"];
        if (partGroup.Success)
        {
            part = NormalisePart(partGroup.Value);
            if (part is null)
            {
                return false;
            }
        }

        code = new AscofCode(measure, part, normalised: true);
        return true;
    }

    /// <summary>
    /// Normalises a part as written (<c>ii</c>, <c>II</c>, <c>2</c>, <c>2A</c>, <c>2b</c>) to the roman
    /// style, or <c>nB</c> for a carers' part; null when it is not a part.
    /// </summary>
    internal static string? NormalisePart(string raw)
    {
        var text = raw.Trim();
        switch (text.ToLowerInvariant())
        {
            case "i" or "1" or "1a":
                return "i";
            case "ii" or "2" or "2a":
                return "ii";
            case "iii" or "3" or "3a":
                return "iii";
            case "iv" or "4" or "4a":
                return "iv";
            case "1b" or "2b" or "3b" or "4b":
                return string.Concat(text[..1], "B");
            default:
                return null;
        }
    }

    // The last measure letter of each domain in any edition so far (1J adjusted quality of life, 2E
    // long-term support at home in 2023/24); letters up to F are allowed in domains 2 and 3 for
    // measures a later edition may add.
    private static char LastLetter(char domain) => domain switch
    {
        '1' => 'J',
        '2' or '3' => 'F',
        '4' => 'B',
        _ => '@',
    };

    [GeneratedRegex("^" + Grammar + "$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeCode();
}
