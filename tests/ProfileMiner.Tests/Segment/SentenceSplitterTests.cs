using ProfileMiner.Segment;

namespace ProfileMiner.Tests.Segment;

public sealed class SentenceSplitterTests
{
    // Expected sentences are separated by " ‖ " (a character the inputs never use).
    private const string Separator = " ‖ ";

    [Theory]
    [InlineData("The team covers St. Helens and Wigan. It is new.", "The team covers St. Helens and Wigan. ‖ It is new.")]
    [InlineData("LOCAL AUTHORITY : ST. HELENS. Next year it grows.", "LOCAL AUTHORITY : ST. HELENS. ‖ Next year it grows.")]
    [InlineData("See item No. 5 in the table. It is late.", "See item No. 5 in the table. ‖ It is late.")]
    [InlineData("We support approx. 300 people at home. Most are over 65.", "We support approx. 300 people at home. ‖ Most are over 65.")]
    [InlineData("Use a service, e.g. the Hub, first. Then call us.", "Use a service, e.g. the Hub, first. ‖ Then call us.")]
    [InlineData("Some teams, e.g. Reablement, improved. Others did not.", "Some teams, e.g. Reablement, improved. ‖ Others did not.")]
    [InlineData("One front door, i.e. The Hub, takes calls. It opened in May.", "One front door, i.e. The Hub, takes calls. ‖ It opened in May.")]
    [InlineData("Delays are 1.6 per 100,000 population. That is low.", "Delays are 1.6 per 100,000 population. ‖ That is low.")]
    [InlineData("Savings of £1.5m were made. More are planned.", "Savings of £1.5m were made. ‖ More are planned.")]
    [InlineData("The gross budget is £673m.", "The gross budget is £673m.")]
    [InlineData("The gross budget is £673m. It will rise.", "The gross budget is £673m. ‖ It will rise.")]
    [InlineData("He said \"we will act.\" Then he left.", "He said \"we will act.\" ‖ Then he left.")]
    [InlineData("She said “this works.” The board agreed.", "She said “this works.” ‖ The board agreed.")]
    [InlineData("It was rated 'good.' Staff were pleased.", "It was rated 'good.' ‖ Staff were pleased.")]
    [InlineData("Is it working? Yes, it is.", "Is it working? ‖ Yes, it is.")]
    [InlineData("What next? 20 homes will open.", "What next? ‖ 20 homes will open.")]
    [InlineData("It works! We are proud.", "It works! ‖ We are proud.")]
    [InlineData("The report by J. Smith was approved. It was published.", "The report by J. Smith was approved. ‖ It was published.")]
    [InlineData("Signed by Mick J. Connell, Director.", "Signed by Mick J. Connell, Director.")]
    [InlineData("Dr. Patel and Cllr. Jones met Mr. Khan. They agreed.", "Dr. Patel and Cllr. Jones met Mr. Khan. ‖ They agreed.")]
    [InlineData("Why? because it failed.", "Why? because it failed.")]
    [InlineData("It is late.Then it stopped.", "It is late.Then it stopped.")]
    [InlineData("One. Two. Three.", "One. ‖ Two. ‖ Three.")]
    [InlineData("No full stop at the end", "No full stop at the end")]
    public void Split_gives_the_expected_sentences(string text, string expected)
    {
        var sentences = Texts(text);

        Assert.Equal(expected.Split(Separator), sentences);
    }

    [Fact]
    public void Initials_written_together_do_not_end_a_sentence()
    {
        Assert.Equal(["The report by J.R. Smith was approved.", "It was published."], Texts("The report by J.R. Smith was approved. It was published."));
    }

    [Fact]
    public void A_normal_paragraph_splits_into_its_sentences()
    {
        const string paragraph =
            "Staff turnover in the care sector is low, 11.3% compared with 24.2% across the NW, although high occupancy " +
            "levels are now becoming a concern, 97.6% in the care home sector at the last count. With a focus on locality " +
            "teams and asset-based approaches, we are looking to further strengthen the offer. The 'Your Support Your Choice' " +
            "website was launched in 2016! Does it work? Early figures, e.g. 1,200 visits a month, say yes.";

        var sentences = Texts(paragraph);

        Assert.Equal(
            [
                "Staff turnover in the care sector is low, 11.3% compared with 24.2% across the NW, although high occupancy levels are now becoming a concern, 97.6% in the care home sector at the last count.",
                "With a focus on locality teams and asset-based approaches, we are looking to further strengthen the offer.",
                "The 'Your Support Your Choice' website was launched in 2016!",
                "Does it work?",
                "Early figures, e.g. 1,200 visits a month, say yes.",
            ],
            sentences);
    }

    [Theory]
    [InlineData("  Leading and trailing spaces. Are trimmed.  ")]
    [InlineData("First.   Second with   inner spaces.\tThird.")]
    [InlineData("A question? An answer! A statement.")]
    public void Ranges_map_back_to_the_text_in_order_without_overlap(string text)
    {
        var ranges = SentenceSplitter.Default.Split(text);

        Assert.NotEmpty(ranges);
        var previousEnd = 0;
        foreach (var (start, end) in ranges)
        {
            Assert.True(start >= previousEnd, $"range [{start},{end}) starts before the previous end {previousEnd}");
            Assert.True(end > start);
            Assert.True(end <= text.Length);
            var sentence = text[start..end];
            Assert.Equal(sentence.Trim(), sentence);
            previousEnd = end;
        }

        // Only whitespace lies between and around the sentences.
        var covered = string.Concat(ranges.Select(r => text[r.Start..r.End]));
        Assert.Equal(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), string.Concat(covered.Where(c => !char.IsWhiteSpace(c))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Empty_or_blank_text_has_no_sentences(string text)
    {
        Assert.Empty(SentenceSplitter.Default.Split(text));
    }

    [Fact]
    public void A_very_long_run_is_cut_at_spaces_into_pieces_no_longer_than_the_limit()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 3000));

        var ranges = SentenceSplitter.Default.Split(text);

        Assert.True(ranges.Count >= 3);
        Assert.All(ranges, r => Assert.InRange(r.End - r.Start, 1, SentenceSplitter.MaxSentenceLength));
        Assert.All(ranges, r => Assert.Equal("word", text[r.Start..Math.Min(r.End, r.Start + 4)]));
        Assert.Equal(text.Length, ranges[^1].End);
    }

    [Fact]
    public void Extra_abbreviations_are_honoured()
    {
        var splitter = new SentenceSplitter(["Ltd"]);

        var withExtra = splitter.Split("Care Homes Ltd. Runs ten homes.");
        var withoutExtra = SentenceSplitter.Default.Split("Care Homes Ltd. Runs ten homes.");

        Assert.Single(withExtra);
        Assert.Equal(2, withoutExtra.Count);
    }

    private static string[] Texts(string text) =>
        [.. SentenceSplitter.Default.Split(text).Select(r => text[r.Start..r.End])];
}
