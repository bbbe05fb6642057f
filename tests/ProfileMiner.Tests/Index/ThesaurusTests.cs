using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Index;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Index;

/// <summary>The domain thesaurus: its format, what a query gains from it, and that it does not quote the second judged query set.</summary>
public sealed partial class ThesaurusTests
{
    [Fact]
    public void Sections_name_their_source_and_weight_and_entries_go_both_ways_or_one_way()
    {
        var thesaurus = Thesaurus.Parse("""
            # comment
            [acronyms 0.9] A glossary
            dtoc, delayed transfers of care
            [plain 0.5] Plain English
            leaving hospital, going home from hospital => discharge
            """, "mine.txt");

        Assert.Equal(["acronyms", "plain"], thesaurus.Sections.Select(s => s.Name).ToArray());
        Assert.Equal(0.5f, thesaurus.Sections[1].Weight);
        Assert.Equal("Plain English", thesaurus.Sections[1].Source);
        var entry = Assert.Single(thesaurus.Sections[1].Entries);
        Assert.True(entry.OneWay);
        Assert.Equal(["leaving hospital", "going home from hospital"], entry.From.ToArray());
        Assert.Equal(["discharge"], entry.To.ToArray());
        Assert.False(thesaurus.Sections[0].Entries[0].OneWay);
    }

    [Theory]
    [InlineData("dtoc, delayed transfers of care", 1, "before the first [section]")]
    [InlineData("[acronyms] A glossary", 1, "[name weight]")]
    [InlineData("[acronyms 2] A glossary", 1, "between 0 and 1")]
    [InlineData("[a 0.5] s\ndtoc, , delayed", 2, "empty entry")]
    [InlineData("[a 0.5] s\ndtoc", 2, "at least two entries")]
    [InlineData("[a 0.5] s\na => b => c", 2, "more than one")]
    public void A_malformed_line_is_one_error_naming_its_line(string text, int line, string problem)
    {
        var e = Assert.Throws<ProfileMinerException>(() => Thesaurus.Parse(text, "mine.txt"));
        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticCodes.SynonymListInvalid, diagnostic.Code);
        Assert.StartsWith($"mine.txt({line}): ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(problem, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_thesaurus_names_a_source_for_every_section_and_has_the_issues_acronyms()
    {
        var thesaurus = Thesaurus.Shipped;
        Assert.All(thesaurus.Sections, s => Assert.True(s.Source.Length > 20, $"section {s.Name} names no source"));
        var triggers = thesaurus.Sections.SelectMany(s => s.Entries).SelectMany(e => e.From).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var acronym in new[] { "dtoc", "dols", "ld", "sds", "bcf", "mash", "latc", "chc", "ascof", "ibcf", "cqc" })
        {
            Assert.Contains(acronym, triggers);
        }

        Assert.Contains("leaving hospital", triggers);
        Assert.Contains("unpaid carers", triggers);
        Assert.Contains("getting jobs", triggers);
        Assert.Contains("council-owned company", triggers);
    }

    [Fact]
    public void No_plain_English_entry_quotes_a_query_of_the_second_judged_set()
    {
        // The second set is never tuned on: a plain-English or equivalent-terms entry of two or more
        // words that is a run of one of its queries' words would be a tuned entry.
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        var queries = RelevanceQuery.Load(Path.Combine(RepoPaths.Root, "corpus", "queries", "unseen.jsonl"));
        var runs = queries.Select(q => " " + string.Join(' ', Words(analyzer, q.Request.Query)) + " ").ToList();
        var checkedSections = Thesaurus.Shipped.Sections.Where(s => s.Name is "plain" or "terms").ToList();
        Assert.Equal(2, checkedSections.Count);
        foreach (var entry in checkedSections.SelectMany(s => s.Entries))
        {
            foreach (var expression in entry.From)
            {
                var words = Words(analyzer, expression);
                if (words.Count < 2)
                {
                    continue;
                }

                var run = " " + string.Join(' ', words) + " ";
                var quoted = runs.FirstOrDefault(r => r.Contains(run, StringComparison.Ordinal));
                Assert.True(quoted is null, $"thesaurus line {entry.Line}: '{expression}' is a run of the judged query '{quoted?.Trim()}'");
            }
        }
    }

    [Theory]
    [InlineData("DToC", "Delayed transfers of care fell")]
    [InlineData("delayed transfers of care", "DToC remained")]
    [InlineData("people leaving hospital", "Delayed transfers of care fell")]
    [InlineData("unpaid carers", "We completed 1,200 carers")]
    [InlineData("learning disabilities employment", "The proportion of adults with LD")]
    [InlineData("assistive technology", "Sensors in 400 homes")]
    public async Task A_query_finds_what_the_thesaurus_says_it_means(string query, string found)
    {
        using var corpus = new SearchCorpus(withCopy: false);
        corpus.Temp.Write("in/oldham.md", "# Oldham strategy\n\nName of Local Authority: Oldham\n\n## Telecare\n\nSensors in 400 homes now alert the response team.\n");
        using var index = await corpus.IndexAsync();

        var result = index.Search(new SearchRequest { Query = query });

        Assert.Contains(result.Hits, h => h.Text.StartsWith(found, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_of_words_the_thesaurus_knows_is_one_expected_word_and_its_expression_is_marked()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync(SearchRanking.Default with { RelaxBelow = 1 });

        var result = index.Search(new SearchRequest { Query = "delayed transfers of care" });

        Assert.Equal(["delayed transfers of care"], result.ExpectedWords.ToArray());
        var wigan = Assert.Single(result.Hits, h => h.Council == "Wigan");
        Assert.StartsWith("**DToC** remained in the top quartile", wigan.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_thesaurus_the_acronym_finds_only_itself()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync(SearchRanking.Default with { Thesaurus = null });

        var hit = Assert.Single(index.Search(new SearchRequest { Query = "DToC" }).Hits);
        Assert.Equal("Wigan", hit.Council);
    }

    [Fact]
    public void A_compiled_thesaurus_read_back_expands_every_trigger_as_the_compiled_one_does()
    {
        using var temp = new TempDirectory();
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        var compiled = ThesaurusMatcher.Compile(Thesaurus.Shipped, analyzer);
        var key = ThesaurusMatcher.CacheKey(Thesaurus.Shipped, StemmerKind.Porter, 1f);
        var path = temp.File(ThesaurusMatcher.FileName);

        compiled.Save(path, key);
        var read = ThesaurusMatcher.TryLoad(path, key);

        Assert.NotNull(read);
        Assert.Equal(compiled.Longest, read.Longest);
        var triggers = Thesaurus.Shipped.Sections.SelectMany(s => s.Entries).SelectMany(e => e.From).Select(t => ThesaurusMatcher.Key(analyzer, t)).ToList();
        Assert.True(triggers.Count > 100);
        foreach (var trigger in triggers)
        {
            Assert.Equal(Describe(compiled.Lookup(trigger)), Describe(read.Lookup(trigger)));
        }
    }

    [Fact]
    public void A_compiled_thesaurus_of_another_thesaurus_stemmer_or_scale_or_a_damaged_file_is_not_read()
    {
        using var temp = new TempDirectory();
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        var key = ThesaurusMatcher.CacheKey(Thesaurus.Shipped, StemmerKind.Porter, 1f);
        var path = temp.File(ThesaurusMatcher.FileName);
        ThesaurusMatcher.Compile(Thesaurus.Shipped, analyzer).Save(path, key);

        var grown = Thesaurus.Shipped.With(Thesaurus.Parse("[local 0.5] a team's own words\nfront door, contact centre\n", "local.txt"));
        Assert.Null(ThesaurusMatcher.TryLoad(path, ThesaurusMatcher.CacheKey(grown, StemmerKind.Porter, 1f)));
        Assert.Null(ThesaurusMatcher.TryLoad(path, ThesaurusMatcher.CacheKey(Thesaurus.Shipped, StemmerKind.KStem, 1f)));
        Assert.Null(ThesaurusMatcher.TryLoad(path, ThesaurusMatcher.CacheKey(Thesaurus.Shipped, StemmerKind.Porter, 0.5f)));
        Assert.Null(ThesaurusMatcher.TryLoad(temp.File("absent"), key));

        File.AppendAllText(path, "dtoc\tnot a weight\t0\t1\tdelay\n");
        Assert.Null(ThesaurusMatcher.TryLoad(path, key));
    }

    [Fact]
    public async Task An_index_keeps_the_shipped_thesaurus_compiled_and_a_search_reads_it()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using (var index = await corpus.IndexAsync())
        {
            var bury = Assert.Single(index.Search(new SearchRequest { Query = "people leaving hospital" }).Hits, h => h.Text.StartsWith("Delayed transfers of care fell", StringComparison.Ordinal));
            Assert.Contains("**discharge**", bury.Snippet, StringComparison.Ordinal);
        }

        // The compiled file is what the search reads: with an entry taken out of it, the search no longer expands it.
        var path = Path.Combine(SearchIndexOptions.IndexFolder(corpus.Output), ThesaurusMatcher.FileName);
        var lines = File.ReadAllLines(path);
        Assert.Contains(lines, l => l.StartsWith("leav hospit\t", StringComparison.Ordinal));
        File.WriteAllLines(path, lines.Where(l => !l.StartsWith("leav hospit\t", StringComparison.Ordinal)));
        using (var index = SearchIndex.OpenFolder(SearchIndexOptions.IndexFolder(corpus.Output)))
        {
            var bury = Assert.Single(index.Search(new SearchRequest { Query = "people leaving hospital" }).Hits, h => h.Text.StartsWith("Delayed transfers of care fell", StringComparison.Ordinal));
            Assert.DoesNotContain("**discharge**", bury.Snippet, StringComparison.Ordinal);
        }

        // A thesaurus grown since the index was built is compiled when searching, with no rebuild.
        using (var index = SearchIndex.OpenFolder(SearchIndexOptions.IndexFolder(corpus.Output)))
        {
            Assert.Empty(index.Search(new SearchRequest { Query = "leading councils" }).Hits);
        }

        var grown = Thesaurus.Shipped.With(Thesaurus.Parse("[local 0.5] a team's own words\nleading councils => top quartile\n", "local.txt"));
        using (var index = SearchIndex.OpenFolder(SearchIndexOptions.IndexFolder(corpus.Output), SearchRanking.Default with { Thesaurus = grown }))
        {
            Assert.Contains(index.Search(new SearchRequest { Query = "leading councils" }).Hits, h => h.Text.StartsWith("DToC remained in the top quartile", StringComparison.Ordinal));
            Assert.Contains(index.Search(new SearchRequest { Query = "people leaving hospital" }).Hits, h => h.Snippet.Contains("**discharge**", StringComparison.Ordinal));
        }
    }

    private static string Describe(IReadOnlyList<QueryForm>? forms) =>
        forms is null ? "none" : string.Join(" | ", forms.Select(f => string.Create(CultureInfo.InvariantCulture, $"{string.Join(' ', f.Tokens)}:{f.Weight:R}:{f.Slop}:{f.Expansion}")));

    /// <summary>The analysed tokens of the words, stop words aside (stemmed: "moving" and "move" are one word).</summary>
    private static List<string> Words(PassageAnalyzer analyzer, string text) =>
        ThesaurusMatcher.Key(analyzer, WordPattern().Replace(text, " "));

    [GeneratedRegex("[\"()]")]
    private static partial Regex WordPattern();
}
