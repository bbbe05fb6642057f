using ProfileMiner.Eval;

namespace ProfileMiner.Tests.Eval;

/// <summary>How scoring (and training, for a label's context) decides which text stands for a gold one.</summary>
public sealed class MatchSimilarityTests
{
    private const string Gold = "the importance of identifying carers in the area with needs for support which are not being met.";

    [Fact]
    public void The_same_text_with_other_spacing_is_a_full_match()
    {
        Assert.Equal(1.0, ExtractionScorer.Similarity(Gold, "the importance of  identifying carers in the area\nwith needs for support which are not being met."));
    }

    [Fact]
    public void A_text_held_whole_inside_a_candidate_beats_a_near_identical_one()
    {
        var whole = ExtractionScorer.Similarity(Gold, "(c) " + Gold);
        var near = ExtractionScorer.Similarity(Gold, "(b) the importance of identifying adults in the area with needs for support which are not being met.");

        Assert.InRange(near, ExtractionScorer.MatchSimilarity, whole - 0.01);
        Assert.Equal(0.9, whole, 10);
    }

    [Fact]
    public void A_short_piece_is_not_matched_by_being_inside()
    {
        Assert.True(ExtractionScorer.Similarity("waiting times.", "Reducing waiting times.") < ExtractionScorer.MatchSimilarity);
    }
}
