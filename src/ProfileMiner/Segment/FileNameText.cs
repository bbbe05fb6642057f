using System.Text.RegularExpressions;

namespace ProfileMiner.Segment;

/// <summary>
/// A file's name read as words, the way a user titles a file: <c>camden-local-account-2019.txt</c>
/// is "camden local account 2019". The kind, period and title detectors read it as part of a
/// document's title zone.
/// </summary>
internal static partial class FileNameText
{
    /// <summary>The words of <paramref name="file"/>'s name without its extension, separated by single spaces.</summary>
    public static string Of(string file) => Separators().Replace(Path.GetFileNameWithoutExtension(file), " ").Trim();

    [GeneratedRegex(@"[\s_\-.]+")]
    private static partial Regex Separators();
}
