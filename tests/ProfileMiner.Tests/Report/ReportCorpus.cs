using System.Collections.Immutable;
using ProfileMiner.Extract;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Report;

/// <summary>
/// The report tests' small fixed corpus (<c>Report/Corpus/</c>: a regional profile of three councils, a council's
/// scrutiny report, and a near-duplicate copy of one council's section) run once through the real pipeline
/// (ingest, segment, rule extraction). Themes are not extracted by the pipeline yet, so <see cref="WithThemes"/>
/// adds ThemeAssignment records the test constructs from a keyword table, one per paragraph, list item or table row,
/// duplicates marked as their passages are.
/// </summary>
internal static class ReportCorpus
{
    private static readonly Lazy<Task<CorpusContent>> s_plain = new(RunAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>(keyword, theme) in the order a passage's themes are ranked; matched case-insensitively.</summary>
    private static readonly (string Keyword, string Theme)[] s_keywords =
    [
        ("reablement", "reablement"),
        ("91 days", "reablement"),
        ("delayed transfers", "hospital_discharge"),
        ("hospital", "hospital_discharge"),
        ("carers", "carers"),
        ("satisfaction", "user_experience"),
        ("ascof", "performance"),
        ("budget", "finance"),
        ("savings", "finance"),
        ("staff", "workforce"),
        ("recruitment", "workforce"),
        ("social workers", "workforce"),
        ("nhs", "integration"),
        ("integrated", "integration"),
        ("prevention", "prevention"),
        ("safeguarding", "safeguarding"),
        ("residential", "residential_care"),
        ("home care", "care_market"),
    ];

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Tests", "Report", "Corpus");

    public static string GoldenFolder => Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Tests", "Report", "Golden");

    public static string Templates => Path.Combine(RepoPaths.Root, "templates");

    /// <summary>What the pipeline found: metrics and claims, no themes.</summary>
    public static Task<CorpusContent> PlainAsync() => s_plain.Value;

    /// <summary>The pipeline's content plus the constructed theme assignments.</summary>
    public static async Task<CorpusContent> WithThemesAsync()
    {
        var plain = await PlainAsync();
        return plain with { Extractions = [.. plain.Extractions, .. plain.Documents.SelectMany(ThemesOf)] };
    }

    private static async Task<CorpusContent> RunAsync()
    {
        using var output = new TempDirectory();
        var pipeline = new PipelineBuilder().UseRuleExtractors().Build();
        var result = await pipeline.RunAsync([Folder], output.Path);
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics));
        return new CorpusContent(result.Documents, result.Extractions);
    }

    private static IEnumerable<ThemeAssignment> ThemesOf(SegmentedDocument document)
    {
        foreach (var passage in PassageEnumerator.Enumerate(document))
        {
            if (passage.Block.Kind == BlockKind.Heading || passage.Council is null)
            {
                continue;
            }

            var themes = s_keywords
                .Where(k => passage.Block.Text.Contains(k.Keyword, StringComparison.OrdinalIgnoreCase))
                .Select(k => k.Theme).Distinct(StringComparer.Ordinal).Take(3).ToImmutableArray();
            if (themes.IsEmpty)
            {
                continue;
            }

            ImmutableArray<double> scores = [.. themes.Select((_, i) => 0.9 - (0.2 * i))];
            yield return new ThemeAssignment
            {
                Doc = passage.Doc,
                Council = passage.Council,
                Source = passage.Block.Source,
                Sentence = passage.Block.Text,
                Extractor = "themes.test",
                Confidence = scores[0],
                DuplicateOf = passage.DuplicateOf,
                Themes = themes,
                Scores = scores,
                BlockIndex = passage.BlockIndex,
                SectionId = passage.SectionId,
            };
        }
    }
}
