using ProfileMiner.Ingest.Pdf;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>Runs cut at a figure gutter, tested on words placed by hand (points, 10 pt type, a space of 3.5 pt).</summary>
public sealed class FigureGutterTests
{
    [Fact]
    public void Rows_too_far_apart_to_see_each_other_still_show_their_column_of_figures()
    {
        // Three rows 100 pt apart (the reach is 8 font sizes): each line alone shows nothing, but the
        // page's figures share one right edge.
        var lines = new List<List<PdfWord>>
        {
            Line(700, ("5", 40, 46), ("3,800.7", 90, 120), ("Innovation", 123.5, 170)),
            Line(600, ("6", 40, 46), ("41,461.2", 84, 120), ("Adult", 123.5, 150), ("Services", 152.5, 190)),
            Line(500, ("7", 40, 46), ("547.5", 96, 120), ("Carers", 123.5, 160)),
        };

        var runs = FigureGutter.Split(lines, 0.55).Select(r => r.Text).ToList();

        Assert.Equal(["5", "3,800.7", "Innovation", "6", "41,461.2", "Adult Services", "7", "547.5", "Carers"], runs);
    }

    [Fact]
    public void A_rating_in_brackets_and_prose_across_the_gap_stay_in_their_run()
    {
        var lines = new List<List<PdfWord>>
        {
            Line(700, ("Latest:", 40, 72), ("26%", 100, 120), ("(Amber)", 123.5, 160)),
            Line(600, ("Previous:", 40, 80), ("24%", 100, 120), ("(Red)", 123.5, 150)),
            Line(500, ("Target:", 40, 72), ("30%", 100, 120), ("(Green)", 123.5, 158)),

            // Prose whose neighbour line crosses the space after its figure.
            Line(300, ("In", 40, 48), ("2023", 51.5, 70), ("we", 73.5, 85)),
            Line(288, ("supported", 40, 85), ("more", 88.5, 110)),
        };

        var runs = FigureGutter.Split(lines, 0.55).Select(r => r.Text).ToList();

        Assert.Contains("26% (Amber)", runs);
        Assert.Contains("In 2023 we", runs);
    }

    private static List<PdfWord> Line(double baseline, params (string Text, double Left, double Right)[] words) =>
        [.. words.Select(w => new PdfWord(w.Text, w.Left, w.Right, baseline - 2, baseline + 7, baseline, 10, false))];
}
