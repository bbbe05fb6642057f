using System.Collections.Immutable;
using System.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Index;

/// <summary>
/// Measures the index: relevance (nDCG@10, recall@10) of each analysis choice over judged queries,
/// indexing speed, index size and query latency, on a corpus and on that corpus repeated under other names.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>The analysis and ranking variants compared: the default first, plain case folding last.</summary>
    public static IReadOnlyList<(string Name, SearchIndexOptions Options, SearchRanking Ranking)> Variants { get; } =
    [
        ("Porter + thesaurus when searching (default)", SearchIndexOptions.Default, SearchRanking.Default),
        ("Porter, no thesaurus", SearchIndexOptions.Default, SearchRanking.Default with { Thesaurus = null }),
        ("Porter, synonyms when indexing (as before)", SearchIndexOptions.Default with { UseSynonyms = true }, SearchRanking.Default with { Thesaurus = null }),
        ("KStem + thesaurus", SearchIndexOptions.Default with { Stemmer = StemmerKind.KStem }, SearchRanking.Default),
        ("minimal stemmer + thesaurus", SearchIndexOptions.Default with { Stemmer = StemmerKind.Minimal }, SearchRanking.Default),
        ("no stemming, thesaurus", SearchIndexOptions.Default with { Stemmer = StemmerKind.None }, SearchRanking.Default),
        ("plain (case folding only)", SearchIndexOptions.Default with { Stemmer = StemmerKind.None }, SearchRanking.Default with { Thesaurus = null }),
    ];

    /// <summary>Scores every judged query against the index of <paramref name="indexFolder"/>, ranked with <paramref name="ranking"/> (the default when null).</summary>
    public static IReadOnlyList<(RelevanceQuery Query, RelevanceScore Score)> Relevance(string indexFolder, IReadOnlyList<RelevanceQuery> queries, SearchRanking? ranking = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        using var index = SearchIndex.OpenFolder(indexFolder, ranking);
        return [.. queries.Select(q => (q, RelevanceScore.Of(index.Search(q.Request), q, index.GroupOf)))];
    }

    /// <summary>Scores every judged query against the FTS5 baseline.</summary>
    public static IReadOnlyList<(RelevanceQuery Query, RelevanceScore Score)> Relevance(Fts5Baseline baseline, IReadOnlyList<RelevanceQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(queries);
        return [.. queries.Select(q => (q, RelevanceScore.Of(baseline.Search(q.Request), q, baseline.GroupOf)))];
    }

    /// <summary>The mean scores of each kind of query (<see cref="RelevanceQuery.Kind"/>), in the order kinds first appear, then all.</summary>
    public static IReadOnlyList<(string Kind, int Queries, RelevanceScore Mean)> ByKind(IReadOnlyList<(RelevanceQuery Query, RelevanceScore Score)> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var kinds = scores.GroupBy(s => s.Query.Kind.Length == 0 ? "(none)" : s.Query.Kind, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), RelevanceScore.Mean([.. g.Select(s => s.Score)])))
            .ToList();
        kinds.Add(("all", scores.Count, RelevanceScore.Mean([.. scores.Select(s => s.Score)])));
        return kinds;
    }

    /// <summary>
    /// Runs each query once on a freshly opened index (the first pass: the index's tables and the
    /// thesaurus expressions are read then), then <paramref name="repeat"/> times more, and returns
    /// both sets of latencies in milliseconds, sorted.
    /// </summary>
    public static (ImmutableArray<double> First, ImmutableArray<double> Warm) LatenciesWithFirstPass(string indexFolder, IReadOnlyList<RelevanceQuery> queries, int repeat)
    {
        ArgumentNullException.ThrowIfNull(queries);
        using var index = SearchIndex.OpenFolder(indexFolder);
        var first = new List<double>();
        foreach (var query in queries)
        {
            var stopwatch = Stopwatch.StartNew();
            index.Search(query.Request);
            first.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        var times = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            foreach (var query in queries)
            {
                var stopwatch = Stopwatch.StartNew();
                index.Search(query.Request);
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        return ([.. first.Order()], [.. times.Order()]);
    }

    /// <summary>The value at <paramref name="fraction"/> (0.5, 0.95) of sorted values.</summary>
    public static double Percentile(ImmutableArray<double> sorted, double fraction) =>
        sorted.IsEmpty ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>
    /// The corpus <paramref name="times"/> over: every document again under another file name, its
    /// councils rotated through other councils, so the index holds that many times the passages.
    /// </summary>
    public static CorpusContent Repeat(CorpusContent content, int times, IReadOnlyList<Council> councils)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(councils);
        var documents = ImmutableArray.CreateBuilder<SegmentedDocument>(content.Documents.Length * times);
        for (var copy = 0; copy < times; copy++)
        {
            foreach (var document in content.Documents)
            {
                if (copy == 0)
                {
                    documents.Add(document);
                    continue;
                }

                var prefix = FormattableString.Invariant($"copy{copy:000}-");
                documents.Add(document with
                {
                    Source = document.Source with { File = prefix + document.Source.File },
                    DuplicateOf = document.DuplicateOf is null ? null : prefix + document.DuplicateOf,
                    Sections = [.. document.Sections.Select(s => s with
                    {
                        Council = s.Council is null || councils.Count == 0 ? s.Council : councils[(copy * 7 + s.Index) % councils.Count],
                        DuplicateOf = s.DuplicateOf is null ? null : prefix + s.DuplicateOf,
                    })],
                });
            }
        }

        return new CorpusContent(documents.ToImmutable(), content.Extractions);
    }
}
