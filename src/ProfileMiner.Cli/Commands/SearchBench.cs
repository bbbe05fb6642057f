using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Extract;
using ProfileMiner.Index;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Segment;

namespace ProfileMiner.Cli.Commands;

/// <summary>The search section of <c>bench</c>: relevance of each analysis choice, indexing speed, index size and query latency.</summary>
internal static class SearchBench
{
    /// <summary>How many times the large corpus repeats the default one.</summary>
    public const int Scale = 100;

    private static readonly string s_judgments = Path.Combine("corpus", "queries", "queries.jsonl");

    public static void Write(CliContext context, string pdfFolder, string seedFolder, int threads)
    {
        var o = context.Out;
        o.WriteLine();
        o.WriteLine("## Search");
        if (!File.Exists(s_judgments))
        {
            o.WriteLine($"No judged queries at {s_judgments}; search relevance and latency not measured.");
            return;
        }

        var queries = RelevanceQuery.Load(s_judgments);
        var temp = Directory.CreateTempSubdirectory("pm-search-bench-").FullName;
        try
        {
            var builder = new PipelineBuilder().UseRuleExtractors();
            builder.Options = builder.Options with { MaxDegreeOfParallelism = threads, Ingest = builder.Options.Ingest with { UseCache = false } };
            var stopwatch = Stopwatch.StartNew();
            var run = builder.Build().RunAsync([seedFolder, pdfFolder], Path.Combine(temp, "run")).GetAwaiter().GetResult();
            var ingest = stopwatch.Elapsed;
            var content = new CorpusContent(run.Documents, run.Extractions);

            o.WriteLine();
            o.WriteLine(Invariant($"Relevance over {queries.Count} judged queries (corpus/queries/queries.jsonl) on {seedFolder} and {pdfFolder}: nDCG@10 and recall@10 (relevant hits in the first 10 over min(10, relevant)), duplicates counted once."));
            o.WriteLine();
            o.WriteLine("| analysis | nDCG@10 | recall@10 | queries improved / worse than plain |");
            o.WriteLine("| --- | ---: | ---: | ---: |");
            var scores = new List<IReadOnlyList<(RelevanceQuery Query, RelevanceScore Score)>>();
            for (var i = 0; i < SearchBenchmark.Variants.Count; i++)
            {
                var folder = Path.Combine(temp, Invariant($"variant{i}"));
                PassageIndexer.Build(content, folder, SearchBenchmark.Variants[i].Options);
                scores.Add(SearchBenchmark.Relevance(folder, queries));
            }

            var plain = scores[^1];
            for (var i = 0; i < scores.Count; i++)
            {
                var mean = RelevanceScore.Mean([.. scores[i].Select(s => s.Score)]);
                var better = scores[i].Zip(plain).Count(p => p.First.Score.Ndcg > p.Second.Score.Ndcg + 1e-9);
                var worse = scores[i].Zip(plain).Count(p => p.First.Score.Ndcg < p.Second.Score.Ndcg - 1e-9);
                o.WriteLine(Invariant($"| {SearchBenchmark.Variants[i].Name} | {mean.Ndcg:0.000} | {mean.Recall:0.000} | {better} / {worse} |"));
            }

            o.WriteLine();
            o.WriteLine("| query | filters | nDCG@10 default | nDCG@10 plain |");
            o.WriteLine("| --- | --- | ---: | ---: |");
            foreach (var (first, second) in scores[0].Zip(plain))
            {
                o.WriteLine(Invariant($"| {first.Query.Id} `{first.Query.Request.Query.Replace("|", "\\|", StringComparison.Ordinal)}` | {Filters(first.Query.Request)} | {first.Score.Ndcg:0.000} | {second.Score.Ndcg:0.000} |"));
            }

            // Timed after the builds above, so the code is compiled and warm as in a long run.
            var defaultBuild = PassageIndexer.Build(content, Path.Combine(temp, "default"), SearchIndexOptions.Default);
            var councils = CouncilDirectory.Default.Entries.Where(e => e.IsCurrent).Select(e => new Council(e.Name, e.GssCode, e.Region, true, e.Name)).ToList();
            var large = SearchBenchmark.Repeat(content, Scale, councils);
            var largeFolder = Path.Combine(temp, "large");
            var largeBuild = PassageIndexer.Build(large, largeFolder, SearchIndexOptions.Default);
            var small = SearchBenchmark.Latencies(Path.Combine(temp, "default"), queries, 20);
            var big = SearchBenchmark.Latencies(largeFolder, queries, 5);

            o.WriteLine();
            o.WriteLine(Invariant($"Indexing (Porter + synonyms, term vectors, one merged segment) and query latency (top 10 with snippets, facets over the whole result set, duplicates collapsed), {queries.Count} queries, after a warm-up pass. Ingest + segment + extract + JSON Lines of the same files took {ingest.TotalSeconds:0.00} s."));
            o.WriteLine();
            o.WriteLine("| corpus | passages | index build s | passages/s | index MB | query p50 ms | query p95 ms |");
            o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
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

    private static string Row(string name, IndexBuildResult build, System.Collections.Immutable.ImmutableArray<double> latencies) =>
        Invariant($"| {name} | {build.Passages} | {build.Elapsed.TotalSeconds:0.00} | {build.Passages / build.Elapsed.TotalSeconds:0} | {build.Bytes / 1048576.0:0.0} | {SearchBenchmark.Percentile(latencies, 0.5):0.00} | {SearchBenchmark.Percentile(latencies, 0.95):0.00} |");

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
}
