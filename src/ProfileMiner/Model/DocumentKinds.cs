using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>
/// The names of <see cref="DocumentKind"/> as the outputs, search filters and the digest write them
/// (<c>snake_case</c>), in one place.
/// </summary>
public static class DocumentKinds
{
    // Plain switches and a small dictionary, not frozen collections: a one-shot command reads a few
    // names, and building frozen tables over an enum costs more start-up than all the lookups save.

    /// <summary>Every kind's name, in the order of <see cref="DocumentKind"/>.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Enum.GetValues<DocumentKind>().Select(Name)];

    // The names, and the earlier name of a committee report, so a saved filter or script keeps working.
    private static readonly Dictionary<string, DocumentKind> s_byName = ByName();

    /// <summary>The name of <paramref name="kind"/> (<c>other</c> for a value the enum does not define).</summary>
    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.ImprovementProfile => "improvement_profile",
        DocumentKind.CommitteeReport => "committee_report",
        DocumentKind.SelfAssessment => "self_assessment",
        DocumentKind.Strategy => "strategy",
        DocumentKind.LocalAccount => "local_account",
        DocumentKind.PerformanceReport => "performance_report",
        DocumentKind.Minutes => "minutes",
        DocumentKind.MarketPositionStatement => "market_position_statement",
        DocumentKind.FinanceReport => "finance_report",
        DocumentKind.Jsna => "jsna",
        DocumentKind.ImpactAssessment => "impact_assessment",
        _ => "other",
    };

    /// <summary>The name in words, for people: <c>market position statement</c>, <c>JSNA</c>.</summary>
    public static string Label(DocumentKind kind) => kind == DocumentKind.Jsna ? "JSNA" : Name(kind).Replace('_', ' ');

    /// <summary>The kind a name stands for (any case; <c>scrutiny_report</c>, the earlier name, is a committee report), or false.</summary>
    public static bool TryParse(string name, out DocumentKind kind) => s_byName.TryGetValue(name?.Trim() ?? string.Empty, out kind);

    private static Dictionary<string, DocumentKind> ByName()
    {
        var byName = new Dictionary<string, DocumentKind>(StringComparer.OrdinalIgnoreCase) { ["scrutiny_report"] = DocumentKind.CommitteeReport };
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            byName[Name(kind)] = kind;
        }

        return byName;
    }
}
