using ProfileMiner.Extract.Ascof;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Extract.Ascof;

public sealed class AscofCatalogueTests
{
    private static AscofCatalogue Catalogue => AscofCatalogue.Default;

    [Fact]
    public void The_shipped_catalogue_has_its_editions_oldest_first()
    {
        Assert.Equal(["2012/13", "2015/16", "2016/17", "2017/18", "2023/24"], Catalogue.Editions.Select(e => e.Label));
        Assert.Equal([2012, 2015, 2016, 2017, 2023], Catalogue.Editions.Select(e => e.FirstYear));
    }

    [Fact]
    public void The_first_edition_has_the_measures_of_the_early_framework()
    {
        var first = Catalogue.Editions[0];

        Assert.Equal(
            ["1A", "1B", "1C", "1D", "1E", "1F", "1G", "1H", "2A", "2B", "2C", "3A", "3B", "3C", "3D", "4A", "4B"],
            first.Measures.Select(m => m.Code.ToString()));
        Assert.All(first.Measures, m => Assert.False(string.IsNullOrWhiteSpace(m.Name)));
    }

    [Fact]
    public void Unchanged_measures_carry_over_with_the_edition_that_defined_them()
    {
        var edition = Catalogue.Editions.Single(e => e.Label == "2017/18");

        Assert.Equal("2016/17", edition.Measures.Single(m => m.Code.Measure == "1J").Edition);
        Assert.Equal("2017/18", edition.Measures.Single(m => m.Code.Measure == "2C").Edition);
        Assert.Equal(["i", "ii", "iii"], edition.Measures.Single(m => m.Code.Measure == "2C").Parts.Select(p => p.Code.Part));
    }

    [Theory]
    [InlineData("2012/13", "2012/13")]
    [InlineData("2011/12", "2012/13")]
    [InlineData("2010", "2012/13")]
    [InlineData("2013/14", "2012/13")]
    [InlineData("2014-15", "2012/13")]
    [InlineData("2015/16", "2015/16")]
    [InlineData("2015/2016", "2015/16")]
    [InlineData("15/16", "2015/16")]
    [InlineData("2016/17", "2016/17")]
    [InlineData("2021", "2017/18")]
    [InlineData("2022/23", "2017/18")]
    [InlineData("2023/24", "2023/24")]
    [InlineData("2024-05-08", "2023/24")]
    [InlineData("2023-03-31", "2017/18")]
    [InlineData("April 2012 – March 2013", "2012/13")]
    [InlineData("March 2016", "2015/16")]
    [InlineData("2016–2020", "2016/17")]
    public void EditionFor_gives_the_edition_in_force(string period, string edition)
    {
        Assert.Equal(edition, Catalogue.EditionFor(period)?.Label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("last year")]
    [InlineData("Q3")]
    public void EditionFor_gives_null_without_a_year(string? period)
    {
        Assert.Null(Catalogue.EditionFor(period));
    }

    [Fact]
    public void Code_2C_is_delayed_transfers_until_the_2023_refresh_gives_it_to_admissions_of_older_people()
    {
        Assert.True(Catalogue.TryResolve(Code("2C"), "2015/16", out var delays));
        Assert.StartsWith("Delayed transfers of care", delays.Name, StringComparison.Ordinal);
        Assert.Equal("2015/16", delays.Edition);
        Assert.Null(delays.Formerly);

        Assert.True(Catalogue.TryResolve(Code("2C"), "2023/24", out var admissions));
        Assert.Contains("admission to residential and nursing care", admissions.Name, StringComparison.Ordinal);
        Assert.Contains("65", admissions.Name, StringComparison.Ordinal);
        Assert.Equal("2A(2)", admissions.Formerly);
        Assert.Equal("2023/24", admissions.Edition);
    }

    [Theory]
    [InlineData("2C(ii)", "2012/13", "2C(ii)", "attributable to adult social care", "2012/13")]
    [InlineData("2C(2)", "2015/16", "2C(ii)", "attributable to adult social care", "2015/16")]
    [InlineData("2C(3)", "2018/19", "2C(iii)", "jointly attributable to the NHS and adult social care", "2017/18")]
    [InlineData("1C(2A)", "2015/16", "1C(ii)", "users receiving direct payments", "2015/16")]
    [InlineData("1C(1B)", "2016/17", "1C(1B)", "carers receiving self-directed support", "2015/16")]
    [InlineData("1C(ii)", "2011/12", "1C(ii)", "direct payments", "2012/13")]
    [InlineData("2A(ii)", "2012/13", "2A(ii)", "aged 65 and over", "2012/13")]
    [InlineData("2B(1)", "2015/16", "2B(i)", "effectiveness of the service", "2015/16")]
    [InlineData("1I(1)", "2015/16", "1I(i)", "people who use services", "2015/16")]
    [InlineData("3D(1A)", "2023/24", "3D(i)", "users receiving self-directed support", "2023/24")]
    public void TryResolve_gives_a_part_its_label_and_edition(string code, string period, string expected, string label, string edition)
    {
        Assert.True(Catalogue.TryResolve(Code(code), period, out var entry), code);

        Assert.Equal(expected, entry.Code.ToString());
        Assert.Equal(label, entry.PartLabel);
        Assert.Equal(edition, entry.Edition);
        Assert.NotEmpty(entry.Parts);
    }

    [Theory]
    [InlineData("2D(ii)", "2015/16")]
    [InlineData("2D", "2012/13")]
    [InlineData("2D", "2023/24")]
    [InlineData("1C", "2023/24")]
    [InlineData("2C(ii)", "2023/24")]
    [InlineData("2C(iii)", "2015/16")]
    [InlineData("1C(1B)", "2012/13")]
    [InlineData("1I", "2013/14")]
    [InlineData("1J", "2015/16")]
    [InlineData("2E", "2017/18")]
    [InlineData("3D(i)", "2012/13")]
    [InlineData("3F", "2015/16")]
    public void TryResolve_rejects_a_code_the_edition_does_not_define(string code, string period)
    {
        Assert.False(Catalogue.TryResolve(Code(code), period, out var entry));
        Assert.Null(entry);
    }

    [Theory]
    [InlineData("1A", "1A", "2015/16")]
    [InlineData("4B", "4B", "2015/16")]
    [InlineData("2C(ii)", "2C(ii)", "2017/18")]
    [InlineData("2A(i)", "2A(i)", "2015/16")]
    [InlineData("1C(i)", "1C(i)", "2015/16")]
    [InlineData("2D", "2D", "2015/16")]
    [InlineData("1J", "1J", "2016/17")]
    [InlineData("2E", "2E", "2023/24")]
    public void Without_a_period_a_code_resolves_through_the_latest_edition_that_gives_it_one_meaning(string code, string expected, string edition)
    {
        Assert.True(Catalogue.TryResolve(Code(code), null, out var entry), code);

        Assert.Equal(expected, entry.Code.ToString());
        Assert.Equal(edition, entry.Edition);
    }

    [Theory]
    [InlineData("2A")]
    [InlineData("2B")]
    [InlineData("2C")]
    [InlineData("3D")]
    public void Without_a_period_a_code_that_changed_meaning_does_not_resolve(string code)
    {
        Assert.False(Catalogue.TryResolve(Code(code), null, out _));
        Assert.False(Catalogue.TryResolve(Code(code), "not a period", out _));
    }

    [Fact]
    public void The_default_code_does_not_resolve()
    {
        Assert.False(Catalogue.TryResolve(default, "2015/16", out _));
        Assert.False(Catalogue.TryResolve(default, null, out _));
    }

    [SkippableFact]
    public void Every_code_and_part_of_the_shared_catalogue_resolves_in_its_edition()
    {
        var path = Path.Combine(RepoPaths.Shared, "gold", "ascof.tsv");
        SharedData.Require(File.Exists(path), "../shared/gold/ascof.tsv");

        var checkedCodes = 0;
        foreach (var cells in File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')))
        {
            var (edition, code) = (cells[0], cells[1]);
            var parts = cells.Length > 3 ? cells[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            Assert.True(Catalogue.TryResolve(Code(code), edition, out var entry), $"{code} in {edition}");
            Assert.Equal(code, entry.Code.ToString());
            Assert.Equal(edition, Catalogue.EditionFor(edition)!.Label);
            foreach (var part in parts.Select(p => p.Split(' ')[0]))
            {
                Assert.True(Catalogue.TryResolve(Code(part), edition, out _), $"{part} in {edition}");
            }

            checkedCodes++;
        }

        Assert.True(checkedCodes >= 40, $"only {checkedCodes} rows read");
    }

    private static AscofCode Code(string text)
    {
        Assert.True(AscofCode.TryParse(text, out var code), text);
        return code;
    }
}
