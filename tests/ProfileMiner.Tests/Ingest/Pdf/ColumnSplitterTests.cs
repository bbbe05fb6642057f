using ProfileMiner.Ingest.Pdf;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>Where a page is cut into columns, tested on runs placed by hand (points, 9 pt type).</summary>
public sealed class ColumnSplitterTests
{
    [Fact]
    public void A_narrow_column_of_a_table_standing_in_a_wide_gap_keeps_the_table_whole()
    {
        // A landscape finance table as a council report sets it (words and runs where the PDF has
        // them): names right-aligned at 187, a header whose titles wrap ("Revenu" / "e"), three columns
        // of figures, a column of short summaries (364-442, two or three lines a row) and a column of
        // notes from 453, justified. The widest clear gap is beside the summaries' short lines; their
        // long lines cross its middle but stop short of the notes, so it is no gutter between two
        // text columns.
        (double Y, double Left, double Right, bool Bold, string Text)[] runs =
        [
            (554.7, 281.8, 353.0, false, "All figures in £m"),
            (537.0, 265.9, 302.0, true, "Revenu"), (537.0, 316.8, 352.9, true, "Revenu"),
            (531.3, 215.3, 251.4, true, "Revenu"),
            (525.5, 296.4, 302.0, true, "e"), (525.5, 347.4, 352.9, true, "e"),
            (519.8, 130.3, 187.0, true, "Key Service"), (519.8, 245.9, 251.4, true, "e"), (519.8, 363.8, 409.3, true, "Summary"), (519.8, 453.0, 480.3, true, "Detail"),
            (514.0, 263.6, 302.0, true, "Forecas"), (514.0, 316.8, 352.9, true, "Varianc"),
            (508.3, 217.0, 251.5, true, "Budget"),
            (502.5, 298.7, 302.0, true, "t"), (502.5, 347.4, 352.9, true, "e"),
            (484.8, 453.0, 469.7, false, "and"), (484.8, 477.0, 519.8, false, "additional"), (484.8, 527.1, 551.0, false, "posts"), (484.8, 558.3, 597.2, false, "recruited"), (484.8, 604.5, 612.9, false, "to"), (484.8, 620.2, 641.8, false, "drive"), (484.8, 649.1, 680.8, false, "service"), (484.8, 688.1, 745.9, false, "improvement"), (484.8, 753.2, 769.9, false, "and"),
            (473.3, 453.0, 553.7, false, "organisational change."),
            (455.6, 79.2, 187.0, false, "Older People & Physical"), (455.6, 363.8, 442.1, false, "Activity pressures"), (455.6, 453.0, 749.8, false, "Increasing levels of activity and costs associated with carer respite."),
            (444.1, 75.3, 187.0, false, "Disability Carer Support -"), (444.1, 237.5, 251.4, false, "1.7"), (444.1, 288.1, 302.0, false, "2.6"), (444.1, 333.2, 352.9, false, "+0.9"), (444.1, 363.8, 441.0, false, "beyond budgeted"),
            (432.6, 120.9, 187.0, false, "Commissioned"), (432.6, 363.8, 389.3, false, "levels"),
            (414.9, 131.4, 187.0, false, "Provision for"), (414.9, 453.0, 769.9, false, "This is the release of centrally held funds to partly offset pressures"),
            (409.2, 363.8, 411.6, false, "Release of"),
            (403.4, 86.4, 187.0, false, "Demographic Growth -"), (403.4, 453.0, 565.3, false, "across ASCH operations."),
            (397.7, 232.0, 251.4, false, "12.5"), (397.7, 288.1, 302.0, false, "1.0"), (397.7, 330.2, 352.9, false, "-11.5"), (397.7, 363.8, 422.7, false, "centrally held"),
            (391.9, 106.4, 187.0, false, "Residential Based"),
            (386.2, 363.8, 388.2, false, "funds"),
            (380.4, 148.7, 187.0, false, "Services"),
            (362.7, 131.4, 187.0, false, "Provision for"), (362.7, 453.0, 769.9, false, "This is the release of centrally held funds to partly offset pressures"),
            (357.0, 363.8, 411.6, false, "Release of"),
            (351.2, 86.4, 187.0, false, "Demographic Growth -"), (351.2, 453.0, 565.3, false, "across ASCH operations."),
            (345.5, 232.0, 251.4, false, "15.8"), (345.5, 288.1, 302.0, false, "1.2"), (345.5, 330.2, 352.9, false, "-14.5"), (345.5, 363.8, 422.7, false, "centrally held"),
            (339.7, 105.3, 187.0, false, "Community Based"),
            (334.0, 363.8, 388.2, false, "funds"),
            (328.2, 148.7, 187.0, false, "Services"),
        ];

        var regions = ColumnSplitter.Split([.. runs.Select(r => Run(r.Y, r.Left, r.Right, r.Text, r.Bold))], PdfReaderOptions.Default);

        var region = Assert.Single(regions);
        Assert.Equal(runs.Length, region.Count);
    }

    [Fact]
    public void Two_text_columns_under_a_title_across_both_are_still_two_columns()
    {
        var runs = new List<TextRun> { Run(760, 40, 550, "A title set across both columns of the page") };
        for (var i = 0; i < 12; i++)
        {
            var y = 730 - (i * 12);
            runs.Add(Run(y, 40, 280 - (i % 3 * 6), $"left column line {i} of running prose text"));
            runs.Add(Run(y, 310, 550 - (i % 2 * 9), $"right column line {i} of running prose text"));
        }

        var regions = ColumnSplitter.Split(runs, PdfReaderOptions.Default);

        Assert.Contains(regions, r => r.Count == 12 && r.All(run => run.Text.StartsWith("left", StringComparison.Ordinal)));
        Assert.Contains(regions, r => r.Count == 12 && r.All(run => run.Text.StartsWith("right", StringComparison.Ordinal)));
    }

    // One run of the given extent: its words share it out evenly.
    private static TextRun Run(double baseline, double left, double right, string text, bool bold = false)
    {
        var words = text.Split(' ');
        var step = (right - left) / words.Length;
        return new TextRun([.. words.Select((w, i) => new PdfWord(w, left + (i * step), left + ((i + 1) * step) - 3, baseline - 2, baseline + 7, baseline, 9, bold))]);
    }
}
