using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using ProfileMiner.Diagnostics;
using ProfileMiner.Index;

namespace ProfileMiner.Tests.Index;

public sealed class PassageAnalyzerTests
{
    private static List<string> Terms(Analyzer analyzer, string text, string field = IndexFields.Text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static PassageAnalyzer Indexing(StemmerKind stemmer = StemmerKind.Porter) =>
        new(stemmer, SynonymList.Load(null, stemmer));

    [Fact]
    public void The_acronym_and_the_words_index_the_same_terms()
    {
        using var analyzer = Indexing();
        var acronym = Terms(analyzer, "DToC fell");
        var words = Terms(analyzer, "Delayed transfers of care fell");

        // Each side gets the other's terms, so a query for either finds both.
        Assert.Contains("dtoc", words);
        Assert.Contains("dtoc", acronym);
        Assert.Contains("transfer", acronym);
        Assert.Contains("delai", acronym);
    }

    [Theory]
    [InlineData("LD employment", "learn")]
    [InlineData("re-ablement at home", "reablement")]
    [InlineData("the Better Care Fund", "bcf")]
    [InlineData("a MASH referral", "safeguard")]
    [InlineData("DoLS applications", "liberti")]
    [InlineData("direct payments", "dp")]
    [InlineData("the VCFSE sector", "voluntari")]
    public void Domain_synonyms_expand_when_indexing(string text, string expected)
    {
        using var analyzer = Indexing();
        Assert.Contains(expected, Terms(analyzer, text));
    }

    [Fact]
    public void Stemming_folds_plurals_and_possessives_and_case()
    {
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        Assert.Equal(Terms(analyzer, "carer assessment"), Terms(analyzer, "Carers' Assessments"));
        Assert.Equal(["council", "plan"], Terms(analyzer, "Council’s plans"));
    }

    [Fact]
    public void Stop_words_are_kept_for_phrases()
    {
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        Assert.Equal(["qualiti", "of", "life"], Terms(analyzer, "quality of life"));
    }

    [Fact]
    public void Without_a_stemmer_only_case_is_folded()
    {
        using var analyzer = new PassageAnalyzer(StemmerKind.None, synonyms: null);
        Assert.Equal(["carers", "assessments"], Terms(analyzer, "Carers Assessments"));
    }

    [Fact]
    public void Keyword_fields_are_one_lower_cased_term()
    {
        using var analyzer = Indexing();
        Assert.Equal(["blackburn with darwen"], Terms(analyzer, "Blackburn with Darwen", IndexFields.Council));
    }

    [Theory]
    [InlineData("dtoc, , delayed transfers of care", 3, "empty entry")]
    [InlineData("dtoc", 3, "at least two entries")]
    [InlineData("a => b => c", 3, "more than one")]
    public void A_malformed_synonym_line_is_named_by_its_line(string line, int number, string problem)
    {
        var text = "# comment\n\n" + line + "\n";
        var e = Assert.Throws<ProfileMinerException>(() => SynonymList.Parse(text, "mine.txt", StemmerKind.Porter));
        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticCodes.SynonymListInvalid, diagnostic.Code);
        Assert.StartsWith($"mine.txt({number}): ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(problem, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_list_parses_and_covers_the_acronyms_the_issue_names()
    {
        var text = SynonymList.ShippedText().ToLowerInvariant();
        foreach (var acronym in new[] { "dtoc", "ld", "asc", "bcf", "cqc", "dols", "mash", "vcfse", "sds", "dp", "reablement" })
        {
            Assert.Contains("\n" + acronym + ",", text, StringComparison.Ordinal);
        }

        Assert.NotNull(SynonymList.Load(null, StemmerKind.KStem));
    }
}
