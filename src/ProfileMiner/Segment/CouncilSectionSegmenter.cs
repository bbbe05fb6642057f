using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Splits multi-council documents at their council headings (<c>LOCAL AUTHORITY : NAME</c>); a
/// repeated heading for the same council (a continuation page) stays in that council's section, and
/// headings standing just before a council heading (a running title) go with it. A document with no
/// council headings is one section, credited to the council it names most (a stated
/// "Name of Local Authority" wins).
/// </summary>
public sealed partial class CouncilSectionSegmenter : ISegmenter
{
    /// <summary>The segmenter with the shipped council registry and detectors.</summary>
    public static CouncilSectionSegmenter Default { get; } = new(CouncilDirectory.Default, DocumentKindDetector.Default, PeriodDetector.Default);

    private readonly CouncilDirectory _councils;
    private readonly DocumentKindDetector _kinds;
    private readonly PeriodDetector _periods;

    /// <summary>Creates a segmenter from its parts.</summary>
    public CouncilSectionSegmenter(CouncilDirectory councils, DocumentKindDetector kinds, PeriodDetector periods)
    {
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(periods);
        _councils = councils;
        _kinds = kinds;
        _periods = periods;
    }

    /// <inheritdoc />
    public SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var sections = SplitAtCouncilHeadings(document, diagnostics);
        if (sections.Count == 0)
        {
            var council = IssuingCouncil(document);
            sections.Add(new Section(0, council, 0, document.Blocks.Length));
        }

        return new SegmentedDocument
        {
            Source = document,
            Kind = _kinds.Detect(document),
            Period = _periods.Detect(document),
            Title = TitleDetector.Detect(document),
            MeetingDate = _periods.DetectMeeting(document),
            Sections = [.. sections],
        };
    }

    /// <summary>If <paramref name="text"/> is a council heading, returns the name as written.</summary>
    public static bool TryParseCouncilHeading(string text, out string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = CouncilHeading().Match(text);
        name = match.Success ? match.Groups["name"].Value.Trim() : string.Empty;
        return match.Success && name.Length > 0;
    }

    private List<Section> SplitAtCouncilHeadings(SourceDocument document, DiagnosticBag diagnostics)
    {
        var starts = new List<(int Block, Council Council)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            var block = document.Blocks[i];
            if (block.Kind is BlockKind.TableRow || !TryParseCouncilHeading(block.Text, out var name))
            {
                continue;
            }

            var council = _councils.ToCouncil(name);
            if (!council.Known && reported.Add(council.Name))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownCouncil,
                    $"council '{name}' is not in the registry; kept as written", block.Source));
            }

            if (starts.Count > 0 && SameCouncil(starts[^1].Council, council))
            {
                continue;
            }

            // Headings right before the council heading (a running title) open the new section.
            var first = i;
            while (first > 0 && document.Blocks[first - 1].Kind == BlockKind.Heading
                && (starts.Count == 0 || first - 1 > starts[^1].Block))
            {
                first--;
            }

            starts.Add((first, council));
        }

        var sections = new List<Section>();
        if (starts.Count == 0)
        {
            return sections;
        }

        if (starts[0].Block > 0)
        {
            sections.Add(new Section(0, null, 0, starts[0].Block));
        }

        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Block : document.Blocks.Length;
            sections.Add(new Section(sections.Count, starts[s].Council, starts[s].Block, end - starts[s].Block));
        }

        return sections;
    }

    private static bool SameCouncil(Council a, Council b) =>
        a.Known && b.Known ? string.Equals(a.GssCode, b.GssCode, StringComparison.Ordinal) : string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The council a single-council document is about: a stated field first, else the most named.</summary>
    private Council? IssuingCouncil(SourceDocument document)
    {
        foreach (var block in document.Blocks.Take(40))
        {
            var match = StatedCouncil().Match(block.Text);
            if (match.Success && _councils.TryResolve(match.Groups["name"].Value, out _))
            {
                return _councils.ToCouncil(match.Groups["name"].Value);
            }
        }

        var counts = new Dictionary<CouncilEntry, int>();
        foreach (var block in document.Blocks)
        {
            foreach (var (entry, start, length) in _councils.FindMentions(block.Text))
            {
                // "Lancashire County Council" is a stronger cue than "in Lancashire".
                var weight = CouncilSuffix().IsMatch(block.Text.AsSpan(start + length)) ? 3 : 1;
                counts[entry] = counts.GetValueOrDefault(entry) + weight;
            }
        }

        var best = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is { } top && best.Value >= 2
            ? new Council(top.Name, top.GssCode, top.Region, true, top.Name)
            : null;
    }

    // "LOCAL AUTHORITY : NAME" or "Local Authority: Name" standing alone; a sentence such as
    // "Local authority: a council with duties, such as Wigan." is not a heading.
    [GeneratedRegex(@"^\s*(?:LOCAL\s+AUTHORITY|Local\s+Authority)\s*[:\-–]\s*(?<name>[^\r\n,;!?]{2,60}?)(?<!\.)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilHeading();

    [GeneratedRegex(@"^(?:Name\s+of\s+(?:Local\s+Authority|Council)|Local\s+Authority|Council)\s*:?\s*\|?\s*(?<name>[A-Z][\w&'’. -]{2,60}?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StatedCouncil();

    [GeneratedRegex(@"^\s+(?:County\s+|City\s+|Borough\s+|Metropolitan\s+Borough\s+)?Council\b", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilSuffix();
}
