using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
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
    private readonly Lazy<CouncilNameForms> _forms;

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
        _forms = new Lazy<CouncilNameForms>(() => new CouncilNameForms(Entries));
    }

    /// <summary>Abbreviations and web-domain labels derived from the registry's names.</summary>
    internal CouncilNameForms Forms => _forms.Value;

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

    /// <summary>
    /// Resolves a name a user typed (<c>--council</c>, a search filter, a manifest): a registry spelling,
    /// with or without <c>City of</c>, <c>Council</c>, <c>&amp;</c>/<c>and</c>, <c>St.</c>/<c>Saint</c>,
    /// a GSS code, or an abbreviation derived from one council's formal name (<c>KCC</c>). For an unknown name, the result carries up to three closest registry names
    /// (by edit distance over the folded spellings) and a one-line warning that names them.
    /// </summary>
    public CouncilLookup Lookup(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var trimmed = typed.Trim();
        if (TryResolve(trimmed, out var entry) || _byCode.TryGetValue(trimmed.ToUpperInvariant(), out entry)
            || Forms.TryResolveAbbreviation(trimmed.ToUpperInvariant(), out entry))
        {
            return new CouncilLookup(trimmed, entry!, []);
        }

        return new CouncilLookup(trimmed, null, Suggest(trimmed, 3));
    }

    /// <summary>
    /// Resolves the council names a user typed as filters (<c>search --council</c>, <c>report --council</c>)
    /// to canonical names; an unknown name is kept as typed, with one warning in
    /// <paramref name="diagnostics"/> naming the closest registry names.
    /// </summary>
    public IReadOnlyList<string> ResolveFilters(IEnumerable<string> typed, string option, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var names = new List<string>();
        foreach (var name in typed.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var lookup = Lookup(name);
            if (lookup.Warning is { } warning)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownCouncil, warning, Provenance.ForFile(option)));
            }

            names.Add(lookup.Name);
        }

        return names;
    }

    /// <summary>
    /// The canonical names closest to <paramref name="typed"/>, nearest first: spellings whose folded
    /// form is within a third of its length in edit distance, or that start with it. Empty when none is close.
    /// </summary>
    public ImmutableArray<string> Suggest(string typed, int max)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var key = StripAffixes(Key(typed));
        if (key.Length == 0 || max < 1)
        {
            return [];
        }

        // A shortening ("Lancs") is far from its name in edit distance: four shared opening letters count as one edit.
        var limit = Math.Max(2, key.Length / 3);
        return [.. _byKey
            .Select(p => (p.Value.Name, Distance: p.Key.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(p.Key, StringComparison.Ordinal) || SharedStart(key, p.Key) >= 4
                ? 1
                : EditDistance(key, p.Key, limit + 1)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(max)];
    }

    private static int SharedStart(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    /// <summary>Levenshtein distance, giving up (returning <paramref name="cap"/>) once every path costs at least that.</summary>
    internal static int EditDistance(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) >= cap)
        {
            return cap;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= cap)
            {
                return cap;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], cap);
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

        // "Saint Helens" is "St Helens".
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Equals("saint", StringComparison.Ordinal) ? "st" : w));
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

    internal static string StripAffixes(string key)
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
