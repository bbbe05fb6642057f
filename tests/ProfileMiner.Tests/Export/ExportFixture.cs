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
/// then the same content with constructed theme assignments exported into a second folder.
/// </summary>
public sealed class ExportFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _output = new();

    internal string OutputFolder => _output.Path;

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
        var builder = new PipelineBuilder().UseRuleExtractors();
        builder.Publishers.Add(ExportPublisher.Default);
        Result = await builder.Build().RunAsync([RepoPaths.Seeds, RepoPaths.CorpusPdf], _output.Path);
        Content = new CorpusContent(Result.Documents, Result.Extractions);
        Assignments = [.. ConstructThemes(Content)];
        Themed = Content with { Extractions = [.. Content.Extractions, .. Assignments] };
        var diagnostics = new DiagnosticBag();
        ThemedOutputs = new ExportPublisher(ExportOptions.Default with { Folder = "themed" }).Publish(RunTables.Create(Themed), _output.Path, diagnostics, default);
        ThemedDiagnostics = diagnostics.Items;
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

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _output.Dispose();
}
