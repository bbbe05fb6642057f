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

    [Theory]
    [InlineData("Local Area Co-ordination", "coordin")]
    [InlineData("re-ablement at home", "reablement")]
    [InlineData("well-being", "wellb")]
    [InlineData("co‐production", "coproduct")]
    public void A_hyphenated_word_is_also_indexed_joined(string text, string joined)
    {
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        Assert.Contains(joined, Terms(analyzer, text));
    }

    [Fact]
    public void A_hyphenated_word_keeps_its_parts_so_the_spaced_spelling_finds_it()
    {
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        Assert.Equal(["self", "selfdirect", "direct", "support"], Terms(analyzer, "self-directed support"));
        Assert.Equal(["covid", "19", "18", "64"], Terms(analyzer, "Covid-19 18-64"));
    }

    [Fact]
    public void Hyphen_parts_keep_their_offsets_and_the_joined_word_spans_both()
    {
        using var analyzer = new PassageAnalyzer(StemmerKind.None, synonyms: null);
        var tokens = new List<(string Term, int Start, int End, int Increment)>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, "Local Area Co-ordination");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        }

        stream.End();
        Assert.Equal(
            [("local", 0, 5, 1), ("area", 6, 10, 1), ("co", 11, 13, 1), ("coordination", 11, 24, 0), ("ordination", 14, 24, 1)],
            tokens);
    }

    [Theory]
    [InlineData("organization", "organisation")]
    [InlineData("prioritizing", "prioritising")]
    [InlineData("behavioral", "behavioural")]
    [InlineData("pediatric", "paediatric")]
    [InlineData("centers", "centres")]
    [InlineData("counseling", "counselling")]
    [InlineData("programs", "programmes")]
    [InlineData("analyze", "analyse")]
    [InlineData("aging", "ageing")]
    public void American_spellings_index_as_the_British_ones(string american, string british)
    {
        using var analyzer = new PassageAnalyzer(StemmerKind.Porter, synonyms: null);
        Assert.Equal(Terms(analyzer, british), Terms(analyzer, american));
    }

    [Theory]
    [InlineData("size")]
    [InlineData("seize")]
    [InlineData("prize")]
    [InlineData("citizens")]
    public void Short_words_ending_in_ize_are_left_alone(string word) =>
        Assert.Equal(word, SpellingVariants.Fold(word));

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
    public void The_shipped_thesaurus_also_serves_as_an_index_time_list()
    {
        Assert.Contains("dtoc, dtc, delayed transfers of care", SynonymList.ShippedText(), StringComparison.Ordinal);
        Assert.NotNull(SynonymList.Load(null, StemmerKind.KStem));
    }
}
