namespace ProfileMiner.Tests.Support;

/// <summary>One row of the shared gold <c>councils.tsv</c>: the councils and spellings the seeds use.</summary>
internal sealed record GoldCouncil(string Name, string GssCode, string Region, IReadOnlyList<string> Aliases);

/// <summary>Reads <c>../shared/gold/councils.tsv</c> (name, gss_code, region, aliases) when it is present.</summary>
internal static class GoldCouncils
{
    public static string FilePath => Path.Combine(RepoPaths.Shared, "gold", "councils.tsv");

    public static bool Present => File.Exists(FilePath);

    public static IReadOnlyList<GoldCouncil> Load()
    {
        var rows = new List<GoldCouncil>();
        foreach (var line in File.ReadLines(FilePath).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            var aliases = cells.Length > 3
                ? cells[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            rows.Add(new GoldCouncil(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), aliases));
        }

        return rows;
    }
}
