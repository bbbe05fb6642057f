using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ProfileMiner.Extract.Themes;

/// <summary>
/// The reviewed phrase lexicon of every theme. A phrase is a sequence of lower-case words; a word
/// ending in <c>*</c> matches any word it begins (<c>safeguard*</c>: safeguarding, safeguards); a
/// phrase may carry a weight (<c>respite | 0.7</c>, default 1). Hyphens and slashes separate words, so
/// <c>strengths based</c> matches "strengths-based". A theme's raw score is the sum of the weights of
/// its phrases found in a text, each repeat adding a quarter (at most three repeats).
/// Thread-safe after construction.
/// </summary>
public sealed partial class ThemeLexicon
{
    private static readonly Lazy<ThemeLexicon> s_default = new(() => new ThemeLexicon(ThemeCatalogue.Default));

    private readonly Phrase[] _phrases;
    private readonly FrozenDictionary<string, int[]> _byWord;
    private readonly FrozenDictionary<string, int[]> _byPrefix;
    private readonly int _longestPrefix;

    /// <summary>Builds the lexicon of <paramref name="catalogue"/>'s themes.</summary>
    public ThemeLexicon(ThemeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Catalogue = catalogue;
        var phrases = new List<Phrase>();
        for (var theme = 0; theme < catalogue.Count; theme++)
        {
            foreach (var raw in catalogue.LexiconTexts[theme].ReplaceLineEndings("\n").Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var weight = 1.0;
                var bar = line.IndexOf('|', StringComparison.Ordinal);
                if (bar >= 0)
                {
                    weight = double.Parse(line[(bar + 1)..].Trim(), CultureInfo.InvariantCulture);
                    line = line[..bar].Trim();
                }

                var words = PhraseWord().Matches(line.ToLowerInvariant()).Select(m => m.Value).ToArray();
                if (words.Length > 0)
                {
                    phrases.Add(new Phrase(theme, words, weight));
                }
            }
        }

        _phrases = [.. phrases];
        _byWord = Group(w => !w.EndsWith('*'), w => w);
        _byPrefix = Group(w => w.EndsWith('*'), w => w[..^1]);
        _longestPrefix = _byPrefix.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();

        FrozenDictionary<string, int[]> Group(Func<string, bool> keep, Func<string, string> key) =>
            _phrases.Select((p, i) => (p, i)).Where(x => keep(x.p.Words[0]))
                .GroupBy(x => key(x.p.Words[0]), StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The lexicon of the shipped themes.</summary>
    public static ThemeLexicon Default => s_default.Value;

    /// <summary>The themes scored.</summary>
    public ThemeCatalogue Catalogue { get; }

    /// <summary>The number of phrases.</summary>
    public int PhraseCount => _phrases.Length;

    /// <summary>Raw scores of <paramref name="text"/>, one per theme (0 when none of its phrases occurs).</summary>
    public double[] Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new double[Catalogue.Count];
        var words = Tokenize(text);
        var hits = new Dictionary<int, int>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (_byWord.TryGetValue(word, out var exact))
            {
                Try(exact, i);
            }

            for (var length = Math.Min(word.Length, _longestPrefix); length >= 1; length--)
            {
                if (_byPrefix.TryGetValue(word[..length], out var prefixed))
                {
                    Try(prefixed, i);
                }
            }
        }

        foreach (var (phrase, count) in hits)
        {
            scores[_phrases[phrase].Theme] += _phrases[phrase].Weight * (1 + (0.25 * Math.Min(count - 1, 3)));
        }

        return scores;

        void Try(int[] candidates, int at)
        {
            foreach (var id in candidates)
            {
                if (_phrases[id].MatchesAt(words, at))
                {
                    hits[id] = hits.GetValueOrDefault(id) + 1;
                }
            }
        }
    }

    /// <summary>The words the lexicon sees: lower case, split at spaces, hyphens, slashes and punctuation; <c>£</c> is a word.</summary>
    internal static string[] Tokenize(string text) =>
        [.. TextWord().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value)];

    [GeneratedRegex(@"£|[a-z0-9&]+(?:'[a-z]+)?")]
    private static partial Regex TextWord();

    [GeneratedRegex(@"£|[a-z0-9&]+(?:'[a-z]*)?\*?")]
    private static partial Regex PhraseWord();

    private sealed record Phrase(int Theme, string[] Words, double Weight)
    {
        public bool MatchesAt(string[] words, int at)
        {
            if (at + Words.Length > words.Length)
            {
                return false;
            }

            for (var j = 0; j < Words.Length; j++)
            {
                var pattern = Words[j];
                var word = words[at + j];
                var ok = pattern.EndsWith('*')
                    ? word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
                    : word == pattern;
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
