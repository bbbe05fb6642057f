using System.Collections.Frozen;

namespace ProfileMiner.Index;

/// <summary>
/// American spellings folded into the British ones the documents use (<c>corpus/search/spellings.txt</c>,
/// shipped inside the library, with each pair's inflected forms), and -ize/-yze words folded into
/// -ise/-yse by rule. Applied to lower-cased words before stemming, when indexing and when searching.
/// </summary>
internal static class SpellingVariants
{
    private const string ResourceName = "ProfileMiner.Resources.spellings.txt";

    private static readonly string[] s_suffixes = ["", "s", "ed", "ing", "al", "ally", "able", "er", "ers", "ly", "ite", "ites", "hood", "hoods"];

    private static readonly (string From, string To)[] s_rules =
    [
        ("izations", "isations"), ("ization", "isation"), ("izers", "isers"), ("izer", "iser"), ("izing", "ising"), ("izes", "ises"), ("ized", "ised"), ("ize", "ise"),
        ("yzing", "ysing"), ("yzes", "yses"), ("yzed", "ysed"), ("yzer", "yser"), ("yze", "yse"),
    ];

    private static readonly Lazy<FrozenDictionary<string, string>> s_map = new(Load);

    /// <summary>The British form of <paramref name="word"/> (lower case), or the word itself.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (s_map.Value.TryGetValue(word, out var british))
        {
            return british;
        }

        foreach (var (from, to) in s_rules)
        {
            // Three letters before the suffix at least: "size", "seize" and "prize" stay as they are.
            if (word.Length >= from.Length + 3 && word.EndsWith(from, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - from.Length), to);
            }
        }

        return word;
    }

    /// <summary>The pairs (every inflected form) of a list in the format of <c>spellings.txt</c>.</summary>
    internal static Dictionary<string, string> Parse(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var pair = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pair.Length != 2)
            {
                throw new InvalidOperationException($"spellings.txt: '{line}' is not a pair of words");
            }

            var (american, british) = (pair[0].ToLowerInvariant(), pair[1].ToLowerInvariant());
            foreach (var suffix in s_suffixes)
            {
                map.TryAdd(Inflect(american, suffix), Inflect(british, suffix));
            }
        }

        return map;
    }

    private static string Inflect(string word, string suffix) =>
        suffix.Length > 0 && word.EndsWith('e') && "aei".Contains(suffix[0], StringComparison.Ordinal)
            ? string.Concat(word.AsSpan(0, word.Length - 1), suffix)
            : word + suffix;

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(SpellingVariants).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the spelling list is not embedded in the library");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd()).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
