using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Decides a document's kind as a reader would, from its title and file name first, then the
/// headings and form fields of its opening, the body only tipping a close call. Three steps:
/// <list type="number">
/// <item>minutes are minutes, whatever the meeting discussed ("Minutes of the meeting", "Present:", "Apologies", "RESOLVED");</item>
/// <item>otherwise the kind of what the document is about, when its title, file name or opening
/// names it (a performance report, a budget, a strategy or plan, a local account, a market position
/// statement, a JSNA, a self-assessment, an impact assessment, an improvement profile) — a report to
/// cabinet that is a quarterly performance report is a performance report;</item>
/// <item>otherwise a committee report when it has a committee paper's form ("Report to", "Meeting to
/// be held", "Cabinet Member", "Decision no"), else whatever its body suggests most, else <see cref="DocumentKind.Other"/>.</item>
/// </list>
/// </summary>
public sealed partial class DocumentKindDetector
{
    /// <summary>The detector with the built-in cue lists.</summary>
    public static DocumentKindDetector Default { get; } = new(openingBlocks: 25);

    // A kind needs this score; one cue in a heading of the opening (2 x 4 = 8) or in the title zone is enough, one in a paragraph of the opening (4) is not.
    private const int Floor = 6;

    private readonly int _openingBlocks;

    /// <summary>Creates a detector that gives extra weight to the first <paramref name="openingBlocks"/> blocks.</summary>
    public DocumentKindDetector(int openingBlocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(openingBlocks);
        _openingBlocks = openingBlocks;
    }

    // What a document is about: named in its title, it decides over the committee paper's form.
    private static readonly (DocumentKind Kind, Regex Cue, int Weight)[] s_subjects =
    [
        (DocumentKind.ImprovementProfile, ImprovementProfileCue(), 3),
        (DocumentKind.ImprovementProfile, LocalAuthorityHeadingCue(), 1),
        (DocumentKind.SelfAssessment, SelfAssessmentCue(), 3),
        (DocumentKind.LocalAccount, LocalAccountCue(), 3),
        (DocumentKind.MarketPositionStatement, MarketPositionCue(), 3),
        (DocumentKind.Jsna, JsnaCue(), 3),
        (DocumentKind.ImpactAssessment, ImpactAssessmentCue(), 3),
        (DocumentKind.PerformanceReport, PerformanceCue(), 2),
        (DocumentKind.FinanceReport, FinanceCue(), 2),
        (DocumentKind.Strategy, StrategyCue(), 2),
    ];

    private static readonly (DocumentKind Kind, Regex Cue, int Weight)[] s_forms =
    [
        (DocumentKind.Minutes, MinutesCue(), 3),
        (DocumentKind.CommitteeReport, CommitteeCue(), 3),
        (DocumentKind.CommitteeReport, MeetingCue(), 2),
        (DocumentKind.CommitteeReport, RecommendationCue(), 1),
    ];

    // Kinds a section heading names in almost any committee paper ("Equality Impact Assessment",
    // "Strategy"): they count only from the title zone (the file name and the first blocks).
    private static readonly HashSet<DocumentKind> s_titleOnly = [DocumentKind.ImpactAssessment];

    /// <summary>Returns the most likely kind of <paramref name="document"/>.</summary>
    public DocumentKind Detect(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var opening = new Dictionary<DocumentKind, int>();
        var body = new Dictionary<DocumentKind, int>();

        // The file name is the title a user gave the file: "camden-local-account-2019.txt".
        // The title zone (the file name and the first three blocks) counts most: a reader goes by it first.
        var name = FileNameText.Of(document.File);
        Add(opening, name, 4, titleZone: true);
        var titleNews = NewsCue().IsMatch(name) || NewsWord().IsMatch(name);
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            var block = document.Blocks[i];
            if (i < _openingBlocks)
            {
                titleNews |= i < 3 && NewsCue().IsMatch(block.Text);
                Add(opening, block.Text, i < 3 ? 4 : block.Kind == BlockKind.Heading || i < 5 ? 2 : 1, titleZone: i < 3);
            }
            else
            {
                Add(body, block.Text, 1, titleZone: false);
            }
        }

        int Score(DocumentKind kind) => (opening.GetValueOrDefault(kind) * 4) + Math.Min(body.GetValueOrDefault(kind), 6);

        if (Score(DocumentKind.Minutes) >= Floor)
        {
            return DocumentKind.Minutes;
        }

        // A news release is news whatever it reports (a local account, a rating): named so in its title zone.
        if (titleNews)
        {
            return DocumentKind.Other;
        }

        var subject = s_subjects.Select(s => s.Kind).Distinct()
            .Where(k => opening.GetValueOrDefault(k) > 0)
            .Select(k => (Kind: k, Score: Score(k)))
            .OrderByDescending(s => s.Score).FirstOrDefault();
        if (subject.Score >= Floor)
        {
            return subject.Kind;
        }

        if (Score(DocumentKind.CommitteeReport) >= Floor)
        {
            return DocumentKind.CommitteeReport;
        }

        var best = opening.Keys.Union(body.Keys).Select(k => (Kind: k, Score: Score(k))).OrderByDescending(s => s.Score).FirstOrDefault();
        return best.Score >= Floor ? best.Kind : DocumentKind.Other;
    }

    private static void Add(Dictionary<DocumentKind, int> scores, string text, int weight, bool titleZone)
    {
        foreach (var (kind, cue, cueWeight) in s_subjects.Concat(s_forms))
        {
            if (!titleZone && s_titleOnly.Contains(kind))
            {
                continue;
            }

            var hits = Math.Min(cue.Count(text), 3);
            if (hits > 0)
            {
                scores[kind] = scores.GetValueOrDefault(kind) + (hits * weight * cueWeight);
            }
        }
    }


    [GeneratedRegex(@"\bimprovement\s+profiles?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImprovementProfileCue();

    [GeneratedRegex(@"^LOCAL\s+AUTHORITY\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex LocalAuthorityHeadingCue();

    [GeneratedRegex(@"\bself[\s-]*(?:assessment|evaluation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfAssessmentCue();

    [GeneratedRegex(@"\blocal\s+account\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocalAccountCue();

    [GeneratedRegex(@"\bmarket\s+(?:position\s+statements?|sustainability\s+plan)\b|\bmessages?\s+to\s+the\s+market\b|\bMPS\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarketPositionCue();

    [GeneratedRegex(@"\bjoint\s+strategic\s+needs\s+assessments?\b|\bJSNA\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsnaCue();

    [GeneratedRegex(@"\b(?:equality|equalities|data\s+protection|privacy)\s+(?:and\s+\w+\s+)?impact\s+assessment\b|\bEqIA\b|\bDPIA\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImpactAssessmentCue();

    [GeneratedRegex(@"\bperformance\s+(?:reports?|updates?|monitoring|scorecards?|dashboards?|indicators?|review|summary|framework\s+report)\b|\bkey\s+performance\s+indicators?\b|\bKPIs?\b|\b(?:quarterly|annual)\s+(?:performance|service)\s+reports?\b|\breview\s+of\s+performance\b|\b(?:council|corporate)\s+(?:plan\s+)?(?:performance\s+)?monitoring\b|\bQPR\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerformanceCue();

    [GeneratedRegex(@"\b(?:revenue|capital|draft|proposed|council)\s+budgets?\b|\bbudget\s+(?:reports?|monitoring|proposals?|setting|book|consultation)\b|\bfinanc(?:e|ial)\s+(?:monitoring|reports?|updates?|position|forecasts?)\b|\bmedium[\s-]term\s+financial\b|\bMTF[PS]\b|\boutturn\s+reports?\b|\bstatement\s+of\s+accounts\b|\bcapital\s+programme\b|\bkey\s+service\s+statement\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinanceCue();

    [GeneratedRegex(@"\bstrateg(?:y|ies)\b|\bour\s+vision\b|\bvision\s+and\s+strategy\b|\b(?:delivery|action|business|service|commissioning|improvement)\s+plans?\b|\bpriorities\s+and\s+actions\b|\bcommissioning\s+intentions\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrategyCue();

    [GeneratedRegex(@"^minutes\b|\bminutes\s+of\s+(?:the\s+)?(?:meeting|proceedings)\b|^present\s*:|\bapologies\s+for\s+absence\b|^apologies\b|\bdeclarations?\s+of\s+(?:interests?|pecuniary)\b|\bRESOLVED\b(?:\s*:|\s+that\b)|\bthe\s+minutes\s+of\s+the\s+(?:last|previous)\s+meeting\b|\bminutes\b(?=[^.]{0,40}\b(?:agreed|approved|confirmed)\b)|\bthe\s+(?:committee|panel|board|commission|sub-committee)\s+(?:noted|agreed|asked|discussed|received|considered|heard|questioned|was\s+(?:informed|advised|told))\b|\b(?:members|councillors?|the\s+chair(?:man)?)\s+(?:asked|noted|questioned|queried|raised|commented|welcomed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex MinutesCue();

    [GeneratedRegex(@"\b(?:scrutiny|select|cabinet|overview)\s+(?:committee|panel|board|commission)\b|\bhealth\s+and\s+wellbeing\s+board\b|\bcabinet\s+committee\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeCue();

    [GeneratedRegex(@"\bmeeting\s+to\s+be\s+held\b|\breport\s+(?:to|from)\s*(?:the\s+)?(?:cabinet|council|committee|board|panel|executive|commission|meeting|scrutiny)\b|\breport\s+of\s+the\s+(?:(?:corporate|strategic|executive|assistant)\s+)?(?:director|head|chief|cabinet\s+member|leader)\b|^report\s+(?:from|author)\s*:|\bagenda\s+item\b|\bcabinet\s+member\b|\bdecision\s+(?:no|number)\b|\bkey\s+decision\b|\bexecutive\s+decision\b|^(?:to|from|subject|date\s+of\s+meeting)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex MeetingCue();

    [GeneratedRegex(@"^news\b|\bnews\s+(?:release|story|article)\b|\bpress\s+release\b|\bmedia\s+release\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex NewsCue();

    [GeneratedRegex(@"\bnews\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsWord();

    [GeneratedRegex(@"^recommendations?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecommendationCue();
}
