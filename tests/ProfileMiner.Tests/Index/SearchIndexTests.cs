using ProfileMiner.Diagnostics;
using ProfileMiner.Index;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Tests.Index;

public sealed class SearchIndexTests
{
    [Fact]
    public async Task An_acronym_query_finds_the_spelled_out_words_and_marks_them()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();

        var result = index.Search(new SearchRequest { Query = "DToC" });

        var texts = result.Hits.Select(h => h.Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("Delayed transfers of care fell", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("DToC remained", StringComparison.Ordinal));
        var bury = result.Hits.Single(h => h.Council == "Bury");
        Assert.Equal("**Delayed transfers of care** fell by 12% in 2016/17 after the discharge team moved into the hospital.", bury.Snippet);
        Assert.Equal([(0, 25)], bury.Marks.ToArray());
    }

    [Fact]
    public async Task Stemming_matches_other_forms_of_a_word()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();

        var hit = Assert.Single(index.Search(new SearchRequest { Query = "carer assessment" }).Hits, h => h.Text.Contains("assessments", StringComparison.Ordinal));
        Assert.Contains("**carers' assessments**", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_stemming_or_synonyms_those_queries_miss()
    {
        using var corpus = new SearchCorpus(withCopy: false, SearchIndexOptions.Default with { Stemmer = StemmerKind.None, UseSynonyms = false });
        using var index = await corpus.IndexAsync(SearchRanking.Default with { Thesaurus = null });

        Assert.DoesNotContain(index.Search(new SearchRequest { Query = "\"carer assessment\"" }).Hits, h => h.Council == "Bury");
        Assert.DoesNotContain(index.Search(new SearchRequest { Query = "dtoc" }).Hits, h => h.Council == "Bury");
    }

    [Fact]
    public async Task Fielded_queries_and_filters_narrow_the_results()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();

        var fielded = index.Search(new SearchRequest { Query = "hospital AND council:wigan" });
        Assert.NotEmpty(fielded.Hits);
        Assert.All(fielded.Hits, h => Assert.Equal("Wigan", h.Council));

        var filtered = index.Search(new SearchRequest { Query = "hospital", Councils = ["BURY"] });
        Assert.NotEmpty(filtered.Hits);
        Assert.All(filtered.Hits, h => Assert.Equal("Bury", h.Council));

        var phrase = index.Search(new SearchRequest { Query = "\"shared lives\"" });
        Assert.Equal("Wigan", Assert.Single(phrase.Hits).Council);

        var wildcard = index.Search(new SearchRequest { Query = "employ*" });
        Assert.Contains(wildcard.Hits, h => h.Text.Contains("paid employment", StringComparison.Ordinal));

        var fuzzy = index.Search(new SearchRequest { Query = "quartle~" });
        Assert.Contains(fuzzy.Hits, h => h.Text.Contains("top quartile", StringComparison.Ordinal));

        var negated = index.Search(new SearchRequest { Query = "hospital NOT discharge" });
        Assert.DoesNotContain(negated.Hits, h => h.Text.Contains("discharge", StringComparison.OrdinalIgnoreCase) || (h.Heading ?? string.Empty).Contains("discharge", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(negated.Hits);
    }

    [Fact]
    public async Task Facets_count_the_whole_result_set_not_only_the_hits_shown()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();

        var result = index.Search(new SearchRequest { Query = "hospital OR carers OR payments", Top = 1 });

        Assert.Single(result.Hits);
        var councils = result.Facets[IndexFields.Council].ToDictionary(f => f.Value, f => f.Count);
        Assert.Equal(result.Total, councils.Values.Sum());
        Assert.True(councils["Bury"] >= 2 && councils["Wigan"] >= 2, string.Join(", ", councils));
        Assert.Equal(result.Total, result.Facets[IndexFields.Kind].Sum(f => f.Count));
        Assert.Contains(result.Facets[IndexFields.Year], f => f.Value == "2017");
    }

    [Fact]
    public async Task Kind_and_year_filters_use_the_documents_kind_and_period()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        var content = await corpus.ContentAsync();
        using var index = await corpus.IndexAsync();
        var bury = content.Documents.Single(d => d.Source.File == "bury.md");
        var kind = DocumentKinds.Name(bury.Kind);

        var result = index.Search(new SearchRequest { Query = "hospital", Kinds = [kind] });
        Assert.All(result.Hits, h => Assert.Equal(kind, h.Kind));

        Assert.NotEmpty(index.Search(new SearchRequest { Query = "hospital", Years = ["2016-"] }).Hits);
        Assert.Empty(index.Search(new SearchRequest { Query = "hospital", Years = ["2019-2020"] }).Hits);
        var error = Assert.Throws<ProfileMinerException>(() => index.Search(new SearchRequest { Query = "hospital", Years = ["last year"] }));
        Assert.Equal(DiagnosticCodes.SearchOptionInvalid, error.Diagnostics[0].Code);
    }

    [Fact]
    public async Task The_same_passage_in_two_documents_is_one_hit_naming_the_other()
    {
        using var corpus = new SearchCorpus(withCopy: true);
        using var index = await corpus.IndexAsync();

        var result = index.Search(new SearchRequest { Query = "\"carer strategy\"" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal(2, result.Passages);
        Assert.Equal(1, result.Total);
        var other = Assert.Single(hit.AlsoIn);
        Assert.NotEqual(hit.Doc, other.Doc);
        Assert.Equal(["bury-copy.md", "bury.md"], new[] { hit.Doc, other.Doc }.Order(StringComparer.Ordinal));
        Assert.Equal(1, result.Facets[IndexFields.Council].Single(f => f.Value == "Bury").Count);
    }

    [Theory]
    [InlineData("carers AND", "column 10")]
    [InlineData("(carers OR hospital", "column 19")]
    [InlineData("\"shared lives", "not closed")]
    [InlineData("council:", "column 8")]
    public async Task A_malformed_query_is_one_error_with_its_position(string query, string expected)
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();

        var e = Assert.Throws<ProfileMinerException>(() => index.Search(new SearchRequest { Query = query }));

        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticCodes.QueryInvalid, diagnostic.Code);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', diagnostic.Message);
    }

    [Fact]
    public async Task More_like_this_finds_related_passages_but_not_the_passage_itself()
    {
        using var corpus = new SearchCorpus(withCopy: true);
        using var index = await corpus.IndexAsync();
        var source = index.Search(new SearchRequest { Query = "\"discharge team\"" }).Hits[0];

        var result = index.Search(new SearchRequest { Like = source.Key });

        Assert.NotEmpty(result.Hits);
        Assert.DoesNotContain(result.Hits, h => h.Text == source.Text);
        Assert.Contains(result.Hits, h => h.Text.Contains("hospital", StringComparison.Ordinal));
        Assert.Equal(source.Key, index.Resolve($"{source.Doc}:{source.Line}"));
        var missing = Assert.Throws<ProfileMinerException>(() => index.Search(new SearchRequest { Like = "bury.md:9999" }));
        Assert.Equal(DiagnosticCodes.PassageNotFound, missing.Diagnostics[0].Code);
    }

    [Fact]
    public async Task Themes_from_theme_assignments_are_indexed_faceted_and_filtered()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        var content = await corpus.ContentAsync();
        var wigan = content.Documents.Single(d => d.Source.File == "wigan.md");
        var passage = PassageEnumerator.Of(wigan).Single(p => p.Block.Text.StartsWith("The Shared Lives", StringComparison.Ordinal));
        var theme = new ThemeAssignment
        {
            Doc = passage.Doc,
            Council = passage.Council,
            Source = passage.Block.Source,
            Sentence = passage.Block.Text,
            Extractor = "themes.test",
            Themes = ["carers", "housing"],
            Scores = [0.9, 0.6],
            BlockIndex = passage.BlockIndex,
            SectionId = passage.SectionId,
        };
        using var index = await corpus.IndexAsync(theme);

        var result = index.Search(new SearchRequest { Query = "carers" });
        Assert.Equal(1, result.Facets[IndexFields.Theme].Single(f => f.Value == "carers").Count);
        var filtered = index.Search(new SearchRequest { Query = "carers", Themes = ["carers"] });
        var hit = Assert.Single(filtered.Hits);
        Assert.Equal(["carers", "housing"], hit.Themes.ToArray());
        Assert.Single(index.Search(new SearchRequest { Query = "theme:housing" }).Hits);
    }

    [Fact]
    public async Task Passages_with_metrics_can_be_asked_for()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();

        var result = index.Search(new SearchRequest { Query = "has_metrics:true AND council:bury" });

        Assert.Contains(result.Hits, h => h.Text.Contains("12%", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Hits, h => h.Text.StartsWith("Name of Local Authority", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Context_gives_the_passages_around_a_hit_in_document_order()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();
        var hit = index.Search(new SearchRequest { Query = "\"shared lives\"" }).Hits[0];

        var context = index.Context(hit.Key, 2);

        Assert.Equal(hit.Text, Assert.Single(context, c => c.IsTarget).Text);
        Assert.True(context.Length >= 3);
        Assert.Contains(context, c => c.Text.StartsWith("DToC remained", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hits_name_their_documents_title_and_link_to_the_file()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();

        var hit = index.Search(new SearchRequest { Query = "\"shared lives\"" }).Hits[0];

        Assert.Equal("Wigan improvement profile 2016/17", hit.Title);
        Assert.Equal(Path.GetFullPath(corpus.Temp.File("in/wigan.md")), hit.SourcePath);
        Assert.StartsWith("file:///", hit.Link, StringComparison.Ordinal);
        Assert.EndsWith("wigan.md", hit.Link, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Wigan improvement profile 2016/17\"", SearchResultJson.Serialize(index.Search(new SearchRequest { Query = "\"shared lives\"" })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_marks_where_the_query_matches_each_passage()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using var index = await corpus.IndexAsync();
        var hit = index.Search(new SearchRequest { Query = "\"shared lives\"" }).Hits[0];

        var context = index.Context(hit.Key, 2, "DToC carers");

        var target = Assert.Single(context, c => c.IsTarget);
        Assert.Equal(["carers"], target.Marks.Select(m => target.Text[m.Start..m.End]).ToArray());
        var dtoc = Assert.Single(context, c => c.Text.StartsWith("DToC", StringComparison.Ordinal));
        Assert.Equal(["DToC"], dtoc.Marks.Select(m => dtoc.Text[m.Start..m.End]).ToArray());
        Assert.All(index.Context(hit.Key, 2), c => Assert.Empty(c.Marks));
    }

    [Fact]
    public async Task Rebuilding_replaces_the_index_whole_and_leaves_no_temp_folder()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using (var first = await corpus.IndexAsync())
        {
            Assert.Empty(first.Search(new SearchRequest { Query = "telecare" }).Hits);
        }

        corpus.Temp.Write("in/oldham.md", "# Oldham strategy\n\nName of Local Authority: Oldham\n\nTelecare now supports 4,000 people at home.\n");
        File.Delete(corpus.Temp.File("in/wigan.md"));
        using var second = await corpus.IndexAsync();

        Assert.Single(second.Search(new SearchRequest { Query = "assistive technology" }).Hits);
        Assert.Empty(second.Search(new SearchRequest { Query = "\"shared lives\"" }).Hits);
        Assert.Equal(["index"], Directory.EnumerateDirectories(corpus.Output).Select(Path.GetFileName).Where(n => n!.Contains("index", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_missing_index_says_how_to_build_one()
    {
        using var temp = new ProfileMiner.Tests.Support.TempDirectory();
        var e = Assert.Throws<ProfileMinerException>(() => SearchIndex.Open(temp.Path));
        Assert.Equal(DiagnosticCodes.IndexMissing, e.Diagnostics[0].Code);
        Assert.Contains("profileminer run", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_index_folder_or_an_index_of_another_version_says_which_and_how_to_rebuild()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        using (await corpus.IndexAsync())
        {
        }

        var folder = SearchIndexOptions.IndexFolder(corpus.Output);
        var manifest = File.ReadAllText(Path.Combine(folder, IndexManifest.FileName));
        File.WriteAllText(Path.Combine(folder, IndexManifest.FileName), manifest.Replace($"\"format\": {IndexManifest.CurrentFormat}", "\"format\": 1", StringComparison.Ordinal));
        var old = Assert.Throws<ProfileMinerException>(() => SearchIndex.OpenFolder(folder));
        Assert.Contains("built by another version of ProfileMiner", old.Diagnostics[0].Message, StringComparison.Ordinal);

        // The folder is free again: the Lucene files opened beside the manifest were closed.
        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var empty = Assert.Throws<ProfileMinerException>(() => SearchIndex.OpenFolder(folder));
        Assert.Equal(DiagnosticCodes.IndexMissing, empty.Diagnostics[0].Code);
        Assert.Contains("there is no search index", empty.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
