using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Support;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

/// <summary>The real gold <c>train</c> reads: split by council into halves, documents filtered by half, whole-document councils.</summary>
public sealed class RealTrainingGoldTests
{
    // Two real documents: one of a tuning council, one of a check council; the segmenter finds no council in either.
    private static TempDirectory RealFolder()
    {
        var temp = new TempDirectory();
        temp.Write("docs/a.txt", "Adult social care performance\n\nThe number of carers assessed rose to 310 this year.\n\nDelayed transfers of care fell compared with last year.\n");
        temp.Write("docs/b.txt", "Quarterly report\n\nReviews completed on time improved compared with the previous quarter.\n");
        temp.Write("gold/coverage.jsonl", "{\"doc\": \"a.txt\", \"council\": \"Alpha\", \"lines\": [1, 5]}\n{\"doc\": \"b.txt\", \"council\": \"Beta\", \"lines\": [1, 3]}\n");
        temp.Write("gold/claims.jsonl", "{\"doc\": \"a.txt\", \"council\": \"Alpha\", \"sentence\": \"Delayed transfers of care fell compared with last year.\", \"type\": \"trend\"}\n{\"doc\": \"b.txt\", \"council\": \"Beta\", \"sentence\": \"Reviews completed on time improved compared with the previous quarter.\", \"type\": \"trend\"}\n");
        temp.Write("gold/themes.jsonl", "{\"doc\": \"a.txt\", \"council\": \"Alpha\", \"text\": \"The number of carers assessed rose to 310 this year.\", \"themes\": [\"carers\"]}\n{\"doc\": \"b.txt\", \"council\": \"Beta\", \"text\": \"Reviews completed on time improved compared with the previous quarter.\", \"themes\": [\"performance\"]}\n");
        temp.Write("halves.tsv", "# test halves\nAlpha\ttune\nBeta\tcheck\n");
        return temp;
    }

    [Fact]
    public void Documents_fall_into_the_half_of_their_council()
    {
        using var temp = RealFolder();
        var diagnostics = new DiagnosticBag();

        var real = Assert.Single(RealTrainingGold.Load([temp.Path], temp.File("halves.tsv"), diagnostics));

        Assert.Equal(["a.txt"], real.TuneDocs);
        Assert.Equal(["b.txt"], real.CheckDocs);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_council_the_halves_file_does_not_name_is_reported_and_left_out()
    {
        using var temp = RealFolder();
        temp.Write("halves.tsv", "Alpha\ttune\n");
        var diagnostics = new DiagnosticBag();

        var real = Assert.Single(RealTrainingGold.Load([temp.Path], temp.File("halves.tsv"), diagnostics));

        Assert.Empty(real.CheckDocs);
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("'Beta'", StringComparison.Ordinal) && d.Severity == Severity.Warning);
    }

    [Fact]
    public void A_missing_real_folder_is_one_warning_and_no_gold()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        Assert.Empty(RealTrainingGold.Load([temp.File("absent")], temp.File("halves.tsv"), diagnostics));
        Assert.Contains("no real gold folder", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_documents_hold_only_the_documents_their_filter_includes()
    {
        using var temp = RealFolder();
        var docs = new TrainingDocuments([(Path.Combine(temp.Path, "docs"), name => name == "a.txt")], new DiagnosticBag());

        Assert.True(docs.Contains("a.txt"));
        Assert.False(docs.Contains("b.txt"));
        Assert.Null(docs.Get("b.txt"));
        Assert.Equal(["a.txt"], docs.Texts().Select(d => d.Source.File));
    }

    [Fact]
    public void A_document_covered_for_one_council_gives_its_sentences_that_council_whatever_the_segmenter_finds()
    {
        using var temp = RealFolder();
        var docs = new TrainingDocuments([(Path.Combine(temp.Path, "docs"), null)], new DiagnosticBag());
        var gold = Path.Combine(temp.Path, "gold");

        var whole = ClaimTrainingData.Build(gold, docs, new DiagnosticBag(), c => c == "Alpha", wholeDocuments: true);
        var bySection = ClaimTrainingData.Build(gold, docs, new DiagnosticBag(), c => c == "Alpha");

        Assert.NotEmpty(whole.Candidates);
        Assert.All(whole.Candidates, c => Assert.Equal("a.txt|Alpha", c.Group));
        Assert.Contains(whole.Candidates, c => c.Label == "trend");
        Assert.DoesNotContain(whole.Examples, e => e.Text.Contains("Reviews", StringComparison.Ordinal));
        // Without whole documents, no sentence is in the covered council's section: the gold claim is added as it stands.
        Assert.Empty(bySection.Candidates);
        Assert.Equal(["a.txt|Alpha"], bySection.UnmatchedGold);
    }

    [Fact]
    public void The_check_half_chooses_among_weights_within_the_tolerance_the_one_nearest_the_default()
    {
        var model = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default);
        var check = SmallThemeSet.Examples.Take(6).ToList();

        var (weight, tried) = CheckHalfSelection.Blend(model, check, ThemeLexicon.Default, []);

        Assert.Equal(CheckHalfSelection.BlendGrid, tried.Select(t => t.Weight));
        var best = tried.Max(t => t.Pooled.Micro.F1);
        var chosen = Assert.Single(tried, t => t.Weight == weight);
        Assert.True(chosen.Pooled.Micro.F1 >= best - CheckHalfSelection.Tolerance);
        Assert.All(tried.Where(t => t.Pooled.Micro.F1 >= best - CheckHalfSelection.Tolerance), t =>
            Assert.True(Math.Abs(t.Weight - BlendedThemeScorer.DefaultModelWeight) >= Math.Abs(weight - BlendedThemeScorer.DefaultModelWeight)));
    }

    [Fact]
    public void Pooling_counts_the_cross_validated_passages_with_the_check_half()
    {
        var model = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default);
        var check = SmallThemeSet.Examples.Take(3).ToList();
        // A cross-validation that got every weight but the model alone (1) wrong on many passages.
        var wrong = Enumerable.Repeat(((IReadOnlyCollection<string>)["carers"], (IReadOnlyCollection<string>)["workforce"]), 50).ToList();
        var right = Enumerable.Repeat(((IReadOnlyCollection<string>)["carers"], (IReadOnlyCollection<string>)["carers"]), 50).ToList();
        var cv = CheckHalfSelection.BlendGrid.Select(w => w == 1 ? right : wrong).ToImmutableArray();

        var (weight, tried) = CheckHalfSelection.Blend(model, check, ThemeLexicon.Default, cv);

        Assert.Equal(1, weight);
        Assert.Equal(53, tried[0].Pooled.Passages);
    }
}
