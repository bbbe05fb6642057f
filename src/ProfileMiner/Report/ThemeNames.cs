using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Report;

/// <summary>Display names of theme ids, from the shipped <see cref="ThemeCatalogue"/>; other ids are shown humanised.</summary>
internal static class ThemeNames
{
    /// <summary>The name of <paramref name="id"/>: THEMES.md's, else the id with <c>_</c> as spaces and a capital first letter.</summary>
    public static string Name(string id)
    {
        var catalogue = ThemeCatalogue.Default;
        if (catalogue.IndexOf(id) is var index and >= 0)
        {
            return catalogue.Names[index];
        }

        var spaced = id.Replace('_', ' ').Trim();
        return spaced.Length == 0 ? id : string.Concat(char.ToUpperInvariant(spaced[0]).ToString(), spaced[1..]);
    }
}
