using System.Collections.Frozen;
using System.Text;

namespace ProfileMiner.Segment;

/// <summary>
/// Forms of council names that documents use but the registry does not list, derived from the
/// registry's names alone: the initials of a council's formal name (<c>Kent County Council</c> →
/// <c>KCC</c>, <c>London Borough of Hammersmith and Fulham</c> → <c>LBHF</c>) and the label of its
/// web and e-mail domain (<c>kent.gov.uk</c>, <c>royalgreenwich.gov.uk</c>, <c>westberks.gov.uk</c>).
/// A form that two councils could share is dropped: an abbreviation is evidence only when it names one council.
/// </summary>
internal sealed class CouncilNameForms
{
    private static readonly string[] s_minorWords = ["and", "of", "upon", "on", "with", "the", "in", "under"];

    private readonly FrozenDictionary<string, CouncilEntry> _abbreviations;
    private readonly FrozenDictionary<string, CouncilEntry> _domainLabels;
    private readonly (string Compact, CouncilEntry Entry)[] _compactNames;

    public CouncilNameForms(IEnumerable<CouncilEntry> entries)
    {
        var abbreviations = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var labels = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byName = new Dictionary<string, CouncilEntry>(StringComparer.Ordinal);
        var compacts = new List<(string, CouncilEntry)>();
        foreach (var entry in entries)
        {
            // The first row of a name is the current council (the registry lists current rows first).
            byName.TryAdd(entry.Name, entry);
            foreach (var formal in FormalNames(entry))
            {
                var initials = Initials(formal);
                if (initials.Length >= 3)
                {
                    Add(abbreviations, initials, entry.Name);
                }
            }

            foreach (var spelling in entry.Aliases.Prepend(entry.Name))
            {
                var compact = Compact(spelling);
                if (compact.Length < 3)
                {
                    continue;
                }

                Add(labels, compact, entry.Name);
                compacts.Add((compact, entry));
                var words = Words(spelling);
                if (words.Count > 1)
                {
                    // "bathnes": the first word and the initials of the rest.
                    Add(labels, words[0] + string.Concat(words.Skip(1).Select(w => w[0])), entry.Name);
                }

                // "royalgreenwich", "lbhf": a prefix of the formal name, or an abbreviation, as the label.
                Add(labels, "royal" + compact, entry.Name);
                if (spelling.All(c => char.IsUpper(c) || c == '&') && spelling.Length >= 3)
                {
                    Add(labels, spelling.Replace("&", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), entry.Name);
                }
            }
        }

        foreach (var (abbreviation, names) in abbreviations.Where(p => p.Value.Count == 1))
        {
            Add(labels, abbreviation.ToLowerInvariant(), names.First());
        }

        _abbreviations = abbreviations.Where(p => p.Value.Count == 1).ToFrozenDictionary(p => p.Key, p => byName[p.Value.First()], StringComparer.Ordinal);
        _domainLabels = labels.Where(p => p.Value.Count == 1).ToFrozenDictionary(p => p.Key, p => byName[p.Value.First()], StringComparer.Ordinal);
        _compactNames = [.. compacts.Where(c => labels.TryGetValue(c.Item1, out var n) && n.Count == 1).Select(c => (c.Item1, byName[c.Item2.Name]))];
    }

    /// <summary>Every derived abbreviation that names exactly one council (upper case, e.g. <c>KCC</c>).</summary>
    public IEnumerable<string> Abbreviations => _abbreviations.Keys;

    /// <summary>Resolves an upper-case abbreviation such as <c>KCC</c> or <c>RBKC</c>.</summary>
    public bool TryResolveAbbreviation(string abbreviation, out CouncilEntry? entry) =>
        _abbreviations.TryGetValue(abbreviation, out entry);

    /// <summary>
    /// Resolves the label of a <c>gov.uk</c> host (<c>kent</c> of <c>democracy.kent.gov.uk</c>): a council's
    /// name written together, with <c>royal</c> before it, as an abbreviation, or a clear shortening of
    /// the name (at least five letters and three fifths of it: <c>westberks</c>).
    /// </summary>
    public bool TryResolveDomainLabel(string label, out CouncilEntry? entry)
    {
        var key = label.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (_domainLabels.TryGetValue(key, out entry))
        {
            return true;
        }

        if (key.Length >= 5)
        {
            var matches = _compactNames.Where(c => c.Compact.StartsWith(key, StringComparison.Ordinal) && key.Length * 5 >= c.Compact.Length * 3)
                .Select(c => c.Entry).DistinctBy(e => e.Name).ToList();
            if (matches.Count == 1)
            {
                entry = matches[0];
                return true;
            }
        }

        entry = null;
        return false;
    }

    /// <summary>
    /// The formal names a council's initials are taken from, by its type. "City Council" is left out:
    /// the registry does not say which councils are cities, and a guess would make <c>KCC</c> Kirklees'.
    /// </summary>
    internal static IEnumerable<string> FormalNames(CouncilEntry entry)
    {
        var name = entry.Name;
        switch (entry.Type)
        {
            case "county":
                yield return name + " County Council";
                break;
            case "london":
                // Not "X Council": "Kensington and Chelsea Council" would take Kent's KCC; London writes LBX and RBX.
                yield return "London Borough of " + name;
                break;
            case "metropolitan":
                yield return name + " Metropolitan Borough Council";
                yield return name + " Council";
                break;
            default:
                yield return name + " Council";
                yield return name + " Borough Council";
                break;
        }

        foreach (var alias in entry.Aliases.Where(a => a.StartsWith("Royal Borough of ", StringComparison.Ordinal) || a.StartsWith("City of ", StringComparison.Ordinal)))
        {
            yield return alias;
        }
    }

    /// <summary>The initials of the significant words: <c>London Borough of Barking and Dagenham</c> → <c>LBBD</c>.</summary>
    internal static string Initials(string formalName) =>
        string.Concat(Words(formalName).Select(w => char.ToUpperInvariant(w[0])));

    /// <summary>Letters and digits only, lower case: <c>Brighton &amp; Hove</c> → <c>brightonhove</c>.</summary>
    internal static string Compact(string spelling)
    {
        var builder = new StringBuilder(spelling.Length);
        foreach (var word in Words(spelling, keepMinor: true))
        {
            builder.Append(word);
        }

        return builder.ToString();
    }

    private static List<string> Words(string spelling, bool keepMinor = false) =>
        [.. spelling.Split([' ', '-', ',', '&', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => keepMinor || !s_minorWords.Contains(w))];

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string name)
    {
        if (!map.TryGetValue(key, out var names))
        {
            map[key] = names = new HashSet<string>(StringComparer.Ordinal);
        }

        names.Add(name);
    }
}
