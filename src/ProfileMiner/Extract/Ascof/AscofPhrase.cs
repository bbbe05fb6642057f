using System.Collections.Immutable;

namespace ProfileMiner.Extract.Ascof;

/// <summary>
/// One keyword phrase of the catalogue (<c>ascof.tsv</c>, column <c>keywords</c>): fragments joined by
/// <c> + </c> that must all occur, in any order; each fragment is alternatives joined by <c>|</c>, one of
/// which must occur as consecutive words; a fragment starting with <c>!</c> must not occur; a word ending
/// in <c>*</c> matches any word it begins. A phrase starting with a part, <c>(ii) …</c>, names that part.
/// </summary>
internal sealed class AscofPhrase
{
    private readonly ImmutableArray<Fragment> _fragments;

    private AscofPhrase(string? part, ImmutableArray<Fragment> fragments, string text)
    {
        Part = part;
        _fragments = fragments;
        Text = text;
    }

    /// <summary>The part the phrase names (roman style, or <c>1B</c>/<c>2B</c>), or null for a phrase naming the measure.</summary>
    public string? Part { get; }

    /// <summary>The phrase as the catalogue writes it.</summary>
    public string Text { get; }

    /// <exception cref="FormatException">The phrase is empty or its part tag is not a part.</exception>
    public static AscofPhrase Parse(string text)
    {
        var rest = text.Trim();
        string? part = null;
        if (rest.StartsWith('('))
        {
            var close = rest.IndexOf(')', StringComparison.Ordinal);
            part = close > 1 ? AscofCode.NormalisePart(rest[1..close]) : null;
            if (part is null)
            {
                throw new FormatException($"'{text}' starts with a bracket that is not a part");
            }

            rest = rest[(close + 1)..];
        }

        var fragments = ImmutableArray.CreateBuilder<Fragment>();
        foreach (var raw in rest.Split(" + ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var negated = raw.StartsWith('!');
            var alternatives = (negated ? raw[1..] : raw)
                .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ParseWords)
                .Where(words => words.Length > 0)
                .ToImmutableArray();
            if (alternatives.IsEmpty)
            {
                throw new FormatException($"'{text}' has an empty fragment");
            }

            fragments.Add(new Fragment(negated, alternatives));
        }

        if (fragments.Count == 0 || (part is null && fragments.All(f => f.Negated)))
        {
            throw new FormatException($"'{text}' names nothing that must occur");
        }

        return new AscofPhrase(part, fragments.ToImmutable(), text.Trim());
    }

    /// <summary>
    /// Matches the phrase against folded words. <paramref name="specificity"/> is the number of words the
    /// positive fragments matched (their longest alternatives); <paramref name="positions"/> their indices.
    /// </summary>
    public bool TryMatch(string[] words, out int specificity, out ImmutableArray<int> positions)
    {
        specificity = 0;
        positions = [];
        var covered = ImmutableArray.CreateBuilder<int>();
        foreach (var fragment in _fragments)
        {
            var best = -1;
            var bestLength = 0;
            foreach (var alternative in fragment.Alternatives)
            {
                if (alternative.Length > bestLength && IndexOf(words, alternative) is var at and >= 0)
                {
                    best = at;
                    bestLength = alternative.Length;
                }
            }

            var found = best >= 0;
            if (found == fragment.Negated)
            {
                return false;
            }

            if (!fragment.Negated)
            {
                specificity += bestLength;
                covered.AddRange(Enumerable.Range(best, bestLength));
            }
        }

        positions = covered.ToImmutable();
        return true;
    }

    private static int IndexOf(string[] words, ImmutableArray<Word> pattern)
    {
        for (var start = 0; start + pattern.Length <= words.Length; start++)
        {
            var all = true;
            for (var k = 0; k < pattern.Length && all; k++)
            {
                all = pattern[k].Matches(words[start + k]);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    // "transfer*" keeps its star through folding: fold the rest, then mark the last word as a prefix.
    private static ImmutableArray<Word> ParseWords(string alternative)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        foreach (var raw in alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = raw.EndsWith('*');
            var folded = AscofText.Words(prefix ? raw[..^1] : raw);
            for (var i = 0; i < folded.Length; i++)
            {
                words.Add(new Word(folded[i], prefix && i == folded.Length - 1));
            }
        }

        return words.ToImmutable();
    }

    private sealed record Fragment(bool Negated, ImmutableArray<ImmutableArray<Word>> Alternatives);

    private readonly record struct Word(string Text, bool Prefix)
    {
        public bool Matches(string word) =>
            Prefix ? word.StartsWith(Text, StringComparison.Ordinal) : word.Equals(Text, StringComparison.Ordinal);
    }
}
