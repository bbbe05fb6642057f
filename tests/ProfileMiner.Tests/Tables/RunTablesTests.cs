using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Export;

namespace ProfileMiner.Tests.Tables;

/// <summary>
/// The one hand-off: extractions are joined to the passage they were made from by the block they
/// carry, the passages of a document are worked out once, and the tables hold every row once.
/// </summary>
public sealed class RunTablesTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Every_metric_and_claim_names_the_passage_that_holds_its_span()
    {
        var tables = RunTables.Create(fixture.Content);
        var passages = tables.Passages.ToDictionary(p => (p.DocId, p.Block));
        var places = tables.Metrics.Select(m => m.Place).Concat(tables.Claims.Select(c => c.Place)).ToList();
        Assert.True(places.Count > 500, $"only {places.Count} metrics and claims");

        Assert.All(places, place =>
        {
            Assert.NotNull(place.Block);
            var passage = passages[(place.DocId, place.Block!.Value)];
            Assert.True(passage.Start <= place.Start && place.End <= passage.End, $"{place.Document}: [{place.Start}, {place.End}) is not inside block {place.Block} [{passage.Start}, {passage.End})");
        });
    }

    [Fact]
    public void The_block_an_extraction_carries_is_its_passage_even_where_offsets_would_say_otherwise()
    {
        var document = fixture.Content.Documents.First(d => d.Source.Blocks.Length > 3);
        var passage = PassageEnumerator.Of(document)[2];
        var claim = fixture.Content.Extractions.OfType<Claim>().First() with
        {
            Doc = document.Source.File,
            BlockIndex = passage.BlockIndex,
            SectionId = passage.SectionId,
            Source = document.Source.Blocks[0].Source,
        };

        var tables = RunTables.Create(new CorpusContent([document], [claim]));

        Assert.Equal(2, Assert.Single(tables.Claims).Place.Block);
    }

    [Fact]
    public void An_extraction_naming_a_block_its_document_lacks_is_kept_without_a_block_and_one_warning()
    {
        var document = fixture.Content.Documents[0];
        var metric = fixture.Content.Extractions.OfType<MetricMention>().First(m => m.Doc == document.Source.File) with { BlockIndex = document.Source.Blocks.Length + 5 };
        var diagnostics = new DiagnosticBag();

        var tables = RunTables.Create(new CorpusContent([document], [metric]), diagnostics: diagnostics);

        Assert.Null(Assert.Single(tables.Metrics).Place.Block);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.ExportUnplaced, warning.Code);
        Assert.Contains($"block {document.Source.Blocks.Length + 5}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_documents_passages_are_worked_out_once_and_again_for_a_changed_copy()
    {
        var document = fixture.Content.Documents[0];
        var tables = RunTables.Create(fixture.Content);

        Assert.Same(PassageEnumerator.Of(document)[0], tables.SourcePassages[0]);
        Assert.True(PassageEnumerator.Of(document) == PassageEnumerator.Of(document));

        var retitled = document with { Sections = [.. document.Sections.Select(s => s with { Council = null })] };
        var again = PassageEnumerator.Of(retitled);
        Assert.False(again == PassageEnumerator.Of(document));
        Assert.All(again, p => Assert.Null(p.Council));
        Assert.Equal(tables.SourcePassages.Length, tables.Passages.Length);
    }
}
