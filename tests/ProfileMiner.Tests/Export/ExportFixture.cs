using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Export;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Segment;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Export;

/// <summary>
/// One real run (rule extractors and the export stage) over the seeds and the PDFs made from them,
/// then the same content with constructed theme assignments exported into a second folder; made once
/// per test run and shared by every class that uses it.
/// </summary>
public sealed class ExportFixture : IAsyncLifetime
{
    // One run for every class that uses the fixture: they only read what it wrote (each writes its
    // own exports into a folder of its own), and the run is the costliest setup of the library tests.
    private static readonly Lazy<Task<ExportFixture>> s_shared = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly TempDirectory s_output = TempDirectory.ForTestRun();

    internal string OutputFolder { get; } = s_output.Path;

    /// <summary>Where the run's export stage wrote (no themes: none are extracted yet).</summary>
    internal string ExportFolder => Path.Combine(OutputFolder, "export");

    /// <summary>Where the content with constructed themes was exported.</summary>
    internal string ThemedFolder => Path.Combine(OutputFolder, "themed");

    internal CorpusResult Result { get; private set; } = null!;

    internal CorpusContent Content { get; private set; } = null!;

    internal CorpusContent Themed { get; private set; } = null!;

    internal ImmutableArray<ThemeAssignment> Assignments { get; private set; } = [];

    internal IReadOnlyList<Diagnostic> ThemedDiagnostics { get; private set; } = [];

    internal IReadOnlyList<string> ThemedOutputs { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var shared = await s_shared.Value;
        (Result, Content, Themed, Assignments, ThemedDiagnostics, ThemedOutputs) =
            (shared.Result, shared.Content, shared.Themed, shared.Assignments, shared.ThemedDiagnostics, shared.ThemedOutputs);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<ExportFixture> CreateAsync()
    {
        var fixture = new ExportFixture();
        var builder = new PipelineBuilder().UseRuleExtractors();
        builder.Publishers.Add(ExportPublisher.Default);
        fixture.Result = await builder.Build().RunAsync([RepoPaths.Seeds, RepoPaths.CorpusPdf], s_output.Path);
        fixture.Content = new CorpusContent(fixture.Result.Documents, fixture.Result.Extractions);
        fixture.Assignments = [.. ConstructThemes(fixture.Content)];
        fixture.Themed = fixture.Content with { Extractions = [.. fixture.Content.Extractions, .. fixture.Assignments] };
        var diagnostics = new DiagnosticBag();
        fixture.ThemedOutputs = new ExportPublisher(ExportOptions.Default with { Folder = "themed" }).Publish(RunTables.Create(fixture.Themed), s_output.Path, diagnostics, default);
        fixture.ThemedDiagnostics = diagnostics.Items;
        return fixture;
    }

    /// <summary>
    /// Theme assignments built by the test, not by an extractor: every third paragraph or list item
    /// gets one to three themes of the codebook, chosen by its position, with falling scores.
    /// </summary>
    internal static IEnumerable<ThemeAssignment> ConstructThemes(CorpusContent content)
    {
        var codes = ThemeCodebook.Default.Themes;
        var n = 0;
        foreach (var document in content.Documents)
        {
            foreach (var passage in PassageEnumerator.Of(document).Where(p => p.Block.Kind is BlockKind.Paragraph or BlockKind.ListItem))
            {
                if (n++ % 3 != 0)
                {
                    continue;
                }

                var count = 1 + (n % 3);
                var themes = Enumerable.Range(0, count).Select(i => codes[(passage.BlockIndex + (i * 7)) % codes.Length].Id).Distinct().ToImmutableArray();
                yield return new ThemeAssignment
                {
                    Doc = passage.Doc,
                    Council = passage.Council,
                    Source = passage.Block.Source,
                    Sentence = passage.Block.Text,
                    Extractor = "themes.test",
                    Confidence = 0.9,
                    DuplicateOf = passage.DuplicateOf,
                    Themes = themes,
                    Scores = [.. themes.Select((_, i) => 0.9 - (0.2 * i))],
                    BlockIndex = passage.BlockIndex,
                    SectionId = passage.SectionId,
                };
            }
        }
    }
}
