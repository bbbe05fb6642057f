using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Segment;

/// <summary>A document's title as a reader gives it, never the furniture around it.</summary>
public sealed class TitleDetectorTests
{
    private static string? Title(string text, string name = "paper.txt") => TitleDetector.Detect(TextDocuments.Read(text, name));

    [Theory]
    [InlineData("Copyright: Getty Images\n\nSocial Care in Crisis\n\nText.\n")]
    [InlineData("1\n\nSocial Care in Crisis\n\nText.\n")]
    [InlineData("Agenda item\n\nSocial Care in Crisis\n\nText.\n")]
    [InlineData("Kent County Council\n\nSocial Care in Crisis\n\nText.\n")]
    [InlineData("Health Scrutiny Committee\n\n12 December 2013\n\nSocial Care in Crisis\n\nText.\n")]
    [InlineData("DRAFT\n\nSocial Care in Crisis DRAFT\n\nText.\n")]
    public void Furniture_before_the_title_is_passed_over(string text)
    {
        Assert.Equal("Social Care in Crisis", Title(text));
    }

    [Fact]
    public void A_committee_papers_subject_line_is_its_title()
    {
        Assert.Equal("Transfer of the 18-25 service", Title("From: Cabinet Member\n\nTo: Cabinet - 30 January 2025\n\nSubject:\n\nTransfer of the 18-25 service\n\nDecision no: 24/00109\n"));
    }

    [Fact]
    public void A_title_the_layout_broke_is_joined()
    {
        Assert.Equal("Improving Health and Wellbeing Priorities and Actions", Title("Improving Health and Wellbeing Priorities and\n\nActions\n\nContents\n"));
    }

    [Fact]
    public void Form_labels_and_their_values_are_not_titles()
    {
        Assert.Equal("Living Better Lives", Title("Electoral Division affected:\n\n(All Divisions);\n\nCorporate Priorities:\n\nCaring for the vulnerable;\n\nLiving Better Lives\n\nText.\n"));
    }

    [Fact]
    public void Without_a_title_in_the_text_the_file_names_words_stand_for_it()
    {
        Assert.Equal("camden local account 2019", Title("1\n\n2\n", "camden-local-account-2019.txt"));
    }
}
