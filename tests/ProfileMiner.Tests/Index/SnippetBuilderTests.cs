using ProfileMiner.Index;

namespace ProfileMiner.Tests.Index;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void The_sentence_with_most_matched_words_is_chosen()
    {
        const string text = "Carers are supported. The carers' assessments rose to 1,200 this year. Other news.";
        var sentences = new List<(int, int)> { (0, 21), (22, 70), (71, 82) };
        var marks = new List<(int, int)> { (0, 6), (26, 33), (34, 45) };

        var snippet = SnippetBuilder.Build(text, sentences, marks);

        Assert.Equal("… The **carers' assessments** rose to 1,200 this year. …", snippet);
    }

    [Fact]
    public void A_long_sentence_is_cut_to_a_window_around_its_first_match()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 200)) + " reablement " + string.Join(' ', Enumerable.Repeat("word", 200));
        var start = text.IndexOf("reablement", StringComparison.Ordinal);

        var snippet = SnippetBuilder.Build(text, [(0, text.Length)], [(start, start + 10)]);

        Assert.Contains("**reablement**", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SnippetBuilder.MaxLength + 12, snippet.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_marks_are_joined()
    {
        Assert.Equal([(0, 25), (30, 34)], SnippetBuilder.Merge([(0, 7), (0, 25), (8, 17), (30, 34)]).ToArray());
    }

    [Fact]
    public void Without_marks_the_first_sentence_is_shown()
    {
        Assert.Equal("First one. …", SnippetBuilder.Build("First one. Second one.", [(0, 10), (11, 22)], []));
    }
}
