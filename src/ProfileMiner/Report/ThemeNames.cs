using System.Collections.Frozen;

namespace ProfileMiner.Report;

/// <summary>Display names of the theme ids of THEMES.md (<c>corpus/gold/THEMES.md</c>); other ids are shown humanised.</summary>
internal static class ThemeNames
{
    private static readonly FrozenDictionary<string, string> s_names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["integration"] = "Integration with health",
        ["hospital_discharge"] = "Hospital discharge and delayed transfers",
        ["reablement"] = "Reablement and intermediate care",
        ["prevention"] = "Prevention and early help",
        ["safeguarding"] = "Safeguarding",
        ["carers"] = "Carers",
        ["personalisation"] = "Personalisation and choice",
        ["learning_disability"] = "Learning disability and autism",
        ["mental_health"] = "Mental health",
        ["dementia"] = "Dementia",
        ["care_market"] = "Care market and provider quality",
        ["residential_care"] = "Residential and nursing admissions",
        ["workforce"] = "Workforce",
        ["finance"] = "Finance and budget pressures",
        ["technology"] = "Technology and digital",
        ["user_experience"] = "User experience and outcomes",
        ["housing"] = "Housing and independent living",
        ["information_advice"] = "Information and advice",
        ["performance"] = "Performance overview",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name of <paramref name="id"/>: THEMES.md's, else the id with <c>_</c> as spaces and a capital first letter.</summary>
    public static string Name(string id)
    {
        if (s_names.TryGetValue(id, out var name))
        {
            return name;
        }

        var spaced = id.Replace('_', ' ').Trim();
        return spaced.Length == 0 ? id : string.Concat(char.ToUpperInvariant(spaced[0]).ToString(), spaced[1..]);
    }
}
