using System.Globalization;

namespace ProfileMiner.Index;

/// <summary>
/// A passage judged to answer a query: its document and line, and, when several passages start on
/// that line (cells of one table row), the words it begins with.
/// </summary>
/// <param name="Doc">The document's file name.</param>
/// <param name="Line">The 1-based line the passage starts on.</param>
/// <param name="Starts">The passage's opening words, or null when it is the only passage on its line.</param>
public sealed record JudgedPassage(string Doc, int Line, string? Starts)
{
    /// <summary>The <c>doc:line</c> form of the place.</summary>
    public string Place => string.Create(CultureInfo.InvariantCulture, $"{Doc}:{Line}");

    /// <summary>True when a passage at <paramref name="place"/> (<c>doc:line</c>) with <paramref name="text"/> is this one.</summary>
    public bool Matches(string place, string text) =>
        string.Equals(place, Place, StringComparison.Ordinal)
        && (Starts is null || Normalise(text).StartsWith(Normalise(Starts), StringComparison.Ordinal));

    /// <summary>Letters and digits only, lower-cased: a PDF copy's spacing and quotes do not matter.</summary>
    internal static string Normalise(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
