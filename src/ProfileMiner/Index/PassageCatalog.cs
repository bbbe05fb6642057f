using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProfileMiner.Model;
using ProfileMiner.Segment;
using ProfileMiner.Tables;

namespace ProfileMiner.Index;

/// <summary>Turns what a run found into the passages the index holds, with themes, metric and claim flags and duplicate groups.</summary>
internal static class PassageCatalog
{
    public static List<IndexedPassage> From(RunTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var themes = new Dictionary<(string Doc, int Block), List<string>>();
        foreach (var row in tables.Themes.Where(r => r.Place.Block is not null))
        {
            var key = (row.Place.Document, row.Place.Block!.Value);
            if (!themes.TryGetValue(key, out var list))
            {
                themes[key] = list = [];
            }

            if (!list.Contains(row.Theme, StringComparer.Ordinal))
            {
                list.Add(row.Theme);
            }
        }

        var withMetrics = tables.Metrics.Where(r => r.Place.Block is not null).Select(r => (r.Place.Document, r.Place.Block!.Value)).ToHashSet();
        var withClaims = tables.Claims.Where(r => r.Place.Block is not null).Select(r => (r.Place.Document, r.Place.Block!.Value)).ToHashSet();
        var passages = new List<IndexedPassage>();
        foreach (var document in tables.SourceDocuments)
        {
            var file = document.Source.File;
            var kind = DocumentKinds.Name(document.Kind);
            var sourcePath = SourcePathOf(document.Source.Path);
            var years = Years(document.Period);
            foreach (var passage in PassageEnumerator.Of(document))
            {
                var block = passage.Block;
                if (string.IsNullOrWhiteSpace(block.Text))
                {
                    continue;
                }

                passages.Add(new IndexedPassage
                {
                    Key = KeyOf(file, passage.BlockIndex),
                    Doc = file,
                    Title = document.Title,
                    SourcePath = sourcePath,
                    BlockIndex = passage.BlockIndex,
                    Text = block.Text,
                    Heading = string.Join(" / ", passage.HeadingPath),
                    Council = passage.Council?.Name,
                    GssCode = passage.Council?.GssCode,
                    Region = passage.Council?.Region,
                    Kind = kind,
                    Block = BlockKinds.Name(block.Kind),
                    Period = document.Period?.Label,
                    Years = years,
                    Themes = themes.TryGetValue((file, passage.BlockIndex), out var themed) ? [.. themed] : [],
                    HasMetrics = withMetrics.Contains((file, passage.BlockIndex)),
                    HasClaims = withClaims.Contains((file, passage.BlockIndex)),
                    Section = passage.SectionId,
                    DuplicateOf = passage.DuplicateOf ?? document.DuplicateOf,
                    Group = GroupOf(block.Text),
                    Page = block.Source.Page,
                    Line = block.Source.Line,
                    Start = block.Source.Start,
                    End = block.Source.End,
                    Sentences = [.. block.Sentences.Select(s => (Math.Max(0, s.Start - block.Source.Start), Math.Min(block.Text.Length, s.End - block.Source.Start)))],
                });
            }
        }

        return AdoptNearDuplicates(passages);
    }

    /// <summary>
    /// A passage of a duplicate document whose text differs a little from its original (a PDF's line
    /// breaks, a paragraph cut at a column) joins the group of the original passage that holds at
    /// least 90% of its words, so the two are one hit.
    /// </summary>
    private static List<IndexedPassage> AdoptNearDuplicates(List<IndexedPassage> passages)
    {
        var primaryGroups = passages.Where(p => p.DuplicateOf is null).Select(p => p.Group).ToHashSet(StringComparer.Ordinal);
        var byDoc = passages.Where(p => p.DuplicateOf is null).GroupBy(p => p.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var inverted = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (passage.DuplicateOf is null || primaryGroups.Contains(passage.Group))
            {
                continue;
            }

            var original = passage.DuplicateOf.Split('#')[0];
            if (!byDoc.TryGetValue(original, out var candidates))
            {
                continue;
            }

            if (!inverted.TryGetValue(original, out var words))
            {
                inverted[original] = words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (var c = 0; c < candidates.Count; c++)
                {
                    foreach (var word in Words(candidates[c].Text))
                    {
                        if (!words.TryGetValue(word, out var list))
                        {
                            words[word] = list = [];
                        }

                        list.Add(c);
                    }
                }
            }

            var own = Words(passage.Text);
            if (own.Count < 3)
            {
                continue;
            }

            var shared = new Dictionary<int, int>();
            foreach (var word in own)
            {
                foreach (var c in words.GetValueOrDefault(word) ?? [])
                {
                    shared[c] = shared.GetValueOrDefault(c) + 1;
                }
            }

            if (shared.Count == 0)
            {
                continue;
            }

            var best = shared.MaxBy(kv => (kv.Value, -Math.Abs(candidates[kv.Key].Text.Length - passage.Text.Length)));
            if (best.Value >= 0.9 * own.Count)
            {
                passages[i] = passage with { Group = candidates[best.Key].Group };
            }
        }

        return passages;
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static string? SourcePathOf(string path)
    {
        try
        {
            return string.IsNullOrEmpty(path) ? null : Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The stable key of a passage: <c>file#block</c>.</summary>
    public static string KeyOf(string file, int blockIndex) => string.Create(CultureInfo.InvariantCulture, $"{file}#{blockIndex}");

    /// <summary>
    /// The duplicate group of a text: a hash of its letters and digits, lower-cased, so the same
    /// passage read from a text file and from its PDF (spacing, hyphens, quotes aside) is one group.
    /// </summary>
    public static string GroupOf(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static ImmutableArray<string> Years(Period? period)
    {
        if (period is null)
        {
            return [];
        }

        var first = period.Start.Year;
        var last = Math.Min(period.End.Year, first + 20);
        return [.. Enumerable.Range(first, last - first + 1).Select(y => y.ToString(CultureInfo.InvariantCulture))];
    }
}
