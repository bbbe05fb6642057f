using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// The registry of English councils with adult social services responsibilities (current ones and
/// those abolished since 2010), with ONS GSS codes, regions and the spellings documents use.
/// Names are matched after folding case, <c>&amp;</c> to <c>and</c>, <c>St.</c> to <c>St</c>,
/// punctuation, and suffixes such as <c>County Council</c> or <c>Metropolitan Borough Council</c>.
/// </summary>
public sealed class CouncilDirectory
{
    private static readonly Lazy<CouncilDirectory> s_default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, CouncilEntry> _byKey;
    private readonly FrozenDictionary<string, CouncilEntry> _byCode;
    private readonly Regex _mention;

    /// <summary>Creates a directory from registry rows. The first row for a name wins (current rows come first).</summary>
    public CouncilDirectory(IEnumerable<CouncilEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        var byKey = new Dictionary<string, CouncilEntry>(StringComparer.Ordinal);
        var spellings = new List<string>();
        foreach (var entry in Entries)
        {
            foreach (var spelling in entry.Aliases.Prepend(entry.Name))
            {
                byKey.TryAdd(Key(spelling), entry);
                spellings.Add(spelling);
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _byCode = Entries.ToFrozenDictionary(e => e.GssCode, StringComparer.Ordinal);

        // Longest spellings first so "Cheshire West and Chester" wins over "Chester". Names must be
        // capitalised as written (a verb "bury" is not Bury); only the first letter's case is relaxed.
        var alternation = string.Join('|', spellings.Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .Select(s => Regex.Escape(s).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        _mention = new Regex(@"(?<![\w&])(?:" + alternation + @")(?![\w&])", RegexOptions.CultureInvariant);
    }

    /// <summary>The registry shipped with ProfileMiner.</summary>
    public static CouncilDirectory Default => s_default.Value;

    /// <summary>All rows, current and historical.</summary>
    public ImmutableArray<CouncilEntry> Entries { get; }

    /// <summary>
    /// Resolves a council name as a document writes it (<c>ST. HELENS</c>, <c>Blackburn &amp; Darwen</c>,
    /// <c>Lancashire County Council</c>, <c>LCC</c>). Returns false for unknown names.
    /// </summary>
    public bool TryResolve(string name, [NotNullWhen(true)] out CouncilEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        if (_byKey.TryGetValue(key, out entry))
        {
            return true;
        }

        var stripped = StripAffixes(key);
        if (!stripped.Equals(key, StringComparison.Ordinal) && _byKey.TryGetValue(stripped, out entry))
        {
            return true;
        }

        entry = null;
        return false;
    }

    /// <summary>Looks a council up by its GSS code.</summary>
    public bool TryGetByCode(string gssCode, [NotNullWhen(true)] out CouncilEntry? entry) =>
        _byCode.TryGetValue(gssCode, out entry);

    /// <summary>
    /// Resolves a name to a <see cref="Council"/>: the registry's canonical form when known, otherwise
    /// the name as written (title-cased when it was all capitals) with <see cref="Council.Known"/> false.
    /// </summary>
    public Council ToCouncil(string asWritten)
    {
        ArgumentNullException.ThrowIfNull(asWritten);
        var trimmed = asWritten.Trim();
        return TryResolve(trimmed, out var entry)
            ? new Council(entry.Name, entry.GssCode, entry.Region, true, trimmed)
            : new Council(TitleCaseIfShouting(trimmed), null, null, false, trimmed);
    }

    /// <summary>Finds every mention of a known council in <paramref name="text"/>, with its offset.</summary>
    public IEnumerable<(CouncilEntry Entry, int Start, int Length)> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in _mention.Matches(text))
        {
            if (_byKey.TryGetValue(Key(match.Value), out var entry))
            {
                yield return (entry, match.Index, match.Length);
            }
        }
    }

    /// <summary>The matching key of a spelling: lower case, <c>&amp;</c> as <c>and</c>, <c>St.</c> as <c>st</c>, punctuation as spaces.</summary>
    internal static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in Normalize(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                builder.Append(" and ");
            }
            else if (c is '\'' or '’' or '.')
            {
                // "St. Helens" and "King's Lynn" fold without a gap.
            }
            else
            {
                builder.Append(' ');
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // Text from a damaged source may hold a lone surrogate, which Normalize rejects; such text is matched as it is.
    private static string Normalize(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }

    private static string StripAffixes(string key)
    {
        var result = key;
        foreach (var prefix in s_prefixes)
        {
            if (result.StartsWith(prefix, StringComparison.Ordinal) && result.Length > prefix.Length)
            {
                result = result[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in s_suffixes)
        {
            if (result.EndsWith(suffix, StringComparison.Ordinal) && result.Length > suffix.Length)
            {
                result = result[..^suffix.Length];
                break;
            }
        }

        return result.Trim();
    }

    // Longest first: "metropolitan borough council" must be tried before "council".
    private static readonly string[] s_suffixes =
    [
        " metropolitan borough council", " metropolitan district council", " metropolitan council",
        " county borough council", " borough council", " county council", " city council",
        " district council", " council", " mbc", " cc",
    ];

    private static readonly string[] s_prefixes =
    [
        "the metropolitan borough of ", "metropolitan borough of ", "the county borough of ", "county borough of ",
        "the royal borough of ", "royal borough of ", "the london borough of ", "london borough of ", "the county of ", "county of ",
        "the borough of ", "borough of ", "the city of ", "city of ", "the ",
    ];

    private static string TitleCaseIfShouting(string name)
    {
        if (name.Any(char.IsLower))
        {
            return name;
        }

        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 1 ? w : string.Concat(w[..1], w[1..].ToLowerInvariant())));
    }

    private static CouncilDirectory LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ProfileMiner.Resources.councils.tsv")
            ?? throw new InvalidOperationException("The council registry is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new CouncilDirectory(Parse(reader));
    }

    /// <summary>Parses registry rows: <c>name, gss_code, region, type, status, aliases</c>, tab-separated, with a header line.</summary>
    /// <exception cref="FormatException">A row has too few columns.</exception>
    public static IEnumerable<CouncilEntry> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _ = reader.ReadLine();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 5)
            {
                throw new FormatException($"councils.tsv({lineNumber}): expected at least 5 tab-separated columns, found {cells.Length}");
            }

            var aliases = cells.Length > 5
                ? cells[5].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
                : [];
            yield return new CouncilEntry(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), cells[4].Trim(), aliases);
        }
    }
}
