using ProfileMiner.Extract.Ascof;

namespace ProfileMiner.Tests.Extract.Ascof;

public sealed class AscofCodeTests
{
    [Theory]
    [InlineData("2C(ii)", "2C(ii)")]
    [InlineData("2C (ii)", "2C(ii)")]
    [InlineData("2C( ii )", "2C(ii)")]
    [InlineData("2Cii", "2C(ii)")]
    [InlineData("2CII", "2C(ii)")]
    [InlineData("2C2", "2C(ii)")]
    [InlineData("2C(2)", "2C(ii)")]
    [InlineData("2c2", "2C(ii)")]
    [InlineData("2d2", "2D(ii)")]
    [InlineData("2C(3)", "2C(iii)")]
    [InlineData("1C(2A)", "1C(ii)")]
    [InlineData("1C(1A)", "1C(i)")]
    [InlineData("1C (2a)", "1C(ii)")]
    [InlineData("1C2A", "1C(ii)")]
    [InlineData("1C(1B)", "1C(1B)")]
    [InlineData("1C(2B)", "1C(2B)")]
    [InlineData("1c(2b)", "1C(2B)")]
    [InlineData("2A (i)", "2A(i)")]
    [InlineData("2A(ii)", "2A(ii)")]
    [InlineData("2B(1)", "2B(i)")]
    [InlineData("2B (part 1)", "2B(i)")]
    [InlineData("2A, part 2", "2A(ii)")]
    [InlineData("2A part 2", "2A(ii)")]
    [InlineData("1I(1)", "1I(i)")]
    [InlineData("1I1", "1I(i)")]
    [InlineData("1I(2)", "1I(ii)")]
    [InlineData("1Ii", "1I(i)")]
    [InlineData("3D(1)", "3D(i)")]
    [InlineData("1A", "1A")]
    [InlineData("2a", "2A")]
    [InlineData("1J", "1J")]
    [InlineData("2E", "2E")]
    [InlineData("4B", "4B")]
    [InlineData("  3A ", "3A")]
    public void TryParse_normalises_every_spelling_to_the_roman_style(string text, string expected)
    {
        Assert.True(AscofCode.TryParse(text, out var code), text);

        Assert.Equal(expected, code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2")]
    [InlineData("C2")]
    [InlineData("A1")]
    [InlineData("5A")]
    [InlineData("0A")]
    [InlineData("4C")]
    [InlineData("1K")]
    [InlineData("2G")]
    [InlineData("12C")]
    [InlineData("2C5")]
    [InlineData("2C(v)")]
    [InlineData("2C(5)")]
    [InlineData("2C(ic)")]
    [InlineData("2C(2C)")]
    [InlineData("2Cx")]
    [InlineData("2C temperature")]
    [InlineData("ASCOF")]
    [InlineData("2015/16")]
    [InlineData("1A1A1A")]
    public void TryParse_rejects_what_is_not_a_code(string? text)
    {
        Assert.False(AscofCode.TryParse(text, out var code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void Spellings_of_one_code_are_equal()
    {
        string[] spellings = ["2C(ii)", "2C (ii)", "2Cii", "2C2", "2C(2)", "2c2"];

        var codes = spellings.Select(Parse).Distinct().ToList();

        Assert.Equal(new AscofCode("2C", "ii"), Assert.Single(codes));
    }

    [Fact]
    public void The_constructor_normalises_and_rejects()
    {
        Assert.Equal("1C(ii)", new AscofCode("1c", "2A").ToString());
        Assert.Equal("2B", new AscofCode("2B").ToString());
        Assert.Equal("2C", new AscofCode("2C", "2").WithoutPart.ToString());
        Assert.Throws<ArgumentException>(() => new AscofCode("9Z"));
        Assert.Throws<ArgumentException>(() => new AscofCode("2C", "v"));
        Assert.Throws<ArgumentNullException>(() => new AscofCode(null!));
    }

    [Fact]
    public void The_default_code_is_empty()
    {
        Assert.Equal(string.Empty, default(AscofCode).Measure);
        Assert.Null(default(AscofCode).Part);
    }

    private static AscofCode Parse(string text)
    {
        Assert.True(AscofCode.TryParse(text, out var code), text);
        return code;
    }
}
