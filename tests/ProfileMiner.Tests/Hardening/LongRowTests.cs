using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// Long tables. A fuzzed Markdown file holding a pipe-table row of 28,000 cells (113 KB) hung the metric rules:
/// each figure read the whole row before and after it, and worked out its cell by splitting the row
/// again, so the work grew with the square of the row (126 s for that file). Each figure now reads
/// at most <see cref="FigureContext.Reach"/> characters on either side, and a row's cells are found
/// once a row; the figures found are the same. A fuzzed text of 86,000 tab-table rows took a minute
/// to read, as each row counted every blanked row above it again.
/// </summary>
public sealed class LongRowTests
{
    [Fact]
    public void A_table_row_of_twenty_thousand_figures_is_read_in_seconds()
    {
        const int Cells = 20_000;
        var header = "| Measure | " + string.Join(" | ", Enumerable.Range(0, Cells).Select(i => "Area " + i.ToString(CultureInfo.InvariantCulture))) + " |";
        var separator = "|" + string.Concat(Enumerable.Repeat("---|", Cells + 1));
        var row = "| People helped | " + string.Join(" | ", Enumerable.Repeat("12", Cells)) + " |";
        var diagnostics = new DiagnosticBag();
        var document = TextDocuments.Segment("# Lancashire County Council\n\nLancashire County Council report.\n\n" + header + "\n" + separator + "\n" + row + "\n", diagnostics, "wide.md");
        var clock = Stopwatch.StartNew();

        var metrics = new MetricRuleExtractor().Extract(document, diagnostics).OfType<MetricMention>().ToList();

        // Before, about a minute at this size (10 s at 8,000 cells, growing with the square).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
        var rowBlock = document.Source.Blocks.Single(b => b.Text.StartsWith("People helped", StringComparison.Ordinal));
        Assert.NotEmpty(metrics);
        Assert.All(metrics, m => Assert.InRange(m.Source.Start, rowBlock.Source.Start, rowBlock.Source.End));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void A_figure_has_the_role_and_period_in_a_long_sentence_that_it_has_in_a_short_one()
    {
        // The same clause alone, and after 600 characters of other figures in one sentence (more than a
        // figure reads on either side): the same role and period. (The measure is the sentence's
        // subject, which the padding changes.)
        const string Clause = "Delayed transfers of care fell from 12.5% in 2015/16 to 9.1% in 2016/17.";
        var padding = string.Join(", ", Enumerable.Repeat("item 7", 75)) + "; ";

        var alone = Percentages(Clause);
        var late = Percentages(padding + Clause);

        Assert.Equal(2, alone.Count);
        Assert.Equal(alone, late);
    }

    [Fact]
    public void A_long_pipe_table_under_one_very_wide_row_is_read_in_bounded_memory_with_every_cell()
    {
        // Markdig gives every row as many cells as the widest: 2,000 rows under a row of 1,500 cells
        // were three million cells and 350 MB; a fuzzed file of this shape took 836 MB.
        var header = "| Area | People | Spend |\n| --- | ---: | ---: |\n";
        var rows = string.Concat(Enumerable.Range(0, 2_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"| Ward {i} | {i} | £{i}m |\n")));
        var wide = "|" + string.Concat(Enumerable.Range(0, 1_500).Select(i => string.Create(CultureInfo.InvariantCulture, $" c{i} |"))) + "\n";
        var text = "# Lancashire County Council\n\n" + header + rows + wide + "| Ward \\| East | 7 | **£8m** |\n\nAfter the table.\n";
        var diagnostics = new DiagnosticBag();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var document = new ProfileMiner.Ingest.MarkdownDocumentReader().Read(ProfileMiner.Ingest.InputFile.FromBytes("wide.md", System.Text.Encoding.UTF8.GetBytes(text)), diagnostics);

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 100L * 1024 * 1024);
        Assert.NotNull(document);
        var tableRows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(1 + 2_000 + 1 + 1, tableRows.Count);
        Assert.Single(tableRows.Select(b => b.TableIndex).Distinct());
        Assert.Contains(tableRows, b => b.Text.Contains("Ward 1999", StringComparison.Ordinal) && b.Text.Contains("£1999m", StringComparison.Ordinal));
        Assert.Contains(tableRows, b => b.Text.Contains("c0", StringComparison.Ordinal) && b.Text.Contains("c1499", StringComparison.Ordinal));
        Assert.Contains(tableRows, b => b.Text.Contains("East", StringComparison.Ordinal) && b.Text.Contains("£8m", StringComparison.Ordinal) && !b.Text.Contains('*', StringComparison.Ordinal));
        Assert.Equal("After the table.", document.Blocks[^1].Text);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_tab_table_of_a_hundred_thousand_rows_is_read_in_seconds()
    {
        var text = "Heading\n\n" + string.Concat(Enumerable.Repeat("\tpart,\n\t\n", 100_000)) + "\nLast line, 12% of people.\n";
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var document = TextDocuments.Read(text, "tabs.txt", diagnostics);

        // Before, about a minute at this size (2.3 s at 20,000 rows, growing with the square).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), clock.Elapsed.ToString());
        Assert.Equal(100_000, document.Blocks.Sum(b => b.Text.Split("part,").Length - 1));
        Assert.Equal("Last line, 12% of people.", document.Blocks[^1].Text);
    }

    private static List<(string Text, string Role, string? Period)> Percentages(string paragraph)
    {
        var diagnostics = new DiagnosticBag();
        var document = TextDocuments.Segment("# Lancashire County Council\n\nLancashire County Council report.\n\n" + paragraph + "\n", diagnostics, "long.txt");
        var found = new MetricRuleExtractor().Extract(document, diagnostics).OfType<MetricMention>().Where(m => m.Text.EndsWith('%')).ToList();
        Assert.All(found, m => Assert.Equal(paragraph, m.Sentence));
        return [.. found.Select(m => (m.Text, m.Role, m.Period))];
    }
}
