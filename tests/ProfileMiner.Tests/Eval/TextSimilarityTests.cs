using System.Diagnostics;
using ProfileMiner.Eval;

namespace ProfileMiner.Tests.Eval;

public sealed class TextSimilarityTests
{
    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("Care homes rated good", "care   homes, rated GOOD.", 1.0)]
    [InlineData("a b c d", "", 0.0)]
    [InlineData("a b c d", "a b x d", 0.75)]
    [InlineData("a b c d", "d c b a", 0.25)]
    public void Ratio_matches_difflib_definition(string a, string b, double expected)
    {
        Assert.Equal(expected, TextSimilarity.Ratio(a, b), 6);
    }

    [Fact]
    public void Tokenize_keeps_letter_and_digit_runs_in_lower_case()
    {
        Assert.Equal(["18", "3", "of", "1", "300", "people", "profiles"], TextSimilarity.Tokenize("18.3% of 1,300 People; Pro\uFB01les"));
    }

    [Fact]
    public void Lcs_equals_dynamic_programming_on_random_sequences()
    {
        var random = new Random(1234);
        for (var round = 0; round < 200; round++)
        {
            var a = RandomWords(random, random.Next(0, 150));
            var b = RandomWords(random, random.Next(0, 150));
            Assert.Equal(NaiveLcs(a, b), TextSimilarity.LongestCommonSubsequence(a, b));
        }
    }

    [Fact]
    public void Lcs_of_twenty_thousand_words_is_fast()
    {
        var random = new Random(42);
        var a = RandomWords(random, 20_000, 3000);
        var b = a.Where((_, i) => i % 10 != 0).Concat(RandomWords(random, 2000, 3000)).ToList();
        var watch = Stopwatch.StartNew();
        var lcs = TextSimilarity.LongestCommonSubsequence(a, b);
        watch.Stop();
        Assert.True(lcs >= 18_000, $"lcs {lcs}");

        // Not a timing assertion: a generous bound that only an accidental quadratic-time algorithm with a large constant misses.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void StripSeedMarkup_removes_markdown_and_html()
    {
        const string seed = "# Council Improvement Profiles\n\n## LOCAL AUTHORITY : BURY\n\n---\n\n- **13** Ascof measures\n<p>How well?</p>\t<ul style=\"list-style-type: none\"><li>Provision &amp; more</li></ul>\n1A\tSocial care";
        var stripped = TextSimilarity.StripSeedMarkup(seed);
        Assert.Equal(
            ["council", "improvement", "profiles", "local", "authority", "bury", "13", "ascof", "measures", "how", "well", "provision", "more", "1a", "social", "care"],
            TextSimilarity.Tokenize(stripped));
        Assert.DoesNotContain("\t", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("**", stripped, StringComparison.Ordinal);
    }

    private static List<string> RandomWords(Random random, int count, int vocabulary = 12) =>
        Enumerable.Range(0, count).Select(_ => "w" + random.Next(vocabulary).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static int NaiveLcs(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Count, b.Count];
    }
}
