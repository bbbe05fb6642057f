using System.Text.RegularExpressions;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

public sealed partial class CouncilDirectoryTests
{
    private static CouncilDirectory Registry => CouncilDirectory.Default;

    [Fact]
    public void The_shipped_registry_holds_at_least_150_current_councils()
    {
        var current = Registry.Entries.Where(e => e.IsCurrent).ToList();

        Assert.True(current.Count >= 150, $"only {current.Count} current councils");
        Assert.Equal(current.Count, current.Select(e => e.GssCode).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Gss_codes_are_unique()
    {
        var duplicates = Registry.Entries.GroupBy(e => e.GssCode, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Gss_codes_are_unitary_metropolitan_london_or_county_codes_matching_the_type()
    {
        Assert.All(Registry.Entries, e =>
        {
            Assert.Matches(GssCode(), e.GssCode);
            var expectedPrefix = e.Type switch
            {
                "unitary" => "E06",
                "metropolitan" => "E08",
                "london" => "E09",
                "county" => "E10",
                _ => "?",
            };
            Assert.True(e.GssCode.StartsWith(expectedPrefix, StringComparison.Ordinal), $"{e.Name} is {e.Type} but has code {e.GssCode}");
        });
    }

    [Fact]
    public void Every_entry_has_a_name_one_of_the_nine_regions_and_a_status()
    {
        string[] regions =
        [
            "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
            "East of England", "London", "South East", "South West",
        ];

        Assert.All(Registry.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.Contains(e.Region, regions);
            Assert.False(string.IsNullOrWhiteSpace(e.Status));
        });
    }

    [Fact]
    public void Current_councils_win_over_older_rows_with_the_same_name()
    {
        foreach (var group in Registry.Entries.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Any(e => e.IsCurrent)))
        {
            Assert.True(Registry.TryResolve(group.Key, out var entry), group.Key);
            Assert.True(entry.IsCurrent, $"{group.Key} resolves to {entry.GssCode} ({entry.Status})");
        }
    }

    [Fact]
    public void Every_code_is_found_by_TryGetByCode()
    {
        Assert.All(Registry.Entries, e =>
        {
            Assert.True(Registry.TryGetByCode(e.GssCode, out var found));
            Assert.Same(e, found);
        });
        Assert.False(Registry.TryGetByCode("E99999999", out _));
    }

    [Theory]
    [InlineData("Blackburn & Darwen", "Blackburn with Darwen", "E06000008", "North West")]
    [InlineData("BLACKBURN WITH DARWEN", "Blackburn with Darwen", "E06000008", "North West")]
    [InlineData("ST. HELENS", "St Helens", "E08000013", "North West")]
    [InlineData("St Helens Council", "St Helens", "E08000013", "North West")]
    [InlineData("LCC", "Lancashire", "E10000017", "North West")]
    [InlineData("Lancashire County Council", "Lancashire", "E10000017", "North West")]
    [InlineData("LANCASHIRE", "Lancashire", "E10000017", "North West")]
    [InlineData("Cheshire West & Chester", "Cheshire West and Chester", "E06000050", "North West")]
    [InlineData("CHESHIRE WEST & CHESTER", "Cheshire West and Chester", "E06000050", "North West")]
    [InlineData("Cumbria", "Cumbria", "E10000006", "North West")]
    [InlineData("Cumbria County Council", "Cumbria", "E10000006", "North West")]
    [InlineData("Leicestershire County Council", "Leicestershire", "E10000018", "East Midlands")]
    [InlineData("Oldham Metropolitan Borough Council", "Oldham", "E08000004", "North West")]
    [InlineData("  Wirral  ", "Wirral", "E08000015", "North West")]
    [InlineData("The Royal Borough of Greenwich", "Greenwich", "E09000011", "London")]
    public void TryResolve_finds_the_canonical_council(string spelling, string name, string code, string region)
    {
        Assert.True(Registry.TryResolve(spelling, out var entry), $"'{spelling}' was not resolved");

        Assert.Equal((name, code, region), (entry.Name, entry.GssCode, entry.Region));
    }

    [Theory]
    [InlineData("City of Bradford Metropolitan District Council", "Bradford")]
    [InlineData("Durham County Council", "County Durham")]
    [InlineData("Kingston upon Hull City Council", "Kingston upon Hull")]
    [InlineData("London Borough of Camden", "Camden")]
    [InlineData("Lancashire CC", "Lancashire")]
    [InlineData("Council of the Isles of Scilly", "Isles of Scilly")]
    public void Official_styles_resolve(string spelling, string name)
    {
        Assert.True(Registry.TryResolve(spelling, out var entry), spelling);
        Assert.Equal(name, entry.Name);
    }

    [Fact]
    public void The_metropolitan_borough_of_style_resolves()
    {
        Assert.True(Registry.TryResolve("Metropolitan Borough of Wirral", out var entry));
        Assert.Equal("E08000015", entry.GssCode);
    }

    [Fact]
    public void Cumbria_is_kept_as_an_abolished_council()
    {
        Assert.True(Registry.TryResolve("Cumbria", out var entry));

        Assert.False(entry.IsCurrent);
        Assert.StartsWith("abolished", entry.Status, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(GoldSpellings))]
    public void Every_spelling_in_the_gold_councils_file_resolves(string spelling, string name, string code, string region)
    {
        SharedData.Require(GoldCouncils.Present, "../shared/gold/councils.tsv");

        Assert.True(Registry.TryResolve(spelling, out var entry), $"'{spelling}' was not resolved");
        Assert.Equal((name, code, region), (entry.Name, entry.GssCode, entry.Region));

        var council = Registry.ToCouncil(spelling);
        Assert.True(council.Known);
        Assert.Equal((name, code, region, spelling), (council.Name, council.GssCode, council.Region, council.AsWritten));
    }

    public static TheoryData<string, string, string, string> GoldSpellings()
    {
        var data = new TheoryData<string, string, string, string>();
        if (!GoldCouncils.Present)
        {
            data.Add("(gold file missing)", string.Empty, string.Empty, string.Empty);
            return data;
        }

        foreach (var row in GoldCouncils.Load())
        {
            foreach (var spelling in row.Aliases.Prepend(row.Name))
            {
                data.Add(spelling, row.Name, row.GssCode, row.Region);
            }
        }

        return data;
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Atlantis County Council")]
    [InlineData("Chesterfield")]
    [InlineData("")]
    public void Unknown_names_are_not_resolved(string name)
    {
        Assert.False(Registry.TryResolve(name, out var entry));
        Assert.Null(entry);
    }

    [Fact]
    public void A_name_with_a_lone_surrogate_is_unknown_not_an_exception()
    {
        Assert.False(Registry.TryResolve("Atlantis\uD800", out _));
        Assert.False(Registry.ToCouncil("ATLANTIS\uD800").Known);
    }

    [Theory]
    [InlineData("Atlantis", "Atlantis")]
    [InlineData("ATLANTIS", "Atlantis")]
    [InlineData("NEW ATLANTIS", "New Atlantis")]
    [InlineData("  ATLANTIS  ", "Atlantis")]
    [InlineData("Atlantis upon SEA", "Atlantis upon SEA")]
    public void ToCouncil_keeps_unknown_names_as_written(string asWritten, string expectedName)
    {
        var council = Registry.ToCouncil(asWritten);

        Assert.False(council.Known);
        Assert.Equal(expectedName, council.Name);
        Assert.Equal(asWritten.Trim(), council.AsWritten);
        Assert.Null(council.GssCode);
        Assert.Null(council.Region);
    }

    [Fact]
    public void ToCouncil_gives_the_canonical_form_of_a_known_name_and_keeps_the_spelling()
    {
        var council = Registry.ToCouncil("ST. HELENS");

        Assert.Equal(new Model.Council("St Helens", "E08000013", "North West", true, "ST. HELENS"), council);
    }

    [Fact]
    public void FindMentions_finds_a_council_named_with_its_suffix()
    {
        const string text = "The report was approved by Lancashire County Council in May.";

        var mentions = Registry.FindMentions(text).ToList();

        var mention = Assert.Single(mentions);
        Assert.Equal("E10000017", mention.Entry.GssCode);
        Assert.Equal(text.IndexOf("Lancashire", StringComparison.Ordinal), mention.Start);
        Assert.StartsWith("Lancashire", text.Substring(mention.Start, mention.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void FindMentions_does_not_take_the_verb_bury_for_the_council()
    {
        var mentions = Registry.FindMentions("We must not bury the findings of the review in an appendix.");

        Assert.Empty(mentions);
    }

    [Fact]
    public void FindMentions_prefers_the_longest_spelling_and_reports_every_council_in_order()
    {
        const string text = "Partners in Cheshire West and Chester, Bury and St. Helens met; Blackburn & Darwen joined later.";

        var mentions = Registry.FindMentions(text).ToList();

        Assert.Equal(["E06000050", "E08000002", "E08000013", "E06000008"], mentions.Select(m => m.Entry.GssCode));
        Assert.Equal("Cheshire West and Chester", text.Substring(mentions[0].Start, mentions[0].Length));
        Assert.Equal("St. Helens", text.Substring(mentions[2].Start, mentions[2].Length));
        Assert.Equal("Blackburn & Darwen", text.Substring(mentions[3].Start, mentions[3].Length));
    }

    [Fact]
    public void FindMentions_does_not_match_inside_longer_words()
    {
        Assert.Empty(Registry.FindMentions("Buryport and Wiganshire are not councils; neither is Kentish Town."));
    }

    [Fact]
    public void Parse_reads_rows_with_aliases_and_rejects_short_rows()
    {
        const string tsv = "name\tgss_code\tregion\ttype\tstatus\taliases\nAtlantis\tE06999999\tSouth West\tunitary\tcurrent\tAtl; Atlantis City \n\n";
        var entries = CouncilDirectory.Parse(new StringReader(tsv)).ToList();

        var entry = Assert.Single(entries);
        Assert.Equal(["Atl", "Atlantis City"], entry.Aliases.ToArray());
        Assert.True(new CouncilDirectory(entries).TryResolve("ATLANTIS CITY", out _));

        Assert.Throws<FormatException>(() => CouncilDirectory.Parse(new StringReader("header\nAtlantis\tE06999999\n")).ToList());
    }

    [GeneratedRegex(@"^E(06|08|09|10)\d{6}$")]
    private static partial Regex GssCode();
}
