using ProfileMiner.Diagnostics;
using ProfileMiner.Index;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Tests.Index;

/// <summary>A run whose passages, analysis and build match the index on disk keeps that index; any change rebuilds it.</summary>
public sealed class IndexReuseTests : IDisposable
{
    private readonly SearchCorpus _corpus = new(withCopy: false);

    [Fact]
    public async Task The_same_content_keeps_the_index_and_a_change_rebuilds_it()
    {
        var content = await _corpus.ContentAsync();
        var folder = SearchIndexOptions.IndexFolder(_corpus.Output);

        var first = PassageIndexer.Build(RunTables.Create(content), folder, SearchIndexOptions.Default, keepUnchanged: true);
        var built = IndexManifest.Read(folder)!;
        var second = PassageIndexer.Build(RunTables.Create(content), folder, SearchIndexOptions.Default, keepUnchanged: true);

        Assert.False(first.Unchanged);
        Assert.True(second.Unchanged);
        Assert.Equal(built.Built, IndexManifest.Read(folder)!.Built);
        Assert.Matches("^[0-9a-f]{64}$", built.Fingerprint);

        // One more theme on one passage is another index.
        var passage = ProfileMiner.Segment.PassageEnumerator.Of(content.Documents[0]).First(p => p.Block.Kind == BlockKind.Paragraph);
        var theme = new ThemeAssignment
        {
            Doc = passage.Doc, Council = passage.Council, Source = passage.Block.Source, Sentence = passage.Block.Text,
            Extractor = "themes.test", Themes = ["carers"], Scores = [0.9], BlockIndex = passage.BlockIndex, SectionId = passage.SectionId,
        };
        var changed = PassageIndexer.Build(RunTables.Create(content with { Extractions = [.. content.Extractions, theme] }), folder, SearchIndexOptions.Default, keepUnchanged: true);
        Assert.False(changed.Unchanged);
        Assert.NotEqual(built.Fingerprint, IndexManifest.Read(folder)!.Fingerprint);

        // Other analysis settings are another index too.
        var unstemmed = PassageIndexer.Build(RunTables.Create(content), folder, SearchIndexOptions.Default with { Stemmer = StemmerKind.None }, keepUnchanged: true);
        Assert.False(unstemmed.Unchanged);
    }

    [Fact]
    public async Task The_index_stage_of_a_run_keeps_an_unchanged_index()
    {
        var content = await _corpus.ContentAsync();
        var folder = SearchIndexOptions.IndexFolder(_corpus.Output);
        PassageIndexer.Default.Publish(RunTables.Create(content), _corpus.Output, new DiagnosticBag(), CancellationToken.None);
        var built = IndexManifest.Read(folder)!.Built;

        PassageIndexer.Default.Publish(RunTables.Create(content), _corpus.Output, new DiagnosticBag(), CancellationToken.None);

        Assert.Equal(built, IndexManifest.Read(folder)!.Built);
    }

    public void Dispose() => _corpus.Dispose();
}
