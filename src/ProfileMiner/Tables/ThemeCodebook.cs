using System.Collections.Immutable;
using System.Reflection;

namespace ProfileMiner.Tables;

/// <summary>
/// The themes' names and descriptions, read from the table of <c>THEMES.md</c> (rows
/// <c>| `id` | name | covers |</c>). <see cref="Default"/> is the copy shipped in the library.
/// </summary>
public sealed class ThemeCodebook
{
    private readonly Dictionary<string, ThemeCode> _byId;

    /// <summary>Creates a codebook from its themes, in order.</summary>
    public ThemeCodebook(IEnumerable<ThemeCode> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        Themes = [.. themes.DistinctBy(t => t.Id, StringComparer.Ordinal)];
        _byId = Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The codebook of the shipped THEMES.md.</summary>
    public static ThemeCodebook Default { get; } = LoadDefault();

    /// <summary>The themes, in THEMES.md order.</summary>
    public ImmutableArray<ThemeCode> Themes { get; }

    /// <summary>The theme with this id, or null when the codebook does not list it.</summary>
    public ThemeCode? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads the theme table of a THEMES.md text; lines that are not table rows with a back-quoted id are ignored.</summary>
    public static ThemeCodebook Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var themes = new List<ThemeCode>();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length >= 3 && cells[0].Length > 2 && cells[0][0] == '`' && cells[0][^1] == '`')
            {
                themes.Add(new ThemeCode(cells[0][1..^1], cells[1], cells[2]));
            }
        }

        return new ThemeCodebook(themes);
    }

    private static ThemeCodebook LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ProfileMiner.Export.THEMES.md")
            ?? throw new InvalidOperationException("the THEMES.md resource is missing from the library");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
