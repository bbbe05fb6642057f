using System.Text;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Decides, once the whole document is read, what each line-end hyphen break was. A typesetter's
/// hyphenation splits a word into pieces that are not words ("re-" / "ablement" is "reablement");
/// a word processor that breaks lines only at real hyphens leaves compounds of two words
/// ("technology-" / "enabled"). So the hyphen is kept when the document spells the word with a
/// hyphen elsewhere, or when both parts occur as words of their own (or the first is a prefix
/// English writes with a hyphen, "self-", "non-"), unless the joined word occurs in the document.
/// </summary>
internal static class HyphenResolver
{
    private static readonly HashSet<string> s_hyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "self", "non", "co", "cross", "well", "multi", "ex", "all", "half", "semi", "anti", "post", "pre",
        "mid", "part", "full", "long", "short", "high", "low", "user",
    };

    public static bool Contains(string text) => text.Contains(PdfPageExtractor.HyphenBreak, StringComparison.Ordinal);

    /// <summary>Counts the document's words, hyphenated and not, for <see cref="Resolve"/>.</summary>
    public static void CountWords(string text, Dictionary<string, int> vocabulary)
    {
        foreach (var word in text.Split(' '))
        {
            var core = word.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '“', '”', '‘', '’', '[', ']');
            if (core.Length > 1 && !Contains(core))
            {
                var key = core.ToLowerInvariant();
                vocabulary[key] = vocabulary.GetValueOrDefault(key) + 1;
                if (key.Contains('-', StringComparison.Ordinal))
                {
                    foreach (var part in key.Split('-', StringSplitOptions.RemoveEmptyEntries))
                    {
                        vocabulary[part] = vocabulary.GetValueOrDefault(part) + 1;
                    }
                }
            }
        }
    }

    public static string Resolve(string text, Dictionary<string, int> vocabulary)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != PdfPageExtractor.HyphenBreak)
            {
                sb.Append(text[i]);
                continue;
            }

            var start = i;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
            {
                end++;
            }

            var head = text[start..i];
            var tail = text[(i + 1)..end];
            var joined = string.Concat(head, tail).ToLowerInvariant();
            var hyphenated = string.Concat(head, "-", tail).ToLowerInvariant();
            var tailWord = tail.Split('-')[0].ToLowerInvariant();
            var keep = !vocabulary.ContainsKey(joined)
                && (vocabulary.ContainsKey(hyphenated)
                    || s_hyphenPrefixes.Contains(head)
                    || (head.Length > 1 && tailWord.Length > 1 && vocabulary.ContainsKey(head.ToLowerInvariant()) && vocabulary.ContainsKey(tailWord)));
            if (keep)
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }
}
