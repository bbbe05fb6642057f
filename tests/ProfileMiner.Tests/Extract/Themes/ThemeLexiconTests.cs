using System.Text.RegularExpressions;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Themes;

public sealed partial class ThemeLexiconTests
{
    private static string Best(string text)
    {
        var scores = ThemeLexicon.Default.Score(text);
        var best = Array.IndexOf(scores, scores.Max());
        Assert.True(scores[best] > 0, $"no theme phrase found in '{text}'");
        return ThemeCatalogue.Default.Ids[best];
    }

    [Fact]
    public void The_catalogue_holds_the_ids_of_THEMES_md_in_order()
    {
        var table = File.ReadAllText(Path.Combine(RepoPaths.Root, "corpus", "gold", "THEMES.md"));
        var ids = IdCell().Matches(table).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(19, ids.Count);
        Assert.Equal(ids, ThemeCatalogue.Default.Ids.ToArray());
        Assert.All(ThemeCatalogue.Default.Ids, id => Assert.True(ThemeCatalogue.Default.IndexOf(id) >= 0));
        Assert.Equal(-1, ThemeCatalogue.Default.IndexOf("weather"));
    }

    [Fact]
    public void Every_theme_has_a_lexicon_and_the_shipped_files_are_what_is_embedded()
    {
        var fromFolder = ThemeCatalogue.Load(Path.Combine(RepoPaths.Root, "corpus", "themes"));

        Assert.Equal(fromFolder.Ids.ToArray(), ThemeCatalogue.Default.Ids.ToArray());
        Assert.Equal(fromFolder.LexiconTexts.ToArray(), ThemeCatalogue.Default.LexiconTexts.ToArray());
        Assert.True(ThemeLexicon.Default.PhraseCount > 19 * 5);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "corpus", "themes", ".pmdata")));
    }

    [Theory]
    [InlineData("Safeguarding concerns and section 42 enquiries rose.", "safeguarding")]
    [InlineData("A strengths-based approach with VCFSE partners.", "prevention")]
    [InlineData("More carers' assessments were completed and respite was offered.", "carers")]
    [InlineData("Delayed transfers of care attributable to social care fell.", "hospital_discharge")]
    [InlineData("Telecare and online portals for residents.", "technology")]
    [InlineData("Direct payments and personal budgets give people choice and control.", "personalisation")]
    [InlineData("Permanent admissions to residential and nursing care homes fell.", "residential_care")]
    public void Phrases_match_words_prefixes_and_hyphenated_forms(string text, string theme) =>
        Assert.Equal(theme, Best(text));

    [Fact]
    public void Repeats_add_a_quarter_each_and_unrelated_text_scores_nothing()
    {
        var once = ThemeLexicon.Default.Score("dementia")[ThemeCatalogue.Default.IndexOf("dementia")];
        var twice = ThemeLexicon.Default.Score("dementia and dementia")[ThemeCatalogue.Default.IndexOf("dementia")];

        Assert.Equal(once * 1.25, twice, 6);
        Assert.All(ThemeLexicon.Default.Score("The quick brown fox jumps over the lazy dog."), s => Assert.Equal(0, s));
    }

    [Fact]
    public void The_lexicon_scorer_leaves_a_passage_with_no_phrase_without_themes()
    {
        var scorer = new LexiconThemeScorer();
        var scores = scorer.Score([new ThemePassage("The quick brown fox jumps over the lazy dog."), new ThemePassage("Unpaid carers need breaks.")]);

        Assert.Empty(scorer.Selection.Select(scores[0]));
        Assert.Equal("carers", scorer.Catalogue.Ids[scorer.Selection.Select(scores[1])[0].Theme]);
    }

    [GeneratedRegex(@"^\| `([a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex IdCell();
}
