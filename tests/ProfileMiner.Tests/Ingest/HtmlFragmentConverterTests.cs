using ProfileMiner.Ingest;
using ProfileMiner.Model;

namespace ProfileMiner.Tests.Ingest;

public sealed class HtmlFragmentConverterTests
{
    [Theory]
    [InlineData("<p>text</p>", true)]
    [InlineData("<UL><li>x</li></UL>", true)]
    [InlineData("a<br/>b", true)]
    [InlineData("<i>Mick Conell.</i>", true)]
    [InlineData("1 < 2 and 3 > 2", false)]
    [InlineData("plain", false)]
    public void LooksLikeHtml(string text, bool expected)
    {
        Assert.Equal(expected, HtmlFragmentConverter.LooksLikeHtml(text));
    }

    [Fact]
    public void Paragraphs_list_items_nested_lists_and_bullets_come_out_in_order()
    {
        const string html = "Intro text <p>First para.</p><ul><li>Item one<ul><li>Nested item</li></ul></li><li>Item two • with a bullet</li></ul>" +
            "<div>Tail: • alpha • beta</div>";

        var blocks = HtmlFragmentConverter.Convert(html);

        Assert.Equal(
            [
                (BlockKind.Paragraph, "Intro text"),
                (BlockKind.Paragraph, "First para."),
                (BlockKind.ListItem, "Item one"),
                (BlockKind.ListItem, "Nested item"),
                (BlockKind.ListItem, "Item two"),
                (BlockKind.ListItem, "with a bullet"),
                (BlockKind.Paragraph, "Tail:"),
                (BlockKind.ListItem, "alpha"),
                (BlockKind.ListItem, "beta"),
            ],
            blocks);
    }

    [Fact]
    public void Entities_are_decoded_and_tags_removed_in_plain_text()
    {
        Assert.Equal("Fish & chips cost £5", HtmlFragmentConverter.ToPlainText("<p>Fish &amp; chips cost &pound;5</p>"));
    }
}
