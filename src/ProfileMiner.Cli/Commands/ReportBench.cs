using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Model;
using ProfileMiner.Report;
using ProfileMiner.Segment;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The <c>bench</c> section of the themes digest: render time of both formats for the given corpus and for one
/// 100 times larger (its documents repeated in memory under other council names), with memory.
/// </summary>
internal static class ReportBench
{
    public const int Scale = 100;

    public static void Run(CliContext context, IReadOnlyList<string> inputs, int repeat)
    {
        var output = Path.Combine(Path.GetTempPath(), "pm-bench-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = Pipelines.Standard().Build().RunAsync(inputs, output).GetAwaiter().GetResult();
            var content = new CorpusContent(result.Documents, result.Extractions);
            var synthetic = !content.Extractions.Any(e => e is ThemeAssignment);
            if (synthetic)
            {
                content = content with { Extractions = [.. content.Extractions, .. content.Documents.SelectMany(SyntheticThemes)] };
            }

            var publisher = new ReportPublisher(ReportOptions.Default);
            var (one, oneSize) = Time(publisher, content, Math.Max(2, repeat));
            var large = Repeat(content, Scale);
            var before = GC.GetTotalAllocatedBytes();
            var (hundred, hundredSize) = Time(publisher, large, 1);
            var allocated = GC.GetTotalAllocatedBytes() - before;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            var o = context.Out;
            o.WriteLine();
            o.WriteLine(Invariant($"Themes digest (report stage: model and both templates, rendered in memory; {content.Documents.Length} documents, {content.Extractions.Length} extractions)."));
            if (synthetic)
            {
                o.WriteLine("The run assigned no themes, so each passage got up to two themes chosen by a hash of its text, to load the theme sections as real assignments would.");
            }

            o.WriteLine();
            o.WriteLine("| corpus | documents | councils | seconds | HTML MB | Markdown MB |");
            o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            o.WriteLine(Invariant($"| as given (mean of {Math.Max(2, repeat)} after a warm-up) | {content.Documents.Length} | {Councils(content)} | {one.TotalSeconds:0.000} | {oneSize.Html / 1e6:0.00} | {oneSize.Md / 1e6:0.00} |"));
            o.WriteLine(Invariant($"| x{Scale} (one pass) | {large.Documents.Length} | {Councils(large)} | {hundred.TotalSeconds:0.00} | {hundredSize.Html / 1e6:0.0} | {hundredSize.Md / 1e6:0.0} |"));
            o.WriteLine();
            o.WriteLine(Invariant($"x{Scale}: managed allocations during the render {allocated / 1048576.0:0} MiB; peak working set of the whole bench process so far {peak / 1048576.0:0} MiB."));
        }
        finally
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private static (TimeSpan Mean, (long Html, long Md) Size) Time(ReportPublisher publisher, CorpusContent content, int passes)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        if (passes > 1)
        {
            publisher.Render(content, diagnostics);
        }
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyDictionary<ReportFormat, string>? rendered = null;
        for (var i = 0; i < passes; i++)
        {
            rendered = publisher.Render(content, diagnostics);
        }

        stopwatch.Stop();
        if (rendered is null)
        {
            throw new InvalidOperationException("the report did not render: " + string.Join("; ", diagnostics.Items));
        }

        return (stopwatch.Elapsed / passes, (rendered.GetValueOrDefault(ReportFormat.Html)?.Length ?? 0, rendered.GetValueOrDefault(ReportFormat.Markdown)?.Length ?? 0));
    }

    private static int Councils(CorpusContent content) =>
        content.Documents.SelectMany(d => d.Councils).Select(c => c.GssCode ?? c.Name).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The corpus and <paramref name="times"/> - 1 copies of it, each copy's files and councils renamed.</summary>
    private static CorpusContent Repeat(CorpusContent content, int times)
    {
        var documents = ImmutableArray.CreateBuilder<SegmentedDocument>(content.Documents.Length * times);
        var extractions = ImmutableArray.CreateBuilder<Extraction>(content.Extractions.Length * times);
        documents.AddRange(content.Documents);
        extractions.AddRange(content.Extractions);
        for (var k = 1; k < times; k++)
        {
            var councils = new Dictionary<Council, Council>();
            Council? Rename(Council? c) => c is null ? null
                : councils.TryGetValue(c, out var r) ? r
                : councils[c] = c with { Name = string.Create(CultureInfo.InvariantCulture, $"{c.Name} {k}"), GssCode = null, Known = false };
            string File(string file) => string.Create(CultureInfo.InvariantCulture, $"x{k:000}_{file}");
            string? Id(string? id) => id is null ? null : File(id);

            documents.AddRange(content.Documents.Select(d => d with
            {
                Source = d.Source with { File = File(d.Source.File) },
                Sections = [.. d.Sections.Select(s => s with { Council = Rename(s.Council), DuplicateOf = Id(s.DuplicateOf) })],
                DuplicateOf = Id(d.DuplicateOf),
            }));
            extractions.AddRange(content.Extractions.Select(e => e switch
            {
                ThemeAssignment t => t with { Doc = File(t.Doc), Council = Rename(t.Council), DuplicateOf = Id(t.DuplicateOf), SectionId = File(t.SectionId) },
                _ => e with { Doc = File(e.Doc), Council = Rename(e.Council), DuplicateOf = Id(e.DuplicateOf) },
            }));
        }

        return new CorpusContent(documents.MoveToImmutable(), extractions.MoveToImmutable());
    }

    private static readonly string[] s_themes =
    [
        "integration", "hospital_discharge", "reablement", "prevention", "safeguarding", "carers", "personalisation",
        "learning_disability", "mental_health", "dementia", "care_market", "residential_care", "workforce", "finance",
        "technology", "user_experience", "housing", "information_advice", "performance",
    ];

    private static IEnumerable<ThemeAssignment> SyntheticThemes(SegmentedDocument document)
    {
        foreach (var passage in PassageEnumerator.Enumerate(document).Where(p => p.Block.Kind != BlockKind.Heading && p.Council is not null))
        {
            var hash = (uint)StableHash(passage.Block.Text);
            string[] themes = [s_themes[hash % (uint)s_themes.Length], s_themes[(hash / 19) % (uint)s_themes.Length]];
            var distinct = themes.Distinct(StringComparer.Ordinal).ToImmutableArray();
            yield return new ThemeAssignment
            {
                Doc = passage.Doc,
                Council = passage.Council,
                Source = passage.Block.Source,
                Sentence = passage.Block.Text,
                Extractor = "bench.synthetic",
                Confidence = 0.8,
                DuplicateOf = passage.DuplicateOf,
                Themes = distinct,
                Scores = [.. distinct.Select((_, i) => 0.8 - (0.3 * i))],
                BlockIndex = passage.BlockIndex,
                SectionId = passage.SectionId,
            };
        }
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
