using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ProfileMiner.Extract.Ascof;
using ProfileMiner.Tests.BadInputs;

namespace ProfileMiner.Tests.Extract.Ascof;

/// <summary>Random text never makes the ASCOF lookups throw, and what Find reports is a slice of the text (STYLE.md §6).</summary>
public sealed class AscofRandomTextTests
{
    private const int Cases = 300;

    private static readonly string[] s_pieces =
    [
        " ", " ", "ASCOF ", "Ascof", "ascof", "indicator ", "measure ", "measures ", "part 2", " | ", "|", ",", " and ", "/", "(", ")",
        "1C", "2C", "2c2", "2d2", "(ii)", "ii", "(2A)", "(1B)", "5A", "4C", "1I1", "2015/16", "15/16", "2024-05-08",
        "delayed transfers of care", "attributable to adult social care", "permanent admissions", "65+", "18-64",
        "self-directed support", "direct payments", "carers", "!", "*", "+", "100,000",
    ];

    [Property(MaxTest = Cases)]
    public Property Find_reports_codes_at_their_spelling() =>
        Prop.ForAll(AscofText().ToArbitrary(), text =>
        {
            foreach (var (code, start, length) in AscofMention.Find(text))
            {
                Assert.InRange(start, 0, text.Length - 1);
                Assert.InRange(length, 2, text.Length - start);
                Assert.True(AscofCode.TryParse(text.Substring(start, length), out var again), text.Substring(start, length));
                Assert.Equal(code, again);
            }
        });

    [Property(MaxTest = Cases)]
    public Property Lookups_accept_any_characters() =>
        Prop.ForAll(RandomTextArbitraries.AnyChars().ToArbitrary(), AscofText().ToArbitrary(), (noise, text) =>
        {
            foreach (var sample in new[] { noise, text, noise + text })
            {
                _ = AscofCode.TryParse(sample, out _);
                _ = AscofMention.Find(sample).ToList();
                _ = AscofCatalogue.Default.EditionFor(sample);
                _ = AscofCatalogue.Default.TryMatchMeasure(sample, "2015/16", out _, out _);
                _ = AscofCatalogue.Default.TryIdentify(sample, null, sample, out _);
                _ = AscofCatalogue.Default.TryIdentify(sample, sample, null, out _);
            }
        });

    private static Gen<string> AscofText() =>
        Gen.ListOf(Gen.Frequency(
            (8, Gen.Elements(s_pieces)),
            (2, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString()))))
        .Select(string.Concat);
}
