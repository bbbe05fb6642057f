using ProfileMiner.Diagnostics;
using ProfileMiner.Segment;

namespace ProfileMiner.Tests.Segment;

/// <summary>Every name a user types (--council, search filters, a manifest) goes through <see cref="CouncilDirectory.Lookup"/>.</summary>
public sealed class CouncilLookupTests
{
    private static CouncilDirectory Registry => CouncilDirectory.Default;

    [Theory]
    [InlineData("Lancashire County Council", "Lancashire")]
    [InlineData("St. Helens", "St Helens")]
    [InlineData("Saint Helens", "St Helens")]
    [InlineData("St Helens Council", "St Helens")]
    [InlineData("Blackburn & Darwen", "Blackburn with Darwen")]
    [InlineData("City of York", "York")]
    [InlineData("City of York Council", "York")]
    [InlineData("london borough of hammersmith & fulham", "Hammersmith and Fulham")]
    [InlineData("Royal Borough of Kingston upon Thames", "Kingston upon Thames")]
    [InlineData("Kingston Council", "Kingston upon Thames")]
    [InlineData("Brighton and Hove City Council", "Brighton and Hove")]
    [InlineData("E10000016", "Kent")]
    [InlineData("  kent  ", "Kent")]
    [InlineData("KCC", "Kent")]
    public void A_spelling_a_user_types_resolves_to_the_registry_council(string typed, string expected)
    {
        var lookup = Registry.Lookup(typed);

        Assert.True(lookup.Found, lookup.Warning);
        Assert.Equal(expected, lookup.Name);
        Assert.Null(lookup.Warning);
    }

    [Theory]
    [InlineData("Lancashre", "Lancashire")]
    [InlineData("Lancs County Council", "Lancashire")]
    [InlineData("Hammersmith", "Hammersmith and Fulham")]
    [InlineData("Glocestershire", "Gloucestershire")]
    public void An_unknown_name_gives_one_warning_naming_the_closest_registry_names(string typed, string suggested)
    {
        var lookup = Registry.Lookup(typed);

        Assert.False(lookup.Found);
        Assert.Equal(typed, lookup.Name);
        Assert.Contains(suggested, lookup.Suggestions);
        Assert.True(lookup.Suggestions.Length <= 3);
        Assert.Contains($"'{typed}'", lookup.Warning, StringComparison.Ordinal);
        Assert.Contains(suggested, lookup.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_like_no_council_says_so_without_suggestions()
    {
        var lookup = Registry.Lookup("Zzyzx");

        Assert.Empty(lookup.Suggestions);
        Assert.Contains("no registry name is close", lookup.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_resolve_to_canonical_names_with_one_warning_per_unknown_name()
    {
        var diagnostics = new DiagnosticBag();

        var names = Registry.ResolveFilters(["Lancashire County Council", "St. Helens", "Blackburn & Darwen", "Lancashre"], "--council", diagnostics);

        Assert.Equal(["Lancashire", "St Helens", "Blackburn with Darwen", "Lancashre"], names);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.UnknownCouncil, warning.Code);
        Assert.Contains("did you mean Lancashire", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kent County Council", "KCC")]
    [InlineData("London Borough of Hammersmith and Fulham", "LBHF")]
    [InlineData("Royal Borough of Kensington and Chelsea", "RBKC")]
    [InlineData("East Sussex County Council", "ESCC")]
    public void Initials_are_taken_from_the_significant_words_of_a_formal_name(string formal, string initials)
    {
        Assert.Equal(initials, CouncilNameForms.Initials(formal));
    }

    [Theory]
    [InlineData("KCC", "Kent")]
    [InlineData("LBHF", "Hammersmith and Fulham")]
    [InlineData("ESCC", "East Sussex")]
    [InlineData("RBKC", "Kensington and Chelsea")]
    public void A_derived_abbreviation_that_names_one_council_resolves(string abbreviation, string council)
    {
        Assert.True(Registry.Forms.TryResolveAbbreviation(abbreviation, out var entry));
        Assert.Equal(council, entry!.Name);
    }

    [Theory]
    [InlineData("SCC")] // Surrey, Suffolk, Staffordshire, Somerset ... County Council
    [InlineData("HCC")] // Hampshire, Hertfordshire
    [InlineData("LBB")] // Barnet, Brent, Bexley, Bromley
    public void An_abbreviation_two_councils_could_share_is_no_evidence(string abbreviation)
    {
        Assert.False(Registry.Forms.TryResolveAbbreviation(abbreviation, out _));
    }

    [Theory]
    [InlineData("kent", "Kent")]
    [InlineData("eastsussex", "East Sussex")]
    [InlineData("royalgreenwich", "Greenwich")]
    [InlineData("lbhf", "Hammersmith and Fulham")]
    [InlineData("bathnes", "Bath and North East Somerset")]
    [InlineData("westberks", "West Berkshire")]
    [InlineData("brighton-hove", "Brighton and Hove")]
    [InlineData("iow", "Isle of Wight")]
    public void A_gov_uk_domain_label_resolves_to_its_council(string label, string council)
    {
        Assert.True(Registry.Forms.TryResolveDomainLabel(label, out var entry), label);
        Assert.Equal(council, entry!.Name);
    }

    [Theory]
    [InlineData("www")]
    [InlineData("north")]
    [InlineData("assets")]
    public void A_label_that_is_no_council_resolves_to_none(string label)
    {
        Assert.False(Registry.Forms.TryResolveDomainLabel(label, out _));
    }
}
