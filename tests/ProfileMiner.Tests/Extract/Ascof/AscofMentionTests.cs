using ProfileMiner.Extract.Ascof;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Ascof;

public sealed class AscofMentionTests
{
    [Theory]
    [InlineData("Take-up of personal budgets (ASCOF 1C) rose again this year.", "1C")]
    [InlineData("Our rate of care home admissions, as measured by Ascof 2a, fell sharply.", "2A")]
    [InlineData("Delays attributable to social care (Ascof 2d2) stayed low all year.", "2D(ii)")]
    [InlineData("The ASCOF measure 2A(ii) improved to the second quartile.", "2A(ii)")]
    [InlineData("Admissions of older people rose, so the associated measure (ASCOF 2A, part 2) fell back.", "2A(ii)")]
    [InlineData("Reablement outcomes (ASCOF 2B(1)) remain well above the regional average.", "2B(i)")]
    [InlineData("Hospital delays (ASCOF 2Cii) have risen for three years.", "2C(ii)")]
    [InlineData("ascof 1c(2a) shows more people taking a direct payment.", "1C(ii)")]
    [InlineData("Performance on the new ASCOF indicator 2D was strong.", "2D")]
    [InlineData("The ASCOF: 3A score is the best in the region.", "3A")]
    [InlineData("Performance against indicator 2B slipped slightly.", "2B")]
    [InlineData("1C (i) | Proportion of people who receive self-directed support | 52.1% | Third", "1C(i)")]
    [InlineData("2A (ii) | Permanent admissions of older people, per 100,000 population | 702.4 | Second", "2A(ii)")]
    [InlineData("  4B | People who say services made them feel safe and secure | 81.0%", "4B")]
    public void Find_gives_the_code_a_sentence_names(string sentence, string expected)
    {
        var found = Assert.Single(AscofMention.Find(sentence));

        Assert.Equal(expected, found.Code.ToString());
    }

    [Fact]
    public void Find_gives_every_code_of_a_list_after_the_cue()
    {
        var found = AscofMention.Find("Employment and independence for people with mental health needs (ASCOF 1F and 1H) fell, as did ASCOF 1A, 1B and 3A.").ToList();

        Assert.Equal(["1F", "1H", "1A", "1B", "3A"], found.Select(f => f.Code.ToString()));
    }

    [Fact]
    public void Find_reports_the_offsets_of_the_spelling()
    {
        const string sentence = "Delays attributable to social care (Ascof 2d2) stayed low.";

        var (code, start, length) = Assert.Single(AscofMention.Find(sentence));

        Assert.Equal("2d2", sentence.Substring(start, length));
        Assert.Equal(new AscofCode("2D", "ii"), code);
    }

    [Theory]
    [InlineData("Flat 1A was adapted with a level-access shower.")]
    [InlineData("13 ASCOF measures - out of 19 - improved compared with 2014/15.")]
    [InlineData("15/16 ASCOF measures improved in 12 areas out of 22 areas.")]
    [InlineData("We improved across ASCOF 2015/16 as a whole.")]
    [InlineData("Performance against measure 1a was discussed.")]
    [InlineData("Indicators 2 and 3 are on track.")]
    [InlineData("See section 2C of the plan and appendix 1A.")]
    [InlineData("Reference 2C | Quarterly return | Submitted")]
    [InlineData("ASCOF 5A and ASCOF 4C are not measures.")]
    [InlineData("The A1C test and 2Cx tariff are unrelated.")]
    [InlineData("Staff in band 2B | 14 | 12")]
    [InlineData("")]
    public void Find_ignores_codes_without_a_cue(string sentence)
    {
        Assert.Empty(AscofMention.Find(sentence));
    }

    [Fact]
    public void Find_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => AscofMention.Find(null!));
    }

    [Fact]
    public void Find_finds_the_codes_of_the_seed_that_writes_them_most_ways()
    {
        var codes = File.ReadLines(RepoPaths.Seed("001"))
            .SelectMany(line => AscofMention.Find(line.Replace('\t', '|')))
            .Select(f => f.Code.ToString())
            .ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["2A", "2C(ii)", "2D", "1E", "2B(i)", "1F", "1H"], StringComparer.Ordinal), codes);
    }
}
