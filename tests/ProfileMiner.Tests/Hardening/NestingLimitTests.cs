using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// Issue 21's Markdown and HTML defects: nesting that overflowed the stack or was an internal error,
/// and markup whose reading took time growing with the square of its size. Each is read, quickly,
/// with at most one warning, and the rest of the file is kept.
/// </summary>
public sealed class NestingLimitTests
{
    [Fact]
    public void Fifty_thousand_nested_stars_are_read_without_overflowing_the_stack()
    {
        var text = "# Title\n\nLancashire County Council spent £5m.\n\n" + new string('*', 50_000) + "x" + new string('*', 50_000) + "\n\nThe end.\n";
        var diagnostics = new DiagnosticBag();

        var document = TextDocuments.Read(text, "stars.md", diagnostics);

        Assert.Contains(document.Blocks, b => b.Text == "Lancashire County Council spent £5m.");
        Assert.Contains(document.Blocks, b => b.Text == "The end.");
        Assert.Contains(document.Blocks, b => b.Text.Contains('x', StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Theory]
    [InlineData("list", "- ", 64)]
    [InlineData("quote", ">", 128)]
    [InlineData("spaced quote", "> ", 1000)]
    [InlineData("ordered list", "1. ", 200)]
    public void Markup_nested_past_markdigs_limit_is_one_warning_and_the_rest_of_the_file_is_kept(string what, string marker, int depth)
    {
        var text = "# Title\n\nFirst paragraph.\n\n" + string.Concat(Enumerable.Repeat(marker, depth)) + "deep item\n\nrest of the text.\n";
        var diagnostics = new DiagnosticBag();

        var document = TextDocuments.Read(text, "nested.md", diagnostics);

        var warning = Assert.Single(diagnostics.Items);
        Assert.True((warning.Code, warning.Severity) == (DiagnosticCodes.NestedTooDeep, Severity.Warning), what + ": " + warning);
        Assert.Equal("nested.md(5): warning PM1013: lists, quotes or HTML nested too deep to follow; read as plain text, the rest of the file as usual", warning.ToString());
        Assert.Equal(["Title", "First paragraph.", "deep item", "rest of the text."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_hundred_thousand_unclosed_divs_are_turned_down_at_once_not_in_74_seconds()
    {
        var text = "# Report\n\nBefore the block, 12% of people.\n\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "text inside\n\nAfter the block, 15% of people.\n";
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var document = TextDocuments.Read(text, "divs.md", diagnostics);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Contains(document.Blocks, b => b.Text == "Before the block, 12% of people.");
        Assert.Contains(document.Blocks, b => b.Text == "text inside");
        Assert.Contains(document.Blocks, b => b.Text == "After the block, 15% of people.");
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCodes.NestedTooDeep, 5), (warning.Code, warning.Where?.Line));
    }

    [Theory]
    [InlineData("* ")]
    [InlineData("> ")]
    [InlineData("1. ")]
    public void A_line_of_a_hundred_thousand_container_markers_is_turned_down_at_once_not_in_41_seconds(string marker)
    {
        var text = "# Report\n\nBefore the list, 12% of people.\n\n" + string.Concat(Enumerable.Repeat(marker, 100_000)) + "deep item\n\nAfter the list, 15% of people.\n";
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var document = TextDocuments.Read(text, "markers.md", diagnostics);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Equal(["Report", "Before the list, 12% of people.", "deep item", "After the list, 15% of people."], document.Blocks.Select(b => b.Text));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCodes.NestedTooDeep, 5), (warning.Code, warning.Where?.Line));
    }

    [Fact]
    public void Html_in_a_table_cell_nested_too_deep_keeps_its_text()
    {
        var diagnostics = new DiagnosticBag();

        var document = TextDocuments.Read("Cell\t" + string.Concat(Enumerable.Repeat("<b>", 50_000)) + "bold words\tother cell\n", "cells.txt", diagnostics);

        Assert.Contains(document.Blocks, b => b.Text.Contains("bold words", StringComparison.Ordinal));
        Assert.Equal([DiagnosticCodes.NestedTooDeep], diagnostics.Items.Select(d => d.Code));
    }

    [Theory]
    [InlineData("<p>a</p><p>b</p>", 1)]
    [InlineData("<ul><li>a<ul><li>b</li></ul></li></ul>", 4)]
    [InlineData("<div><br><img src=x><hr/>text</div>", 1)]
    [InlineData("<<<<<<", 0)]
    [InlineData("<!-- comment --><p>x", 1)]
    public void Html_depth_is_counted_in_one_pass(string html, int depth) =>
        Assert.Equal(depth, HtmlFragmentConverter.Depth(html));

    [Fact]
    public void Stripping_tags_is_linear_and_keeps_text_and_entities()
    {
        Assert.Equal("a & b c", HtmlFragmentConverter.StripTags("<p>a &amp; b</p><div>c"));
        Assert.Equal("x <<<", HtmlFragmentConverter.StripTags("<b>x</b> <<<"));
        var clock = Stopwatch.StartNew();
        HtmlFragmentConverter.StripTags(new string('<', 200_000));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
    }

    [Fact]
    public void A_sentence_cut_at_a_comma_a_hundred_thousand_times_is_joined_in_linear_time()
    {
        var text = string.Concat(Enumerable.Range(0, 100_000).Select(i => "part " + i.ToString(CultureInfo.InvariantCulture) + ",\n\n")) + "end.\n";
        var clock = Stopwatch.StartNew();

        var document = TextDocuments.Read(text, "commas.txt");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.StartsWith("part 0, part 1, part 2,", document.Blocks[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("part 99999, end.", document.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.Equal(string.Join(' ', Enumerable.Range(0, 100_000).Select(i => "part " + i.ToString(CultureInfo.InvariantCulture) + ",")) + " end.", string.Join(' ', document.Blocks.Select(b => b.Text)));
        Assert.All(document.Blocks, b => Assert.True(b.Text.Length <= DocumentBuilder.MaxJoinedLength + 20));
        Assert.All(document.Blocks.SelectMany(b => b.Sentences), s => Assert.True(s.Text.Length <= DocumentBuilder.MaxSentenceLength));
    }
}
