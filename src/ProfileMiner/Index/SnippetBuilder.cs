using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ProfileMiner.Index;

/// <summary>
/// Picks the passage's best sentence(s) for a hit from the offsets of the matched words (read from
/// the term vector) and the sentence offsets stored with the passage, and marks the matches in
/// <c>**bold**</c>. Long sentences are cut to a window around their matches.
/// </summary>
internal static class SnippetBuilder
{
    public const int MaxLength = 320;

    public static string Build(string text, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<(int Start, int End)> spans = sentences.Count > 0 ? sentences : [(0, text.Length)];
        if (marks.Count == 0)
        {
            return Trim(text, spans[0].Start, spans[0].End, marks);
        }

        // The sentence with the most distinct matched words, then the most matches, then the earliest.
        var best = 0;
        var bestScore = (-1, -1);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            var inside = marks.Where(m => m.Start >= start && m.End <= end).ToList();
            var distinct = inside.Select(m => text[m.Start..m.End].ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
            var score = (distinct, inside.Count);
            if (score.CompareTo(bestScore) > 0)
            {
                best = i;
                bestScore = score;
            }
        }

        var (from, to) = spans[best];

        // A short best sentence takes the next one too, when that one also matches.
        if (to - from < MaxLength / 3 && best + 1 < spans.Count)
        {
            var next = spans[best + 1];
            if (marks.Any(m => m.Start >= next.Start && m.End <= next.End) && next.End - from <= MaxLength)
            {
                to = next.End;
            }
        }

        return Trim(text, from, to, marks);
    }

    private static string Trim(string text, int from, int to, IReadOnlyList<(int Start, int End)> marks)
    {
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        var prefix = from > 0 ? "… " : string.Empty;
        var suffix = to < text.Length ? " …" : string.Empty;
        if (to - from > MaxLength)
        {
            // Centre a window on the first match inside the sentence, at word boundaries.
            var first = marks.Where(m => m.Start >= from && m.End <= to).Select(m => m.Start).DefaultIfEmpty(from).First();
            var windowStart = Math.Max(from, first - (MaxLength / 4));
            while (windowStart > from && !char.IsWhiteSpace(text[windowStart - 1]))
            {
                windowStart--;
            }

            var windowEnd = Math.Min(to, windowStart + MaxLength);
            while (windowEnd < to && !char.IsWhiteSpace(text[windowEnd]))
            {
                windowEnd++;
            }

            prefix = windowStart > 0 ? "… " : string.Empty;
            suffix = windowEnd < text.Length ? " …" : string.Empty;
            from = windowStart;
            to = windowEnd;
        }

        var builder = new StringBuilder(prefix, to - from + 16);
        var position = from;
        foreach (var (start, end) in JoinAdjacent(text, Merge(marks)).Where(m => m.Start >= from && m.End <= to))
        {
            builder.Append(text, position, start - position).Append("**").Append(text, start, end - start).Append("**");
            position = end;
        }

        builder.Append(text, position, to - position).Append(suffix);
        return builder.ToString().Trim();
    }

    /// <summary>Sorts marks and joins overlapping ones (a synonym's span over its words).</summary>
    public static ImmutableArray<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> marks)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var mark in marks.Where(m => m.End > m.Start).OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.End));
            }
            else
            {
                merged.Add(mark);
            }
        }

        return [.. merged];
    }

    /// <summary>Joins marks separated only by spaces or a closing quote, so a matched phrase shows as one bold run.</summary>
    private static List<(int Start, int End)> JoinAdjacent(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        var joined = new List<(int Start, int End)>();
        foreach (var mark in marks)
        {
            if (joined.Count > 0 && text.AsSpan(joined[^1].End, mark.Start - joined[^1].End).Trim(" '’").IsEmpty && mark.Start - joined[^1].End <= 3)
            {
                joined[^1] = (joined[^1].Start, mark.End);
            }
            else
            {
                joined.Add(mark);
            }
        }

        return joined;
    }

    /// <summary>Reads the stored <c>start-end,start-end</c> sentence list.</summary>
    public static List<(int Start, int End)> ParseSentences(string? stored, int length)
    {
        var list = new List<(int Start, int End)>();
        foreach (var pair in (stored ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = pair.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0
                && int.TryParse(pair.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(pair.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                && end > start && end <= length)
            {
                list.Add((start, end));
            }
        }

        return list;
    }
}
