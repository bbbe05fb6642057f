using System.Collections.Immutable;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Report;

/// <summary>
/// The report tests' small fixed corpus (<c>Report/Corpus/</c>) run once through the real pipeline (ingest, segment,
/// rule extraction): a 2015/16 regional profile of three councils, a council's scrutiny report of 2024, a
/// near-duplicate copy of one council's section, 2016/17 profiles of four more councils (a sentence with three
/// benchmark claims, a sentence that is positive and negative at once, the "1" of "ASCOF 2B(1)"), and a
/// self-assessment that states no period, whose table rows the rules read as claims.
/// What a model extractor adds on the real corpus is added the way it would come: the same claims of one sentence found
/// a second time (one with the wrong polarity), and counts of things ("4 geographic areas") read as metrics.
/// Themes are constructed from a keyword table (<see cref="WithThemesAsync"/>), one assignment per paragraph, list
/// item or table row, duplicates marked as their passages are.
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

    /// <summary>What the pipeline found, and what a model would add: metrics and claims, no themes.</summary>
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
        return new CorpusContent(result.Documents, [.. result.Extractions, .. ModelExtras(result.Documents, result.Extractions)]);
    }

    /// <summary>
    /// Cheshire East's three benchmark claims of one sentence found again by a model (the first words read as a
    /// decrease), and "4 geographic areas" of Sefton and "3 geographic areas" of Knowsley read as council figures.
    /// </summary>
    private static IEnumerable<Extraction> ModelExtras(IReadOnlyList<SegmentedDocument> documents, IReadOnlyList<Extraction> extractions)
    {
        var sentence = extractions.OfType<Claim>().Where(c => c.Type == "benchmark_count" && c.Council?.Name == "Cheshire East").ToList();
        Assert.Equal(3, sentence.Count);
        yield return sentence[0] with { Extractor = "claims.model", Polarity = "negative", Confidence = 0.65 };
        yield return sentence[1] with { Extractor = "claims.model", Confidence = 0.65 };

        var profile = documents.Single(d => d.Source.File == "104_council_profiles.md");
        foreach (var (council, words) in new[] { ("Sefton", "4 geographic areas"), ("Knowsley", "3 geographic areas") })
        {
            var passage = PassageEnumerator.Of(profile).Single(p => p.Council?.Name == council && p.Block.Text.Contains(words, StringComparison.Ordinal));
            var start = passage.Block.Source.Start + passage.Block.Text.IndexOf(words, StringComparison.Ordinal);
            yield return new MetricMention
            {
                Doc = profile.Source.File,
                Council = passage.Council,
                BlockIndex = passage.BlockIndex,
                SectionId = passage.SectionId,
                Source = passage.Block.Source with { Start = start, End = start + 1 },
                Sentence = passage.Block.Text,
                Extractor = "metrics.model",
                Confidence = 0.7,
                Text = words[..1],
                Value = int.Parse(words[..1], System.Globalization.CultureInfo.InvariantCulture),
                Unit = MetricUnits.Count,
                Role = MetricRoles.Value,
                Scope = "council",
                Measure = "geographic areas",
            };
        }
    }

    /// <summary>Theme assignments for the council passages of <paramref name="document"/>, from the keyword table.</summary>
    internal static IEnumerable<ThemeAssignment> ThemesOf(SegmentedDocument document)
    {
        foreach (var passage in PassageEnumerator.Of(document))
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
