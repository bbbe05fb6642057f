using ProfileMiner.Index;

namespace ProfileMiner.Tests.Index;

public sealed class PassagePriorTests
{
    [Theory]
    [InlineData("Period covered by this self assessment | April 2012 – March 2013", "table_row", "", PassagePrior.FormField)]
    [InlineData("Name | Mick Connell", "table_row", "", PassagePrior.FormField)]
    [InlineData("Electoral Division affected: (All Divisions);", "paragraph", "", PassagePrior.FormField)]
    [InlineData("3 | BLACKBURN & DARWEN | 28 | MANCHESTER", "table_row", "CONTENTS", PassagePrior.Contents)]
    [InlineData("So how did we do in 2010/11? ...... 5", "list_item", "Contents", PassagePrior.Contents)]
    [InlineData("Foreword ...... 2", "list_item", "Review of Performance", PassagePrior.Contents)]
    [InlineData("Carers Strategy", "list_item", "", 0.6f)]
    [InlineData("Delayed transfers of care from hospital have increased, but those attributable to social care were better", "list_item", "", 1f)]
    [InlineData("1E | Proportion of adults with learning disabilities in paid employment | 1.8% | Bottom | 1.6% | Bottom | →", "table_row", "", 1f)]
    [InlineData("Delayed transfers | 12.1", "table_row", "", 0.85f)]
    public void Contents_entries_form_fields_and_bare_labels_count_less(string text, string block, string heading, float expected) =>
        Assert.Equal(expected, PassagePrior.Of(text, block, heading));

    [Fact]
    public async Task A_passage_of_a_long_run_of_dots_is_weighed_at_once_and_a_leader_at_its_end_still_counts()
    {
        // A mutated Markdown line of 165,000 dots held the index stage for over ten minutes: the
        // leader pattern, tried over the whole passage, backtracked through the run from every dot.
        var dots = "a" + new string('.', 200_000) + " name";
        var prior = await Task.Run(() => PassagePrior.Of(dots, "paragraph", string.Empty)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.NotEqual(PassagePrior.Contents, prior);
        Assert.Equal(PassagePrior.Contents, PassagePrior.Of(new string('x', 5_000) + " ........ 12", "list_item", string.Empty));
    }
}
