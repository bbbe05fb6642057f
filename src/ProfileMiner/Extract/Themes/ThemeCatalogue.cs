using System.Collections.Frozen;
using System.Collections.Immutable;
using ProfileMiner.IO;

namespace ProfileMiner.Extract.Themes;

/// <summary>
/// The theme ids of THEMES.md with their names and reviewed lexicons, as shipped in
/// <c>corpus/themes/</c> (<c>themes.tsv</c> lists the ids; <c>&lt;id&gt;.txt</c> holds each theme's
/// phrases). The files are embedded in the library, so a run needs no data folder.
/// </summary>
public sealed class ThemeCatalogue
{
    private static readonly Lazy<ThemeCatalogue> s_default = new(LoadEmbedded);
    private readonly FrozenDictionary<string, int> _index;

    private ThemeCatalogue(ImmutableArray<string> ids, ImmutableArray<string> names, ImmutableArray<string> lexicons)
    {
        Ids = ids;
        Names = names;
        LexiconTexts = lexicons;
        _index = ids.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The shipped catalogue: the 19 themes of THEMES.md.</summary>
    public static ThemeCatalogue Default => s_default.Value;

    /// <summary>Theme ids in THEMES.md order (e.g. <c>integration</c>, <c>carers</c>).</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>Theme names, in the order of <see cref="Ids"/>.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The lexicon file text of each theme, in the order of <see cref="Ids"/>.</summary>
    internal ImmutableArray<string> LexiconTexts { get; }

    /// <summary>The number of themes.</summary>
    public int Count => Ids.Length;

    /// <summary>The position of <paramref name="id"/> in <see cref="Ids"/>, or -1 when it is not a theme.</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    /// <summary>A catalogue of the given ids, names and lexicon texts (in the format of <c>corpus/themes/*.txt</c>).</summary>
    internal static ThemeCatalogue Of(ImmutableArray<string> ids, ImmutableArray<string> names, ImmutableArray<string> lexicons) => new(ids, names, lexicons);

    /// <summary>Loads a catalogue from a folder laid out as <c>corpus/themes/</c>.</summary>
    /// <exception cref="FileNotFoundException"><c>themes.tsv</c> or a theme's lexicon file is missing.</exception>
    public static ThemeCatalogue Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Parse(File.ReadAllText(Path.Combine(folder, "themes.tsv")), id => File.ReadAllText(Path.Combine(folder, id + ".txt")));
    }

    private static ThemeCatalogue LoadEmbedded()
    {
        static string Read(string name) => EmbeddedText.Read("ProfileMiner.Resources.themes." + name);
        return Parse(Read("themes.tsv"), id => Read(id + ".txt"));
    }

    private static ThemeCatalogue Parse(string tsv, Func<string, string> lexicon)
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var line in tsv.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            ids.Add(cells[0].Trim());
            names.Add(cells.Length > 1 ? cells[1].Trim() : cells[0].Trim());
        }

        return new ThemeCatalogue(ids.ToImmutable(), names.ToImmutable(), [.. ids.Select(lexicon)]);
    }
}
