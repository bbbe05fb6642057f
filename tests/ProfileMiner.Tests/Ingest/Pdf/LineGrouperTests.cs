using ProfileMiner.Ingest.Pdf;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>Lines cut into runs at cell gaps, tested on words placed by hand (points, 10 pt type, a cell gap of 5.5 pt).</summary>
public sealed class LineGrouperTests
{
    [Fact]
    public void A_justified_line_of_a_narrow_column_stays_one_run()
    {
        // Spaces stretched to 7.3 pt, past the cell gap, all alike.
        var line = Spaced(453, 7.3, "and", "additional", "posts", "recruited", "to", "drive", "service", "improvement", "and");

        var runs = Runs(line);

        Assert.Equal(["and additional posts recruited to drive service improvement and"], runs);
    }

    [Fact]
    public void A_justified_stretch_beside_the_cells_of_its_row_joins_only_its_own_words()
    {
        var line = new List<PdfWord>
        {
            Word("Local", 100, 125), Word("Member", 128.5, 165), Word("Grants", 168.5, 198),
            Word("1.0", 240, 251), Word("0.9", 291, 302), Word("-0.1", 338, 353),
        };
        line.AddRange(Spaced(453, 6.8, "This", "underspend", "reflects", "current", "forecast"));

        var runs = Runs(line);

        Assert.Equal(["Local Member Grants", "1.0", "0.9", "-0.1", "This underspend reflects current forecast"], runs);
    }

    [Theory]
    [InlineData(7.0, "Q1", "Q2", "Q3", "Q4")]
    [InlineData(7.0, "Budget", "Forecast", "Variance", "Movement")]
    [InlineData(24.0, "care", "homes", "nursing", "beds")]
    public void Evenly_spaced_cells_that_are_not_prose_stay_apart(double gap, params string[] words)
    {
        // Headings and codes (capitalised), or words a whole column apart.
        var runs = Runs(Spaced(100, gap, words));

        Assert.Equal(words, runs);
    }

    [Fact]
    public void Unevenly_spaced_single_words_stay_apart()
    {
        var line = new List<PdfWord> { Word("care", 100, 120), Word("homes", 126, 150), Word("nursing", 160, 190), Word("beds", 198, 215), Word("respite", 231, 262) };

        Assert.Equal(["care", "homes", "nursing", "beds", "respite"], Runs(line));
    }

    private static List<string> Runs(List<PdfWord> line) => [.. LineGrouper.SplitRuns(line, PdfReaderOptions.Default.CellGapEm).Select(r => r.Text)];

    // Words of 4.5 pt a letter, each the given gap after the one before.
    private static List<PdfWord> Spaced(double left, double gap, params string[] words)
    {
        var line = new List<PdfWord>();
        foreach (var w in words)
        {
            var right = left + (4.5 * w.Length);
            line.Add(Word(w, left, right));
            left = right + gap;
        }

        return line;
    }

    private static PdfWord Word(string text, double left, double right) => new(text, left, right, 98, 107, 100, 10, false);
}
