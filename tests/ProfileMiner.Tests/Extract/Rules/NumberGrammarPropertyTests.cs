using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;

namespace ProfileMiner.Tests.Extract.Rules;

/// <summary>
/// The number grammar round-trips: any rendering of a number and its unit that councils write
/// (grouped thousands, decimals, "%", "per cent", "£" with m, million, bn, k, a minus sign) is read
/// back as the same value and unit, and the text it reports is the slice of the sentence it stands in.
/// </summary>
public sealed class NumberGrammarPropertyTests
{
    private const int Cases = 500;

    private static readonly string[] s_lead = ["The figure was ", "We recorded ", "Spending came to ", "At quarter end it stood at ", ""];

    private static readonly string[] s_tail = [" in the period.", " overall.", ", as reported.", "."];

    [Property(MaxTest = Cases)]
    public Property A_rendered_number_reads_back_as_its_value_and_unit() =>
        Prop.ForAll(Rendered().ToArbitrary(), r =>
        {
            var sentence = r.Lead + r.Text + r.Tail;
            var mention = Assert.Single(NumberSpotter.Find(sentence));

            Assert.Equal(r.Value, mention.Value);
            Assert.Equal(r.Unit, mention.Unit);
            Assert.Equal(sentence.Substring(mention.Start, mention.Length), mention.Text);
        });

    private sealed record Rendering(string Lead, string Text, string Tail, decimal Value, string Unit);

    private static Gen<Rendering> Rendered() =>
        from whole in Gen.Choose(0, 999_999)
        from hundredths in Gen.Choose(0, 99)
        from decimals in Gen.Elements(0, 1, 2)
        from form in Gen.Choose(0, 6)
        from negative in Gen.Elements(false, false, true)
        from lead in Gen.Elements(s_lead)
        from tail in Gen.Elements(s_tail)
        select Render(whole, hundredths, decimals, form, negative, lead, tail);

    private static Rendering Render(int whole, int hundredths, int decimals, int form, bool negative, string lead, string tail)
    {
        var value = decimals == 0 ? whole : Math.Round(whole + (hundredths / 100m), decimals);
        var digits = decimals == 0 ? Grouped(whole) : value.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
        var sign = negative && lead.Length > 0 ? "-" : string.Empty;
        var signed = sign.Length > 0 ? -value : value;
        return form switch
        {
            0 => new(lead, $"{sign}{digits}%", tail, signed, MetricUnits.Percent),
            1 => new(lead, $"{sign}£{digits}m", tail, signed * 1_000_000m, MetricUnits.Gbp),
            2 => new(lead, $"{sign}£{digits}bn", tail, signed * 1_000_000_000m, MetricUnits.Gbp),
            3 => new(lead, $"{sign}£{digits} million", tail, signed * 1_000_000m, MetricUnits.Gbp),
            4 => new(lead, $"{sign}£{digits}k", tail, signed * 1_000m, MetricUnits.Gbp),
            5 => new(lead, $"{sign}£{digits}", tail, signed, MetricUnits.Gbp),
            // A plain count: never one that reads as a year (GUIDE.md leaves years out).
            _ => value is >= 1950 and <= 2050 && decimals == 0
                ? new(lead, $"{sign}£{digits}", tail, signed, MetricUnits.Gbp)
                : new(lead, $"{sign}{digits}", tail, signed, MetricUnits.Count),
        };
    }

    private static string Grouped(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
