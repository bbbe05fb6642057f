using System.Collections.Immutable;
using System.Text;
using ProfileMiner.Model;

namespace ProfileMiner.Segment;

/// <summary>
/// Finds text that arrives twice (a report as PDF and as text; one council's profile alone and
/// inside a regional compendium) by MinHash over word shingles (Broder, "On the resemblance and
/// containment of documents", 1997). Works on council sections; a document is a duplicate when all
/// its sections are. The copy kept for display is the first in (text before PDF, then file name) order.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>Detector with 4-word shingles, 128 hash functions and a 0.6 similarity threshold.</summary>
    public static NearDuplicateDetector Default { get; } = new(shingleWords: 4, hashCount: 128, threshold: 0.6, minimumWords: 25);

    private readonly int _shingleWords;
    private readonly ulong[] _seeds;
    private readonly double _threshold;
    private readonly int _minimumWords;

    /// <summary>Creates a detector.</summary>
    /// <param name="shingleWords">Words per shingle.</param>
    /// <param name="hashCount">Number of MinHash functions (signature length).</param>
    /// <param name="threshold">Estimated Jaccard similarity at or above which two texts are duplicates.</param>
    /// <param name="minimumWords">Sections shorter than this are never marked (too little evidence).</param>
    public NearDuplicateDetector(int shingleWords, int hashCount, double threshold, int minimumWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWords, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 8);
        _shingleWords = shingleWords;
        _threshold = threshold;
        _minimumWords = minimumWords;
        var random = new Random(20161);
        _seeds = [.. Enumerable.Range(0, hashCount).Select(_ => (ulong)random.NextInt64() | 1UL)];
    }

    /// <summary>Estimated Jaccard similarity of two texts' shingle sets (0 to 1).</summary>
    public double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var sa = Signature(a, out var wa);
        var sb = Signature(b, out var wb);
        return wa == 0 || wb == 0 ? 0 : Compare(sa, sb);
    }

    /// <summary>
    /// Returns the documents with <see cref="Section.DuplicateOf"/> and
    /// <see cref="SegmentedDocument.DuplicateOf"/> set where their text stands in another document too.
    /// The input order is kept.
    /// </summary>
    public ImmutableArray<SegmentedDocument> Mark(IReadOnlyList<SegmentedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var order = documents
            .Select((d, i) => (Document: d, Index: i))
            .OrderBy(p => p.Document.Source.Format == DocumentFormat.Pdf ? 1 : 0)
            .ThenBy(p => p.Document.Source.File, StringComparer.Ordinal)
            .ToList();

        var kept = new List<(string Id, string File, ulong[] Signature)>();
        var sectionDuplicates = new Dictionary<(int Doc, int Section), string>();
        var documentDuplicates = new Dictionary<int, string>();
        foreach (var (document, index) in order)
        {
            var eligibleWords = 0;
            var copiedWords = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var section in document.Sections)
            {
                var signature = Signature(SectionText(document.Source, section), out var words);
                if (words < _minimumWords)
                {
                    continue;
                }

                eligibleWords += words;
                var match = kept.FirstOrDefault(k => !k.File.Equals(document.Source.File, StringComparison.Ordinal) && Compare(k.Signature, signature) >= _threshold);
                if (match.Id is not null)
                {
                    sectionDuplicates[(index, section.Index)] = match.Id;
                    copiedWords[match.File] = copiedWords.GetValueOrDefault(match.File) + words;
                }
                else
                {
                    kept.Add((section.Id(document.Source.File), document.Source.File, signature));
                }
            }

            // A document is a copy when nearly all its text stands elsewhere; it points at the
            // document holding most of that text (a compendium may also repeat a single profile).
            var copied = copiedWords.Values.Sum();
            if (eligibleWords > 0 && copied >= DocumentShare * eligibleWords)
            {
                documentDuplicates[index] = copiedWords.MaxBy(p => p.Value).Key;
            }
        }

        return [.. documents.Select((d, i) => d with
        {
            DuplicateOf = documentDuplicates.GetValueOrDefault(i),
            Sections = [.. d.Sections.Select(s => s with { DuplicateOf = sectionDuplicates.GetValueOrDefault((i, s.Index)) })],
        })];
    }

    // Share of a document's words that must stand elsewhere for the whole document to be a copy.
    private const double DocumentShare = 0.9;

    private static string SectionText(SourceDocument document, Section section)
    {
        if (section.BlockCount == 0)
        {
            return string.Empty;
        }

        var start = document.Blocks[section.FirstBlock].Source.Start;
        var end = document.Blocks[section.EndBlock - 1].Source.End;
        return document.Text[start..end];
    }

    private static double Compare(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    private ulong[] Signature(string text, out int wordCount)
    {
        var words = Words(text).Select(Fnv1a).ToArray();
        wordCount = words.Length;
        var signature = new ulong[_seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        var span = Math.Max(1, Math.Min(_shingleWords, words.Length));
        for (var i = 0; i + span <= words.Length; i++)
        {
            var hash = 14695981039346656037UL;
            for (var w = i; w < i + span; w++)
            {
                hash = (hash ^ words[w]) * 1099511628211UL;
            }

            for (var k = 0; k < _seeds.Length; k++)
            {
                // One base hash, many cheap permutations: multiply by an odd seed and mix.
                var h = (hash ^ _seeds[k]) * 0x9E3779B97F4A7C15UL;
                h ^= h >> 29;
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return signature;
    }

    private static ulong Fnv1a(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
