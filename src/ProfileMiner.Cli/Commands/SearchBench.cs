using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Index;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Segment;
using ProfileMiner.Tables;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The search section of <c>bench</c>: relevance of each analysis choice and of an FTS5 baseline on
/// both judged query sets (overall, by kind of query, per query), indexing speed, index size and query latency.
/// </summary>
internal static class SearchBench
{
    /// <summary>How many times the large corpus repeats the default one.</summary>
    public const int Scale = 100;

    private static readonly string s_first = Path.Combine("corpus", "queries", "queries.jsonl");
    private static readonly string s_second = Path.Combine("corpus", "queries", "unseen.jsonl");

    public static void Write(CliContext context, string pdfFolder, string seedFolder, string realFolder, string sharedFolder, int threads)
    {
        var o = context.Out;
        o.WriteLine();
        o.WriteLine("## Search");
        if (!File.Exists(s_first))
        {
            o.WriteLine($"No judged queries at {s_first}; search relevance and latency not measured.");
            return;
        }

        var first = RelevanceQuery.Load(s_first);
        var second = File.Exists(s_second) ? RelevanceQuery.Load(s_second) : [];
        var temp = Directory.CreateTempSubdirectory("pm-search-bench-").FullName;
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var content = Run([seedFolder, pdfFolder], Path.Combine(temp, "run"), threads);
            var ingest = stopwatch.Elapsed;
            var repo = Directory.Exists(realFolder) ? Concat(content, Run([realFolder], Path.Combine(temp, "run-real"), threads)) : content;
            var shared = Directory.Exists(sharedFolder) ? Concat(repo, Run([sharedFolder], Path.Combine(temp, "run-shared"), threads)) : null;

            var sets = new List<QuerySet>
            {
                new("first set", s_first, [(first, content)], Invariant($"{seedFolder} and {pdfFolder}")),
            };
            if (second.Count > 0)
            {
                var parts = new List<(IReadOnlyList<RelevanceQuery>, CorpusContent)> { ([.. second.Where(q => q.Corpus == RelevanceQuery.RepositoryCorpus)], repo) };
                var sharedQueries = second.Where(q => q.Corpus == RelevanceQuery.SharedCorpus).ToList();
                var over = Invariant($"{seedFolder}, {pdfFolder} and {realFolder}");
                if (shared is not null)
                {
                    parts.Add((sharedQueries, shared));
                    over += Invariant($" (+ {sharedFolder} for the {sharedQueries.Count} queries judged over it)");
                }
                else if (sharedQueries.Count > 0)
                {
                    o.WriteLine();
                    o.WriteLine(Invariant($"{sharedQueries.Count} of the {second.Count} queries of {s_second} skipped: they were judged over {sharedFolder}, which is not there (the development set is kept beside the checkout)."));
                }

                sets.Add(new("second set (never tuned on)", s_second, parts, over));
            }

            foreach (var set in sets)
            {
                WriteRelevance(o, set, temp);
            }

            // Timed after the builds above, so the code is compiled and warm as in a long run.
            var timed = first.Concat(second.Where(q => q.Corpus == RelevanceQuery.RepositoryCorpus)).ToList();
            var defaultBuild = PassageIndexer.Build(RunTables.Create(content), Path.Combine(temp, "default"), SearchIndexOptions.Default);
            var councils = CouncilDirectory.Default.Entries.Where(e => e.IsCurrent).Select(e => new Council(e.Name, e.GssCode, e.Region, true, e.Name)).ToList();
            var large = SearchBenchmark.Repeat(content, Scale, councils);
            var largeFolder = Path.Combine(temp, "large");
            var largeBuild = PassageIndexer.Build(RunTables.Create(large), largeFolder, SearchIndexOptions.Default);
            var small = SearchBenchmark.LatenciesWithFirstPass(Path.Combine(temp, "default"), timed, 20);
            var big = SearchBenchmark.LatenciesWithFirstPass(largeFolder, timed, 5);

            o.WriteLine();
            o.WriteLine(Invariant($"Indexing (Porter, term vectors, one merged segment) of {seedFolder} and {pdfFolder}, and query latency (top 10 with snippets, facets over the whole result set, duplicates collapsed), the {timed.Count} queries of both sets judged over the repository's files, after a first pass on the freshly opened index (its p95 in the last column). Ingest + segment + extract + JSON Lines of the same files took {ingest.TotalSeconds:0.00} s."));
            o.WriteLine();
            o.WriteLine("| corpus | passages | index build s | passages/s | index MB | query p50 ms | query p95 ms | first pass p95 ms |");
            o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            o.WriteLine(Row("default", defaultBuild, small));
            o.WriteLine(Row(Invariant($"{Scale}x (copies under other names)"), largeBuild, big));
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder; the OS cleans it.
            }
        }
    }

    private static void WriteRelevance(TextWriter o, QuerySet set, string temp)
    {
        var count = set.Parts.Sum(p => p.Queries.Count);
        o.WriteLine();
        o.WriteLine(Invariant($"Relevance, {set.Name}: {count} judged queries ({set.File}) over {set.Over}. nDCG@10 and recall@10 (relevant hits in the first 10 over min(10, relevant)), duplicates counted once."));
        o.WriteLine();
        o.WriteLine("| analysis | nDCG@10 | recall@10 | queries better / worse than plain |");
        o.WriteLine("| --- | ---: | ---: | ---: |");
        var scores = new List<IReadOnlyList<(RelevanceQuery Query, RelevanceScore Score)>>();
        for (var i = 0; i < SearchBenchmark.Variants.Count; i++)
        {
            var variantScores = new List<(RelevanceQuery, RelevanceScore)>();
            for (var p = 0; p < set.Parts.Count; p++)
            {
                var folder = Path.Combine(temp, Invariant($"relevance-{Guid.NewGuid():N}"));
                PassageIndexer.Build(RunTables.Create(set.Parts[p].Content), folder, SearchBenchmark.Variants[i].Options);
                variantScores.AddRange(SearchBenchmark.Relevance(folder, set.Parts[p].Queries, SearchBenchmark.Variants[i].Ranking));
            }

            scores.Add(variantScores);
        }

        var fts = new List<(RelevanceQuery Query, RelevanceScore Score)>();
        foreach (var part in set.Parts)
        {
            using var baseline = Fts5Baseline.Build(RunTables.Create(part.Content));
            fts.AddRange(SearchBenchmark.Relevance(baseline, part.Queries));
        }

        var plain = scores[^1];
        for (var i = 0; i < scores.Count; i++)
        {
            o.WriteLine(Line(SearchBenchmark.Variants[i].Name, scores[i], plain));
        }

        o.WriteLine(Line("FTS5 baseline (porter, bm25, words OR-ed)", fts, plain));

        o.WriteLine();
        o.WriteLine("| kind of query | queries | nDCG@10 default | recall@10 default | nDCG@10 FTS5 | recall@10 FTS5 |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var ((kind, n, mine), (_, _, theirs)) in SearchBenchmark.ByKind(scores[0]).Zip(SearchBenchmark.ByKind(fts)))
        {
            o.WriteLine(Invariant($"| {kind} | {n} | {mine.Ndcg:0.000} | {mine.Recall:0.000} | {theirs.Ndcg:0.000} | {theirs.Recall:0.000} |"));
        }

        o.WriteLine();
        o.WriteLine("| query | kind | filters | nDCG@10 default | nDCG@10 plain | nDCG@10 FTS5 |");
        o.WriteLine("| --- | --- | --- | ---: | ---: | ---: |");
        for (var q = 0; q < scores[0].Count; q++)
        {
            var query = scores[0][q].Query;
            o.WriteLine(Invariant($"| {query.Id} `{query.Request.Query.Replace("|", "\\|", StringComparison.Ordinal)}` | {query.Kind} | {Filters(query.Request)} | {scores[0][q].Score.Ndcg:0.000} | {plain[q].Score.Ndcg:0.000} | {fts[q].Score.Ndcg:0.000} |"));
        }
    }

    private static string Line(string name, IReadOnlyList<(RelevanceQuery Query, RelevanceScore Score)> scores, IReadOnlyList<(RelevanceQuery Query, RelevanceScore Score)> plain)
    {
        var mean = RelevanceScore.Mean([.. scores.Select(s => s.Score)]);
        var better = scores.Zip(plain).Count(p => p.First.Score.Ndcg > p.Second.Score.Ndcg + 1e-9);
        var worse = scores.Zip(plain).Count(p => p.First.Score.Ndcg < p.Second.Score.Ndcg - 1e-9);
        return Invariant($"| {name} | {mean.Ndcg:0.000} | {mean.Recall:0.000} | {better} / {worse} |");
    }

    private static CorpusContent Run(IReadOnlyList<string> folders, string output, int threads)
    {
        var builder = new PipelineBuilder().UseRuleExtractors();
        builder.Options = builder.Options with { MaxDegreeOfParallelism = threads, Ingest = builder.Options.Ingest with { UseCache = false } };
        var run = builder.Build().RunAsync(folders, output).GetAwaiter().GetResult();
        return new CorpusContent(run.Documents, run.Extractions);
    }

    private static CorpusContent Concat(CorpusContent a, CorpusContent b) =>
        new([.. a.Documents, .. b.Documents], [.. a.Extractions, .. b.Extractions]);

    private static string Row(string name, IndexBuildResult build, (ImmutableArray<double> First, ImmutableArray<double> Warm) latencies) =>
        Invariant($"| {name} | {build.Passages} | {build.Elapsed.TotalSeconds:0.00} | {build.Passages / build.Elapsed.TotalSeconds:0} | {build.Bytes / 1048576.0:0.0} | {SearchBenchmark.Percentile(latencies.Warm, 0.5):0.00} | {SearchBenchmark.Percentile(latencies.Warm, 0.95):0.00} | {SearchBenchmark.Percentile(latencies.First, 0.95):0.00} |");

    private static string Filters(SearchRequest request)
    {
        var parts = new List<string>();
        void Add(string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add($"--{name} {string.Join(",", values)}");
            }
        }

        Add("council", request.Councils);
        Add("region", request.Regions);
        Add("kind", request.Kinds);
        Add("year", request.Years);
        return parts.Count == 0 ? string.Empty : string.Join(" ", parts);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A judged query set and the corpora its queries were judged over.</summary>
    private sealed record QuerySet(string Name, string File, IReadOnlyList<(IReadOnlyList<RelevanceQuery> Queries, CorpusContent Content)> Parts, string Over);
}
