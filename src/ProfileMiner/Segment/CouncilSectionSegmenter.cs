using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Splits multi-council documents at their council headings (<c>LOCAL AUTHORITY : NAME</c>); a
/// repeated heading for the same council (a continuation page) stays in that council's section, and
/// headings standing just before a council heading (a running title) go with it. A document with no
/// council headings is one section, credited to its issuer when a council wrote it
/// (<see cref="IssuerDetector"/>), and to no council when another body did.
/// </summary>
public sealed partial class CouncilSectionSegmenter : ISegmenter
{
    /// <summary>The segmenter with the shipped council registry and detectors.</summary>
    public static CouncilSectionSegmenter Default { get; } = new(CouncilDirectory.Default, DocumentKindDetector.Default, PeriodDetector.Default, IssuerDetector.Default);

    private readonly CouncilDirectory _councils;
    private readonly DocumentKindDetector _kinds;
    private readonly PeriodDetector _periods;
    private readonly IssuerDetector _issuers;

    /// <summary>Creates a segmenter from its parts; without <paramref name="issuers"/>, an issuer detector over <paramref name="councils"/>.</summary>
    public CouncilSectionSegmenter(CouncilDirectory councils, DocumentKindDetector kinds, PeriodDetector periods, IssuerDetector? issuers = null)
    {
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(periods);
        _councils = councils;
        _kinds = kinds;
        _periods = periods;
        _issuers = issuers ?? new IssuerDetector(councils);
    }

    /// <inheritdoc />
    public SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics) => Segment(document, diagnostics, null);

    /// <inheritdoc />
    public SegmentedDocument Segment(SourceDocument document, DiagnosticBag diagnostics, DocumentHints? hints)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var sections = SplitAtCouncilHeadings(document, diagnostics);
        var headed = sections.Select(s => s.Council).OfType<Council>().DistinctBy(c => c.GssCode ?? c.Name).ToList();
        var issuer = _issuers.Detect(document, headed, hints);
        if (sections.Count == 0)
        {
            // A document by another kind of body is credited to no council, whatever councils it names.
            sections.Add(new Section(0, issuer.Kind == IssuerKind.Council ? issuer.Council : null, 0, document.Blocks.Length));
        }

        var when = _periods.DetectWithMeeting(document);
        return new SegmentedDocument
        {
            Source = document,
            Kind = hints?.Kind ?? _kinds.Detect(document),
            Period = hints?.Period ?? when.Period,
            Title = TitleDetector.Detect(document),
            MeetingDate = when.Meeting,
            Sections = [.. sections],
            Issuer = issuer,
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

    // "LOCAL AUTHORITY : NAME" or "Local Authority: Name" standing alone; a sentence such as
    // "Local authority: a council with duties, such as Wigan." is not a heading.
    [GeneratedRegex(@"^\s*(?:LOCAL\s+AUTHORITY|Local\s+Authority)\s*[:\-–]\s*(?<name>[^\r\n,;!?]{2,60}?)(?<!\.)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilHeading();
}
