using ProfileMiner.Index;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Index;

/// <summary>The two judged query sets of corpus/queries load, and every judged passage names a line of a file that is there.</summary>
public sealed class JudgedQueriesTests
{
    private static readonly string[] s_kinds = ["keywords", "paraphrase", "acronym", "phrase", "filtered"];

    private static string First => Path.Combine(RepoPaths.Root, "corpus", "queries", "queries.jsonl");

    private static string Second => Path.Combine(RepoPaths.Root, "corpus", "queries", "unseen.jsonl");

    private static string SharedDocs => Path.Combine(RepoPaths.Shared, "real", "docs");

    [Fact]
    public void Both_sets_load_with_unique_ids_and_known_kinds()
    {
        var first = RelevanceQuery.Load(First);
        var second = RelevanceQuery.Load(Second);

        Assert.Equal(30, first.Count);
        Assert.True(second.Count >= 40, "the second set has at least 40 queries");
        var all = first.Concat(second).ToList();
        Assert.Equal(all.Count, all.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, q => Assert.Contains(q.Kind, s_kinds));
        Assert.All(s_kinds, kind => Assert.True(second.Count(q => q.Kind == kind) >= 8, $"at least 8 {kind} queries in the second set"));
        Assert.All(all, q => Assert.NotEmpty(q.Relevant));
    }

    [Fact]
    public void Second_set_judgments_of_the_repository_name_lines_of_its_files()
    {
        var queries = RelevanceQuery.Load(Second).Where(q => q.Corpus == RelevanceQuery.RepositoryCorpus).ToList();
        Assert.NotEmpty(queries);
        string[] folders = [RepoPaths.Seeds, Path.Combine(RepoPaths.Root, "corpus", "real", "docs")];
        foreach (var query in queries)
        {
            foreach (var passage in query.Relevant)
            {
                var file = folders.Select(f => Path.Combine(f, passage.Doc)).FirstOrDefault(File.Exists);
                Assert.True(file is not null, $"{query.Id}: {passage.Doc} is not a file of the repository's corpus");
                AssertLine(query.Id, file!, passage);
            }
        }
    }

    [SkippableFact]
    public void Second_set_judgments_of_the_development_set_name_lines_of_its_files()
    {
        SharedData.Require(Directory.Exists(SharedDocs), "../shared/real/docs");
        foreach (var query in RelevanceQuery.Load(Second).Where(q => q.Corpus == RelevanceQuery.SharedCorpus))
        {
            foreach (var passage in query.Relevant)
            {
                var file = new[] { RepoPaths.Seeds, Path.Combine(RepoPaths.Root, "corpus", "real", "docs"), SharedDocs }
                    .Select(f => Path.Combine(f, passage.Doc)).FirstOrDefault(File.Exists);
                Assert.True(file is not null, $"{query.Id}: {passage.Doc} is in none of the corpus folders");
                AssertLine(query.Id, file!, passage);
            }
        }
    }

    private static void AssertLine(string id, string file, JudgedPassage passage)
    {
        var lines = File.ReadAllLines(file);
        Assert.True(passage.Line >= 1 && passage.Line <= lines.Length, $"{id}: {passage.Place} is past the end of the file");
        var line = lines[passage.Line - 1];
        Assert.False(string.IsNullOrWhiteSpace(line), $"{id}: {passage.Place} is a blank line");
        if (passage.Starts is { } starts)
        {
            Assert.Contains(JudgedPassage.Normalise(starts), JudgedPassage.Normalise(line), StringComparison.Ordinal);
        }
    }
}
