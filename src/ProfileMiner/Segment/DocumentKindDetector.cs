using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Decides a document's kind from cue phrases, weighting the opening blocks (title, front matter)
/// above the body. Each kind's cues are scored; the best score above a floor wins, else <see cref="DocumentKind.Other"/>.
/// </summary>
public sealed partial class DocumentKindDetector
{
    /// <summary>The detector with the built-in cue lists.</summary>
    public static DocumentKindDetector Default { get; } = new(openingBlocks: 25);

    private readonly int _openingBlocks;

    /// <summary>Creates a detector that gives extra weight to the first <paramref name="openingBlocks"/> blocks.</summary>
    public DocumentKindDetector(int openingBlocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(openingBlocks);
        _openingBlocks = openingBlocks;
    }

    private static readonly (DocumentKind Kind, Regex Cue, int Weight)[] s_cues =
    [
        (DocumentKind.ImprovementProfile, ImprovementProfileCue(), 3),
        (DocumentKind.ImprovementProfile, LocalAuthorityHeadingCue(), 1),
        (DocumentKind.ScrutinyReport, ScrutinyCue(), 3),
        (DocumentKind.ScrutinyReport, MeetingCue(), 2),
        (DocumentKind.ScrutinyReport, RecommendationCue(), 1),
        (DocumentKind.SelfAssessment, SelfAssessmentCue(), 3),
        (DocumentKind.Strategy, StrategyCue(), 2),
    ];

    /// <summary>Returns the most likely kind of <paramref name="document"/>.</summary>
    public DocumentKind Detect(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Cues in the opening blocks (title, front matter) decide; the body only tips a close call,
        // so a self-assessment that mentions "strategy" forty times is still a self-assessment.
        var opening = new Dictionary<DocumentKind, int>();
        var body = new Dictionary<DocumentKind, int>();
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            var block = document.Blocks[i];
            var isOpening = i < _openingBlocks;
            var weight = block.Kind == BlockKind.Heading || i < 5 ? 2 : 1;
            foreach (var (kind, cue, cueWeight) in s_cues)
            {
                var hits = Math.Min(cue.Count(block.Text), 3);
                if (hits > 0)
                {
                    var target = isOpening ? opening : body;
                    target[kind] = target.GetValueOrDefault(kind) + (hits * weight * cueWeight);
                }
            }
        }

        var scores = opening.Keys.Union(body.Keys)
            .ToDictionary(k => k, k => (opening.GetValueOrDefault(k) * 4) + Math.Min(body.GetValueOrDefault(k), 6));
        var best = scores.OrderByDescending(p => p.Value).FirstOrDefault();
        return best.Value >= 6 ? best.Key : DocumentKind.Other;
    }

    [GeneratedRegex(@"\bimprovement\s+profiles?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImprovementProfileCue();

    [GeneratedRegex(@"^LOCAL\s+AUTHORITY\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex LocalAuthorityHeadingCue();

    [GeneratedRegex(@"\bscrutiny\s+(?:committee|panel|board)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScrutinyCue();

    [GeneratedRegex(@"\bmeeting\s+to\s+be\s+held\b|\breport\s+(?:of|to)\s+the\b|\bagenda\s+item\b|\bcabinet\s+member\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingCue();

    [GeneratedRegex(@"^recommendations?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecommendationCue();

    [GeneratedRegex(@"\bself[\s-]*(?:assessment|evaluation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfAssessmentCue();

    [GeneratedRegex(@"\bstrateg(?:y|ies)\b|\bour\s+vision\b|\bvision\s+and\s+strategy\b|\bdelivery\s+plan\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrategyCue();
}
