using ProfileMiner.Extract.Ascof;

namespace ProfileMiner.Tests.Extract.Ascof;

public sealed class AscofCatalogueLoadTests
{
    private const string Header = "edition\tcode\tname\tparts\tformerly\tstatus\tkeywords";

    [Fact]
    public void A_small_catalogue_inherits_keywords_and_renumbers_through_formerly()
    {
        var catalogue = Load(
            "# a comment",
            Header,
            "2012/13\t2A\tAdmissions\t2A(i) 18-64; 2A(ii) 65+\t\t\tpermanent admission*; (i) 18 64; (ii) 65 plus",
            "2012/13\t2D\tShort-term outcomes\t\t\t\tsequel to service*",
            "2015/16\t2A\tAdmissions, reworded\t2A(1) 18-64; 2A(2) 65+\t\t\t",
            "2023/24\t2A\tShort-term outcomes\t\t2D\t\tsequel to service*",
            "2023/24\t2C\tAdmissions of older people\t\t2A(2)\t\tpermanent admission* + 65 plus",
            "2023/24\t2D\t\t\t\tunknown\t");

        Assert.Equal(["2012/13", "2015/16", "2023/24"], catalogue.Editions.Select(e => e.Label));
        Assert.True(catalogue.TryMatchMeasure("permanent admissions, 65+", "2016/17", out var reworded, out _));
        Assert.Equal(("2A(ii)", "2015/16"), (reworded.Code.ToString(), reworded.Edition));
        Assert.True(catalogue.TryMatchMeasure("permanent admissions, 65+", "2023/24", out var renumbered, out _));
        Assert.Equal("2C", renumbered.Code.ToString());
        Assert.False(catalogue.TryResolve(new AscofCode("2A"), null, out _));
        Assert.True(catalogue.TryResolve(new AscofCode("2A", "ii"), null, out _));
        Assert.False(catalogue.TryResolve(new AscofCode("2D"), "2023/24", out _));
        Assert.True(catalogue.TryResolve(new AscofCode("2D"), null, out var shortTerm));
        Assert.Equal("2012/13", shortTerm.Edition);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_the_optional_ones_may_be_missing()
    {
        var catalogue = Load("code\tparts\tname\tedition", "1A\t\tQuality of life\t2012/13");

        Assert.True(catalogue.TryResolve(new AscofCode("1A"), "2013/14", out var entry));
        Assert.Equal("Quality of life", entry.Name);
        Assert.False(catalogue.TryMatchMeasure("quality of life", "2013/14", out _, out _));
    }

    [Theory]
    [InlineData("edition\tcode\tname\tparts\tcolour", "unknown column 'colour'")]
    [InlineData("edition\tcode\tname", "lacks the column 'parts'")]
    [InlineData(Header + "\n2012\t1A\tx\t\t\t\t", "edition '2012' is not a financial year")]
    [InlineData(Header + "\n2012/14\t1A\tx\t\t\t\t", "edition '2012/14' is not a financial year")]
    [InlineData(Header + "\n2012/13\t1A(i)\tx\t\t\t\t", "'1A(i)' is not a measure code")]
    [InlineData(Header + "\n2012/13\t5A\tx\t\t\t\t", "'5A' is not a measure code")]
    [InlineData(Header + "\n2012/13\t1A\t\t\t\t\t", "1A has no name")]
    [InlineData(Header + "\n2012/13\t1A\tx\t\t\tgone\t", "status 'gone'")]
    [InlineData(Header + "\n2012/13\t1A\tx\t1B(i) wrong measure\t\t\t", "does not start with a part of 1A")]
    [InlineData(Header + "\n2012/13\t1A\tx\t\tsomewhere\t\t", "formerly 'somewhere'")]
    [InlineData(Header + "\n2012/13\t1A\tx\t\t\t\t(ii) second part", "names a part 1A does not have")]
    [InlineData(Header + "\n2012/13\t1A\tx\t\t\t\t!only + !negatives", "names nothing that must occur")]
    [InlineData(Header + "\n2012/13\t1A\tx\t\t\t\t(x) part", "not a part")]
    [InlineData(Header + "\n2012/13\t1A\tx\t\t\t\t\n2012/13\t1A\ty\t\t\t\t", "1A appears twice in edition 2012/13")]
    [InlineData(Header, "no rows")]
    public void Load_names_what_is_wrong(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => AscofCatalogue.Load(new StringReader(text)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => AscofCatalogue.Load(null!));
    }

    private static AscofCatalogue Load(params string[] lines) => AscofCatalogue.Load(new StringReader(string.Join('\n', lines)));
}
