using ProfileMiner.Extract.Ascof;

namespace ProfileMiner.Tests.Extract.Ascof;

/// <summary>Measure phrases written for these tests in the style of council reports, not taken from the gold.</summary>
public sealed class AscofMeasureMatchTests
{
    private static AscofCatalogue Catalogue => AscofCatalogue.Default;

    [Theory]
    [InlineData("the rate of delayed transfers of care from hospital attributable to adult social care", "2013/14", "2C(ii)")]
    [InlineData("delayed transfers of care due to social care", "2015/16", "2C(ii)")]
    [InlineData("Delayed transfers of care, all delays, per 100,000 adults", "2012/13", "2C(i)")]
    [InlineData("delayed discharges", "2014/15", "2C")]
    [InlineData("delayed transfers jointly attributable to the NHS and social care", "2018/19", "2C(iii)")]
    [InlineData("permanent admissions of people aged 65 and over to residential and nursing homes", "2014/15", "2A(ii)")]
    [InlineData("permanent admissions of adults aged 18-64 to care homes", "2016/17", "2A(i)")]
    [InlineData("admissions to residential care for both younger adults and older people", "2015/16", "2A")]
    [InlineData("permanent admissions of older people to care homes", "2023/24", "2C")]
    [InlineData("permanent admissions of working age adults", "2023/24", "2B")]
    [InlineData("older people at home 91 days after leaving hospital via reablement", "2015/16", "2B")]
    [InlineData("older people offered reablement on discharge from hospital", "2012/13", "2B(ii)")]
    [InlineData("overall satisfaction of people who use services", null, "3A")]
    [InlineData("service users who are satisfied with their care and support", "2016/17", "3A")]
    [InlineData("carers satisfied with social services", "2012/13", "3B")]
    [InlineData("carer-reported quality of life score", null, "1D")]
    [InlineData("Social Care-Related Quality of Life", "2012/13", "1A")]
    [InlineData("adjusted social care-related quality of life", "2017/18", "1J")]
    [InlineData("proportion of adults with a learning disability in paid employment", "2015/16", "1E")]
    [InlineData("adults with learning disabilities living in their own home or with family", null, "1G")]
    [InlineData("adults in contact with secondary mental health services in paid employment", "2016/17", "1F")]
    [InlineData("people with mental health needs living independently", "2012/13", "1H")]
    [InlineData("proportion of people receiving direct payments", "2012/13", "1C(ii)")]
    [InlineData("people receiving self-directed support as a direct payment", "2014/15", "1C(ii)")]
    [InlineData("carers receiving direct payments", "2015/16", "1C(2B)")]
    [InlineData("people receiving a personal budget", "2015/16", "1C(i)")]
    [InlineData("people receiving self-directed support", "2023/24", "3D(i)")]
    [InlineData("people who use services who say services have made them feel safe and secure", null, "4B")]
    [InlineData("service users who feel safe", "2012/13", "4A")]
    [InlineData("carers who were included or consulted in discussions", "2012/13", "3C")]
    [InlineData("people who find it easy to find information about services", "2012/13", "3D")]
    [InlineData("carers who find it easy to find information about support", "2016/17", "3D(ii)")]
    [InlineData("people who use services with as much social contact as they would like", "2015/16", "1I(i)")]
    [InlineData("outcome of short-term services: sequel to service", "2015/16", "2D")]
    [InlineData("people receiving short-term services with no further request for ongoing support", "2023/24", "2A")]
    [InlineData("people in long-term support who live in their own home", "2023/24", "2E")]
    public void TryMatchMeasure_finds_the_measure_and_part(string phrase, string? period, string expected)
    {
        Assert.True(Catalogue.TryMatchMeasure(phrase, period, out var entry, out var score), phrase);

        Assert.Equal(expected, entry.Code.ToString());
        Assert.InRange(score, 0.6, 1.0);
    }

    [Theory]
    [InlineData("hospital admissions due to falls among people aged 65 and over", "2015/16")]
    [InlineData("people accessing the reablement service each year", "2015/16")]
    [InlineData("people leaving reablement with no service required", "2012/13")]
    [InlineData("staff turnover in the care sector", null)]
    [InlineData("customers satisfied with the contact centre", "2013/14")]
    [InlineData("quality of life", "2015/16")]
    [InlineData("people feel safe in their neighbourhood", "2015/16")]
    [InlineData("spending on direct payments", "2015/16")]
    [InlineData("ascof measures better than the england average", "2015/16")]
    [InlineData("adults with learning disabilities and adults with mental health needs in paid employment", "2015/16")]
    [InlineData("delayed transfers of care attributable to social care", "2023/24")]
    [InlineData("people with as much social contact as they would like", "2012/13")]
    [InlineData("people receiving self-directed support", null)]
    [InlineData("permanent admissions to residential care", null)]
    [InlineData("", "2015/16")]
    public void TryMatchMeasure_gives_no_answer_rather_than_a_doubtful_one(string phrase, string? period)
    {
        Assert.False(Catalogue.TryMatchMeasure(phrase, period, out var entry, out var score), phrase);

        Assert.Null(entry);
        Assert.Equal(0, score);
    }

    [Fact]
    public void A_longer_keyword_phrase_scores_higher()
    {
        Assert.True(Catalogue.TryMatchMeasure("delayed discharges", "2015/16", out _, out var shortPhrase));
        Assert.True(Catalogue.TryMatchMeasure("adjusted social care-related quality of life", "2017/18", out _, out var longPhrase));

        Assert.True(longPhrase > shortPhrase, $"{longPhrase} <= {shortPhrase}");
    }

    [Theory]
    [InlineData("Our rate of care home admissions (ASCOF 2A, part 2) for older people rose to 702 per 100,000.", null, "2015/16", "2A(ii)")]
    [InlineData("Delays attributable to social care (Ascof 2d2) stayed low at 2.1 per 100,000.", "delayed transfers of care attributable to adult social care", "2015/16", "2C(ii)")]
    [InlineData("Take-up of personal budgets (measured through ASCOF 1C) reached 61%.", null, "2013/14", "1C(i)")]
    [InlineData("1C (ii) | Proportion of people receiving self-directed support as a direct payment | 17.2% | Second", null, "2012/13", "1C(ii)")]
    [InlineData("2B | Older people still at home 91 days after discharge from hospital into reablement | 81.0%", null, "2012/13", "2B")]
    [InlineData("Employment of people with mental health needs (ASCOF 1F and 1H) fell to 5%.", "adults with mental health needs in paid employment", "2015/16", "1F")]
    [InlineData("Satisfaction with care and support among service users reached 66%.", null, "2014/15", "3A")]
    public void TryIdentify_combines_the_named_code_and_the_measure(string sentence, string? measure, string period, string expected)
    {
        Assert.True(Catalogue.TryIdentify(sentence, measure, period, out var entry), sentence);

        Assert.Equal(expected, entry.Code.ToString());
    }

    [Theory]
    [InlineData("Employment and independence for people with mental health needs (ASCOF 1F and 1H) fell.", null, "2015/16")]
    [InlineData("Performance on ASCOF 3A improved while delayed transfers attributable to social care rose to 4.1.", "delayed transfers attributable to social care", "2015/16")]
    [InlineData("Local indicator: proportion of people receiving self-directed support | 82%", null, "2012/13")]
    [InlineData("SLI Core: Reviews | % of people who use services who feel safe | 46%", null, "2012/13")]
    [InlineData("We held 12 workshops on personalisation.", null, "2015/16")]
    public void TryIdentify_gives_no_answer_when_code_and_measure_disagree_or_another_set_is_named(string sentence, string? measure, string period)
    {
        Assert.False(Catalogue.TryIdentify(sentence, measure, period, out var entry), sentence);
        Assert.Null(entry);
    }
}
