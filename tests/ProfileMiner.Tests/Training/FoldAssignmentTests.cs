using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

/// <summary>How the cross-validation's folds hold out sections or whole documents.</summary>
public sealed class FoldAssignmentTests
{
    private static readonly string[] s_scored = ["a.txt|Bury", "a.txt|Bury", "a.txt|Bolton", "b.txt|Lancashire", "c.txt|Halton", "c.txt|Halton"];

    [Fact]
    public void Holding_out_sections_gives_each_scored_section_a_fold_and_others_none()
    {
        var folds = FoldAssignment.Deal(s_scored, 2, HoldOut.Section);

        Assert.NotNull(folds.Of("a.txt|Bury"));
        Assert.NotNull(folds.Of("a.txt|Bolton"));
        Assert.Null(folds.Of("a.txt|Wigan"));
        Assert.Null(folds.Of(null));
        Assert.Equal(2, folds.Used);
    }

    [Fact]
    public void Holding_out_documents_puts_every_section_of_a_document_in_its_fold_even_one_without_labels()
    {
        var folds = FoldAssignment.Deal(s_scored, 3, HoldOut.Document);

        Assert.Equal(folds.Of("a.txt|Bury"), folds.Of("a.txt|Bolton"));
        Assert.Equal(folds.Of("a.txt|Bury"), folds.Of("a.txt|Wigan"));
        Assert.NotEqual(folds.Of("a.txt|Bury"), folds.Of("b.txt|Lancashire"));
        Assert.NotEqual(folds.Of("b.txt|Lancashire"), folds.Of("c.txt|Halton"));
        Assert.Null(folds.Of("d.txt|Wigan"));
        Assert.Equal(3, folds.Used);
    }

    [Theory]
    [InlineData(HoldOut.Section, 4)]
    [InlineData(HoldOut.Document, 3)]
    public void The_units_are_counted_as_the_folds_would_hold_them_out(HoldOut holdOut, int units)
    {
        Assert.Equal(units, FoldAssignment.CountUnits([.. s_scored, null], holdOut));
    }

    [Fact]
    public void More_folds_than_documents_leaves_the_extra_folds_empty()
    {
        var folds = FoldAssignment.Deal(s_scored, 5, HoldOut.Document);

        Assert.Equal(3, folds.Used);
        Assert.All(new[] { "a.txt|Bury", "b.txt|Lancashire", "c.txt|Halton" }, g => Assert.InRange(folds.Of(g)!.Value, 0, 4));
    }
}
