using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using ProfileMiner.Index;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Index;

public sealed class PassageMarkerTests
{
    [Fact]
    public void A_word_is_marked_wherever_it_stands()
    {
        Assert.Equal(["Carers", "carers"], Marked("Carers said the carers' centre helped.", new MarkPattern(["carer"], 0)));
    }

    [Fact]
    public void A_run_of_words_is_marked_whole_only_within_its_slop()
    {
        const string text = "Care at home and care homes were both inspected.";

        Assert.Equal(["care homes"], Marked(text, new MarkPattern(["care", "home"], 0)));
        Assert.Equal(["Care at home", "care homes"], Marked(text, new MarkPattern(["care", "home"], 1)));
    }

    [Fact]
    public void A_match_starts_at_the_last_first_word_before_its_end()
    {
        // Not "care and more care for home": the match is shrunk to the nearest "care".
        Assert.Equal(["care for home"], Marked("Our care and more care for home support.", new MarkPattern(["care", "home"], 3)));
    }

    [Fact]
    public void Words_out_of_order_or_missing_mark_nothing()
    {
        Assert.Empty(Marked("Homes for care leavers.", new MarkPattern(["care", "home"], 3)));
        Assert.Empty(Marked("Homes for care leavers.", new MarkPattern(["dementia"], 0)));
    }

    [Fact]
    public void A_hyphenated_word_is_marked_as_written()
    {
        Assert.Equal(["Local Area Co-ordination"], Marked("Local Area Co-ordination grew.", new MarkPattern(["local", "area", "coordin"], 0)));
    }

    private static string[] Marked(string text, params MarkPattern[] patterns)
    {
        using var temp = new TempDirectory();
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        using (var directory = FSDirectory.Open(temp.Path))
        {
            using var writer = new IndexWriter(directory, new IndexWriterConfig(PassageAnalyzer.Version, analyzer));
            var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true };
            writer.AddDocument([new Field(IndexFields.Text, text, type)]);
            writer.Commit();
        }

        using var reopened = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(reopened);
        return [.. SnippetBuilder.Merge(PassageMarker.Find(reader.GetTermVector(0, IndexFields.Text), patterns))
            .Select(m => text[m.Start..m.End])];
    }
}
