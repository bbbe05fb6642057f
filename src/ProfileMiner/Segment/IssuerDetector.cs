using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Decides who wrote a document from the evidence a reader would use, each piece weighted
/// (<see cref="IssuerOptions"/>): what the user said (a manifest, <c>--council</c>), a stated
/// "Name of Local Authority", a council heading, a letterhead, council names and
/// <c>KCC</c>-style abbreviations in the text, <c>gov.uk</c> web and e-mail domains, "Cabinet Member
/// for ..." and committee lines, the PDF's Title, Author and Subject, and the file and folder names.
/// Marks of another kind of body (a broadcaster, a registered charity, a government department, an
/// NHS body, an association) in the opening lines, the metadata or the file name make it that body's
/// document when they outweigh the evidence that a council wrote it; the councils such a document
/// names are kept as <see cref="Issuer.Mentions"/> and never credited.
/// </summary>
public sealed partial class IssuerDetector
{
    /// <summary>The detector over the shipped registry with <see cref="IssuerOptions.Default"/>.</summary>
    public static IssuerDetector Default { get; } = new(CouncilDirectory.Default, IssuerOptions.Default);

    private readonly CouncilDirectory _councils;
    private readonly IssuerOptions _options;
    private readonly Lazy<ImmutableArray<(string[] Words, CouncilEntry Entry)>> _spellings;

    /// <summary>Creates a detector over a registry.</summary>
    public IssuerDetector(CouncilDirectory councils, IssuerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(councils);
        _councils = councils;
        _options = options ?? IssuerOptions.Default;
        _spellings = new(BuildSpellings);
    }

    /// <summary>
    /// Weighs the evidence about <paramref name="document"/>. <paramref name="headedCouncils"/> are the
    /// councils of its <c>LOCAL AUTHORITY</c> headings: one is evidence for that council; with two or
    /// more the document is about several councils, and the councils its text names are not evidence of
    /// its author. <paramref name="hints"/> (what the user said) outweigh everything found.
    /// </summary>
    public Issuer Detect(SourceDocument document, IReadOnlyList<Council> headedCouncils, DocumentHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(headedCouncils);
        var evidence = new List<IssuerEvidence>();
        AddHints(hints, evidence);
        if (headedCouncils.Count == 1 && headedCouncils[0].Known)
        {
            evidence.Add(new("heading", headedCouncils[0].AsWritten, _options.StatedWeight, IssuerKind.Council, headedCouncils[0].Name));
        }

        // A document about several councils (a regional profile) names them, their abbreviations and
        // their officers in its body: only its opening can say who wrote it.
        var opening = Opening(document);
        var body = headedCouncils.Count < 2 ? document.Blocks : opening;
        AddStated(document, evidence);
        AddLetterhead(opening, evidence);
        if (headedCouncils.Count < 2)
        {
            AddTextMentions(document, evidence);
        }

        AddAbbreviations(body, evidence);
        AddDomains(body, opening, evidence);
        AddRoles(body, evidence);
        AddMetadata(document.Metadata, evidence);
        AddPath(document, evidence);
        AddCues(opening, evidence);

        var issuer = Decide(evidence, hints);
        return issuer with { Evidence = [.. evidence.OrderByDescending(e => e.Weight).ThenBy(e => e.Source, StringComparer.Ordinal)], Mentions = Mentions(document, issuer.Council) };
    }

    private Issuer Decide(List<IssuerEvidence> evidence, DocumentHints? hints)
    {
        if (hints?.Council is { } given)
        {
            return new Issuer(IssuerKind.Council, given, []);
        }

        if (hints?.IssuerKind is { } givenKind)
        {
            return new Issuer(givenKind, null, []);
        }

        var councils = evidence.Where(e => e.Kind == IssuerKind.Council && e.Council is not null)
            .GroupBy(e => e.Council!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Total: g.Sum(e => e.Weight), Authorship: g.Where(e => e.IsAuthorship).Sum(e => e.Weight)))
            .OrderByDescending(c => c.Total).ThenByDescending(c => c.Authorship).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var roles = Math.Min(_options.RoleCap, evidence.Where(e => e.Kind == IssuerKind.Council && e.Council is null).Sum(e => e.Weight));
        var other = evidence.Where(e => e.Kind is not (IssuerKind.Council or IssuerKind.Unknown))
            .GroupBy(e => e.Kind)
            .Select(g => (Kind: g.Key, Total: g.Sum(e => e.Weight)))
            .OrderByDescending(k => k.Total).ThenBy(k => k.Kind)
            .FirstOrDefault();
        var best = councils.FirstOrDefault();

        // Another body's marks win over a council it only names, never over a council's own letterhead or domain.
        if (other.Total >= _options.OtherBodyThreshold && other.Total > best.Authorship + roles)
        {
            return new Issuer(other.Kind, null, []);
        }

        // One bare mention is not enough even in a council's paper: minutes name the neighbour they compare with.
        if (best.Name is not null && best.Total >= _options.CouncilThreshold)
        {
            var entry = _councils.Entries.First(e => e.Name.Equals(best.Name, StringComparison.Ordinal));
            return new Issuer(IssuerKind.Council, new Council(entry.Name, entry.GssCode, entry.Region, true, entry.Name), []);
        }

        if (roles >= _options.RoleThreshold)
        {
            return new Issuer(IssuerKind.Council, null, []);
        }

        return other.Total >= _options.WeakOtherBodyThreshold ? new Issuer(other.Kind, null, []) : Issuer.Unknown;
    }

    private static void AddHints(DocumentHints? hints, List<IssuerEvidence> evidence)
    {
        if (hints?.Council is { } council)
        {
            evidence.Add(new(hints.Source, $"{hints.Where}: {council.AsWritten}", 100, IssuerKind.Council, council.Name));
        }
        else if (hints?.IssuerKind is { } kind)
        {
            evidence.Add(new(hints.Source, $"{hints.Where}: {Issuer.KindName(kind)}", 100, kind));
        }
    }

    /// <summary>The opening of a document, where a letterhead, a masthead or a charity's number stands.</summary>
    private ImmutableArray<TextBlock> Opening(SourceDocument document) =>
        [.. document.Blocks.TakeWhile(b => b.Source.Page is null or 1).Take(_options.OpeningBlocks)];

    private void AddStated(SourceDocument document, List<IssuerEvidence> evidence)
    {
        foreach (var block in document.Blocks.Take(40))
        {
            var match = StatedCouncil().Match(block.Text);
            if (match.Success && _councils.TryResolve(match.Groups["name"].Value, out var entry))
            {
                evidence.Add(new("stated", block.Text, _options.StatedWeight, IssuerKind.Council, entry.Name));
                return;
            }
        }
    }

    private void AddLetterhead(ImmutableArray<TextBlock> opening, List<IssuerEvidence> evidence)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in opening.Where(b => b.Text.Length <= _options.LetterheadLength))
        {
            foreach (var (entry, start, length) in _councils.FindMentions(block.Text))
            {
                var formal = CouncilSuffix().IsMatch(block.Text, start + length) || FormalPrefix().IsMatch(block.Text.AsSpan(0, start));
                if (formal && seen.Add(entry.Name))
                {
                    evidence.Add(new("letterhead", block.Text, _options.LetterheadWeight, IssuerKind.Council, entry.Name));
                }
            }
        }
    }

    private void AddTextMentions(SourceDocument document, List<IssuerEvidence> evidence)
    {
        var found = new Dictionary<string, (double Weight, Dictionary<string, int> Spellings)>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            foreach (var (entry, start, length) in _councils.FindMentions(block.Text))
            {
                // "Lancashire County Council" is a stronger cue than "in Lancashire".
                var suffix = CouncilSuffix().Match(block.Text, start + length);
                var formal = suffix.Success && suffix.Index == start + length;
                var spelling = block.Text.Substring(start, formal ? length + suffix.Length : length);
                var (weight, spellings) = found.GetValueOrDefault(entry.Name, (0, new Dictionary<string, int>(StringComparer.Ordinal)));
                spellings[spelling] = spellings.GetValueOrDefault(spelling) + 1;
                found[entry.Name] = (weight + (formal ? _options.FormalMentionWeight : _options.MentionWeight), spellings);
            }
        }

        foreach (var (name, (weight, spellings)) in found)
        {
            evidence.Add(new("text", Counted(spellings), weight, IssuerKind.Council, name));
        }
    }

    private void AddAbbreviations(ImmutableArray<TextBlock> blocks, List<IssuerEvidence> evidence)
    {
        var found = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (Match match in Abbreviation().Matches(block.Text))
            {
                if (_councils.Forms.TryResolveAbbreviation(match.Value, out var entry))
                {
                    var spellings = found.TryGetValue(entry!.Name, out var s) ? s : found[entry.Name] = new(StringComparer.Ordinal);
                    spellings[match.Value] = spellings.GetValueOrDefault(match.Value) + 1;
                }
            }
        }

        foreach (var (name, spellings) in found)
        {
            var weight = Math.Min(_options.AbbreviationCap, _options.AbbreviationWeight * spellings.Values.Sum());
            evidence.Add(new("abbreviation", Counted(spellings), weight, IssuerKind.Council, name));
        }
    }

    private void AddDomains(ImmutableArray<TextBlock> blocks, ImmutableArray<TextBlock> opening, List<IssuerEvidence> evidence)
    {
        var found = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (Match match in GovUkHost().Matches(block.Text))
            {
                if (_councils.Forms.TryResolveDomainLabel(match.Groups["label"].Value, out var entry))
                {
                    var hosts = found.TryGetValue(entry!.Name, out var h) ? h : found[entry.Name] = new(StringComparer.Ordinal);
                    var host = match.Value.ToLowerInvariant();
                    hosts[host] = hosts.GetValueOrDefault(host) + 1;
                }
            }
        }

        foreach (var (name, hosts) in found)
        {
            var weight = Math.Min(_options.DomainCap, _options.DomainWeight + hosts.Values.Sum() - 1);
            evidence.Add(new("domain", Counted(hosts), weight, IssuerKind.Council, name));
        }

        // Another body's domain counts where its author writes it: in the opening lines.
        foreach (var block in opening)
        {
            // The start of the block is where a domain is written; a block of hundreds of kilobytes
            // (no line breaks) is read no further, so the search stays quick (issue 21).
            var head = block.Text.Length > OpeningDomainChars ? block.Text[..OpeningDomainChars] : block.Text;
            foreach (var (pattern, kind) in s_otherDomains)
            {
                if (pattern.Match(head) is { Success: true } match)
                {
                    evidence.Add(new("domain", match.Value, _options.CueWeight, kind));
                }
            }
        }
    }

    private void AddRoles(ImmutableArray<TextBlock> blocks, List<IssuerEvidence> evidence)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks.Take(_options.RoleBlocks))
        {
            foreach (Match match in CouncilRole().Matches(block.Text))
            {
                var role = Regex.Replace(match.Value, @"\s+", " ");
                if (seen.Add(role))
                {
                    evidence.Add(new("role", role, _options.RoleWeight, IssuerKind.Council));
                }
            }
        }
    }

    private void AddMetadata(DocumentMetadata? metadata, List<IssuerEvidence> evidence)
    {
        if (metadata is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in new[] { metadata.Title, metadata.Subject, metadata.Author, metadata.Keywords }.OfType<string>())
        {
            foreach (var (entry, _, _) in _councils.FindMentions(value))
            {
                if (seen.Add(entry.Name))
                {
                    evidence.Add(new("metadata", value, _options.MetadataWeight, IssuerKind.Council, entry.Name));
                }
            }

            foreach (Match match in Abbreviation().Matches(value))
            {
                if (_councils.Forms.TryResolveAbbreviation(match.Value, out var entry) && seen.Add(entry!.Name))
                {
                    evidence.Add(new("metadata", value, _options.MetadataWeight, IssuerKind.Council, entry.Name));
                }
            }

            foreach (var (pattern, kind) in s_otherBodies)
            {
                if (pattern.IsMatch(value))
                {
                    evidence.Add(new("metadata", value, _options.CueWeight, kind));
                    break;
                }
            }
        }
    }

    private void AddPath(SourceDocument document, List<IssuerEvidence> evidence)
    {
        AddName(Path.GetFileNameWithoutExtension(document.File), document.File, "file_name", _options.FileNameWeight, evidence);
        var folder = Path.GetDirectoryName(document.Path.Replace('\\', '/'));
        for (var level = 0; level < _options.FolderLevels && !string.IsNullOrEmpty(folder); level++)
        {
            var name = Path.GetFileName(folder);
            if (name is "." or ".." || name.Length == 0)
            {
                break;
            }

            AddName(name, name + "/", "folder", _options.FolderWeight, evidence);
            folder = Path.GetDirectoryName(folder);
        }
    }

    private void AddName(string name, string shown, string source, double weight, List<IssuerEvidence> evidence)
    {
        foreach (var entry in FileNameCouncils(name))
        {
            evidence.Add(new(source, shown, weight, IssuerKind.Council, entry.Name));
        }

        var words = FileNameWords(name);
        foreach (var (word, kind) in s_fileNameBodies)
        {
            if (words.Contains(word))
            {
                evidence.Add(new(source, shown, _options.CueWeight, kind));
            }
        }
    }

    /// <summary>
    /// Councils a file or folder name spells (<c>camden-local-account-2019</c>, <c>bath-ne-somerset-minutes</c>,
    /// <c>24-00115 - KCC measures</c>): the longest registry spelling whose words stand together in the
    /// name, each word used once; an abbreviation counts only in capitals.
    /// </summary>
    internal IReadOnlyList<CouncilEntry> FileNameCouncils(string name)
    {
        var words = FileNameWords(name);
        var used = new bool[words.Count];
        var found = new List<CouncilEntry>();
        foreach (var (spelling, entry) in Spellings())
        {
            for (var i = 0; i + spelling.Length <= words.Count; i++)
            {
                var fits = true;
                for (var j = 0; j < spelling.Length && fits; j++)
                {
                    fits = !used[i + j] && words[i + j].Equals(spelling[j], StringComparison.Ordinal);
                }

                // "reading-list.pdf", "bath-time.txt": a council whose name is an everyday word counts
                // alone (a folder "bury/") or beside a word of the council or of its papers.
                fits = fits && (spelling.Length > 1 || words.Count == 1 || !s_everydayWords.Contains(spelling[0]) || words.Any(s_councilContext.Contains));
                if (fits)
                {
                    for (var j = 0; j < spelling.Length; j++)
                    {
                        used[i + j] = true;
                    }

                    if (!found.Contains(entry))
                    {
                        found.Add(entry);
                    }
                }
            }
        }

        foreach (Match match in Abbreviation().Matches(name))
        {
            if (_councils.Forms.TryResolveAbbreviation(match.Value, out var entry) && !found.Contains(entry!))
            {
                found.Add(entry!);
            }
        }

        return found;
    }

    private ImmutableArray<(string[] Words, CouncilEntry Entry)> Spellings() => _spellings.Value;

    // Longest first, so "bath ne somerset" is Bath and North East Somerset before "somerset" is Somerset.
    private ImmutableArray<(string[] Words, CouncilEntry Entry)> BuildSpellings() => [.. _councils.Entries
                .DistinctBy(e => e.Name)
                .SelectMany(e => e.Aliases.Prepend(e.Name).Where(a => a.Any(char.IsLower)).Select(a => (Words: FileNameWords(a).ToArray(), Entry: e)))
                .Where(s => s.Words.Length > 0)
                .DistinctBy(s => string.Join(' ', s.Words))
                .OrderByDescending(s => s.Words.Length).ThenByDescending(s => s.Words.Sum(w => w.Length))];

    private static List<string> FileNameWords(string name) =>
        [.. FileNameWord().Matches(name).Select(m => m.Value.ToLowerInvariant())
            .Where(w => w is not ("and" or "of" or "the" or "upon" or "on"))
            .Select(w => w == "saint" ? "st" : w)];

    private void AddCues(ImmutableArray<TextBlock> opening, List<IssuerEvidence> evidence)
    {
        var seen = new HashSet<IssuerKind>();
        foreach (var block in opening.Where(b => b.Text.Length <= _options.LetterheadLength))
        {
            foreach (var (pattern, kind) in s_otherBodies)
            {
                if (pattern.Match(block.Text) is { Success: true } match && seen.Add(kind))
                {
                    evidence.Add(new("cue", block.Text, kind == IssuerKind.Charity ? _options.CharityCueWeight : _options.CueWeight, kind));
                }
            }
        }
    }

    private ImmutableArray<Council> Mentions(SourceDocument document, Council? issuer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (issuer is not null)
        {
            seen.Add(issuer.Name);
        }

        var mentions = ImmutableArray.CreateBuilder<Council>();
        foreach (var block in document.Blocks)
        {
            foreach (var (entry, _, _) in _councils.FindMentions(block.Text))
            {
                if (seen.Add(entry.Name))
                {
                    mentions.Add(new Council(entry.Name, entry.GssCode, entry.Region, true, entry.Name));
                }
            }
        }

        return mentions.ToImmutable();
    }

    private static string Counted(Dictionary<string, int> spellings) =>
        string.Join(", ", spellings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Value == 1 ? p.Key : string.Create(CultureInfo.InvariantCulture, $"{p.Key} ×{p.Value}")));

    // Marks of bodies that are not councils, as their own documents carry them in a masthead, a
    // charity's registration line or a department's header. Order within a kind does not matter.
    private static readonly (Regex Pattern, IssuerKind Kind)[] s_otherBodies =
    [
        (new(@"\bBBC\b|Shared Data Unit|Local Democracy Reporting|Press Association|\bReuters\b|\bThe Guardian\b|\bFinancial Times\b|\bSky News\b|\bITV News\b|\bChannel 4 News\b|\bDaily (?:Mail|Telegraph|Mirror|Express)\b|\bEvening Standard\b", RegexOptions.CultureInvariant), IssuerKind.Media),
        (new(@"\bregistered\s+charity\b|\bcharity\s+(?:no\b|number|reg)|\btrustees['’]?\s+(?:annual\s+)?report\b|\breport\s+of\s+the\s+trustees\b|\bCharity\s+Commission\b|\bcompany\s+limited\s+by\s+guarantee\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), IssuerKind.Charity),
        (new(@"^(?:The\s+)?(?:Department\s+(?:of|for)\s+[A-Z][\w ,&]+|Ministry\s+of\s+[A-Z][\w ,&]+|HM\s+(?:Treasury|Government)|Cabinet\s+Office|National\s+Audit\s+Office|Office\s+for\s+National\s+Statistics|Care\s+Quality\s+Commission)\s*$", RegexOptions.CultureInvariant), IssuerKind.Government),
        (new(@"^(?:NHS\s+[A-Z][\w ,&]*|[A-Z][\w ,&]*\s+(?:NHS\s+(?:Foundation\s+)?Trust|Integrated\s+Care\s+Board|Clinical\s+Commissioning\s+Group))\s*$", RegexOptions.CultureInvariant), IssuerKind.Health),
        (new(@"^(?:[\w ]*\bADASS\b[\w ]*|Local\s+Government\s+Association|Partners\s+in\s+Care\s+and\s+Health|Healthwatch\s+[A-Z][\w ]*|Skills\s+for\s+Care|The\s+King['’]s\s+Fund|Nuffield\s+Trust|Think\s+Local\s+Act\s+Personal|Social\s+Care\s+Institute\s+for\s+Excellence)\s*$", RegexOptions.CultureInvariant), IssuerKind.Other),
    ];

    private const int OpeningDomainChars = 2_000;

    private static readonly (Regex Pattern, IssuerKind Kind)[] s_otherDomains =
    [
        (new(@"\b[\w.-]{0,253}\b(?:bbc\.co\.uk|bbc\.com|theguardian\.com|itv\.com|news\.sky\.com)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), IssuerKind.Media),
        (new(@"(?<![\w.-])(?:www\.)?gov\.uk\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), IssuerKind.Government),
        (new(@"\b[\w.-]{0,253}\bnhs\.(?:uk|net)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), IssuerKind.Health),
    ];

    // Council names that are also everyday English words.
    private static readonly FrozenSet<string> s_everydayWords = FrozenSet.ToFrozenSet(["reading", "bury", "bath", "slough", "harrow", "derby", "hull", "stoke", "sutton", "poole", "wirral"], StringComparer.Ordinal);

    // Words of a council or of its papers, which make an everyday word in a file name a council's name.
    private static readonly FrozenSet<string> s_councilContext = FrozenSet.ToFrozenSet(
    [
        "council", "borough", "county", "city", "cc", "bc", "mbc", "lbc", "adult", "adults", "asc", "social", "care",
        "local", "account", "cabinet", "scrutiny", "committee", "minutes", "agenda", "performance", "budget",
        "self", "assessment", "market", "position", "mps", "jsna", "bcf", "qpr", "safeguarding", "carers",
    ], StringComparer.Ordinal);

    private static readonly (string Word, IssuerKind Kind)[] s_fileNameBodies =
    [
        ("bbc", IssuerKind.Media), ("charity", IssuerKind.Charity), ("trustees", IssuerKind.Charity), ("dhsc", IssuerKind.Government), ("nhs", IssuerKind.Health),
    ];

    [GeneratedRegex(@"^(?:Name\s+of\s+(?:Local\s+Authority|Council)|Local\s+Authority|Council)\s*:?\s*\|?\s*(?<name>[A-Z][\w&'’. -]{2,60}?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StatedCouncil();

    [GeneratedRegex(@"\G\s+(?:County\s+|City\s+|Borough\s+|District\s+|Metropolitan\s+Borough\s+)?Council\b", RegexOptions.CultureInvariant)]
    internal static partial Regex CouncilSuffix();

    [GeneratedRegex(@"\b(?:London\s+Borough|Royal\s+Borough|City|Borough|County)\s+of\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex FormalPrefix();

    [GeneratedRegex(@"(?<![\w&])[A-Z][A-Z&]{2,5}(?![\w&])", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    // The label before "gov.uk": "kent" of john.betts@kent.gov.uk and of democracy.kent.gov.uk.
    // A host name's labels are at most 63 characters, and a name at most 253: bounded so that text like
    // "a.a.a.…" (400 KB of it) is read in linear time, not quadratic (issue 21).
    [GeneratedRegex(@"(?<![\w-])(?:[a-z0-9-]{1,63}\.){0,8}(?<label>[a-z0-9-]{1,63})\.gov\.uk\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GovUkHost();

    [GeneratedRegex(@"\bCabinet\s+Member\s+for\b|\bPortfolio\s+Holder\b|\bLeader\s+of\s+the\s+Council\b|\bCouncillors?\b|\bCllr\b|\bOverview\s+and\s+Scrutiny\b|\bScrutiny\s+(?:Committee|Panel|Board)\b|\bHealth\s+and\s+Wellbeing\s+Board\b|\bCorporate\s+Director\b|\bDirector\s+of\s+Adult\b|\bKey\s+Decision\b|\bElectoral\s+Divisions?\b|\bWards?\s+affected\b|\bLocal\s+Account\b|\bCouncil\s+Plan\b", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilRole();

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameWord();
}
