namespace ProfileMiner.Ingest.Pdf;

/// <summary>One step of a region in reading order: a text line, or a whole table as rows of cells.</summary>
internal sealed class LayoutItem
{
    private LayoutItem(LeafLine? line, List<List<string>>? rows)
    {
        Line = line;
        Rows = rows;
    }

    public LeafLine? Line { get; }

    public List<List<string>>? Rows { get; }

    public static LayoutItem ForLine(LeafLine line) => new(line, null);

    public static LayoutItem ForTable(List<List<string>> rows) => new(null, rows);
}
