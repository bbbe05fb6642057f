using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ProfileMiner.Index;

/// <summary>
/// Finds where <see cref="MarkPattern"/>s match one passage, from that passage's term vector alone
/// (positions and offsets), so marking a hit costs nothing for the rest of the index. A pattern of
/// several tokens matches as an ordered span would: each token after the one before, the match
/// shrunk to the latest start before its end, at most the pattern's slop other words inside.
/// </summary>
internal static class PassageMarker
{
    /// <summary>The character ranges the patterns match in the passage whose text term vector is <paramref name="vector"/>.</summary>
    public static List<(int Start, int End)> Find(Terms? vector, IReadOnlyCollection<MarkPattern> patterns)
    {
        var result = new List<(int Start, int End)>();
        if (vector is null || patterns.Count == 0)
        {
            return result;
        }

        var wanted = new HashSet<string>(patterns.SelectMany(p => p.Tokens), StringComparer.Ordinal);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var offsets = new Dictionary<int, (int Start, int End)>();
        var termsEnum = vector.GetEnumerator();
        DocsAndPositionsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.DocsAndPositions(null, docs, DocsAndPositionsFlags.OFFSETS);
            if (docs is null || docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            var term = termsEnum.Term.Utf8ToString();
            List<int>? list = null;
            if (wanted.Contains(term))
            {
                positions[term] = list = new List<int>(docs.Freq);
            }

            for (var i = 0; i < docs.Freq; i++)
            {
                var position = docs.NextPosition();
                list?.Add(position);
                if (docs.StartOffset < 0 || docs.EndOffset <= docs.StartOffset)
                {
                    continue;
                }

                // Tokens stacked at one position (a hyphenated word joined) widen its range.
                offsets[position] = offsets.TryGetValue(position, out var seen)
                    ? (Math.Min(seen.Start, docs.StartOffset), Math.Max(seen.End, docs.EndOffset))
                    : (docs.StartOffset, docs.EndOffset);
            }
        }

        foreach (var list in positions.Values)
        {
            list.Sort();
        }

        var matches = new HashSet<(int First, int Last)>();
        foreach (var pattern in patterns)
        {
            Match(pattern, positions, matches);
        }

        foreach (var (first, last) in matches)
        {
            var start = -1;
            var end = -1;
            for (var position = first; position <= last; position++)
            {
                if (offsets.TryGetValue(position, out var range))
                {
                    start = start < 0 ? range.Start : Math.Min(start, range.Start);
                    end = Math.Max(end, range.End);
                }
            }

            if (start >= 0 && end > start)
            {
                result.Add((start, end));
            }
        }

        return result;
    }

    /// <summary>Adds the first and last positions of each match of <paramref name="pattern"/>.</summary>
    private static void Match(MarkPattern pattern, Dictionary<string, List<int>> positions, HashSet<(int First, int Last)> matches)
    {
        var lists = new List<int>[pattern.Tokens.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            if (!positions.TryGetValue(pattern.Tokens[i], out var list))
            {
                return;
            }

            lists[i] = list;
        }

        var chosen = new int[lists.Length];
        foreach (var start in lists[0])
        {
            // Stretch: each next token at its first position after the previous one.
            chosen[0] = start;
            var found = true;
            for (var i = 1; i < lists.Length && found; i++)
            {
                var next = FirstAfter(lists[i], chosen[i - 1]);
                found = next >= 0;
                chosen[i] = next;
            }

            if (!found)
            {
                break;
            }

            // Shrink: each earlier token at its last position before the next one.
            for (var i = lists.Length - 2; i >= 0; i--)
            {
                chosen[i] = LastBefore(lists[i], chosen[i + 1]);
            }

            if (chosen[^1] - chosen[0] + 1 - lists.Length <= pattern.Slop)
            {
                matches.Add((chosen[0], chosen[^1]));
            }
        }
    }

    private static int FirstAfter(List<int> sorted, int position)
    {
        var index = sorted.BinarySearch(position + 1);
        index = index < 0 ? ~index : index;
        return index < sorted.Count ? sorted[index] : -1;
    }

    private static int LastBefore(List<int> sorted, int position)
    {
        var index = sorted.BinarySearch(position);
        index = index < 0 ? ~index : index;
        return sorted[index - 1];
    }
}
