using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Tests.Support;
using ProfileMiner.Tests.Training;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Extract.Models;

/// <summary>The prediction engines of <see cref="ThemeModel.Score(IReadOnlyList{ThemePassage}, ThemeLexicon)"/> give exactly the scores of one ML.NET batch.</summary>
public sealed class ThemeModelScoringTests
{
    // Each seed's passages with their context, as run scores them, and each seed's passages scored
    // as one ML.NET batch: worked out once, as three tests compare against them.
    private static readonly Lazy<List<List<ThemePassage>>> s_batches = new(() =>
        [.. SeedFiles.All.Select(name => ThemePassage.Of(SeedFiles.Segmented(name)).Select(p => p.Themed).ToList())]);

    private static readonly Lazy<List<IReadOnlyList<double[]>>> s_batchScores = new(() =>
        [.. s_batches.Value.Select(b => new ModelStore(null).Themes!.ScoreBatch(b, ThemeLexicon.Default))]);

    private static List<List<ThemePassage>> SeedBatches() => s_batches.Value;

    private static void AssertSame(IReadOnlyList<double[]> expected, IReadOnlyList<double[]> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // Bit for bit: the engines must not change a prediction.
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void The_shipped_model_scores_every_seed_passage_as_one_batch_does_in_per_document_and_single_passage_calls()
    {
        var model = new ModelStore(null).Themes!;
        var batches = SeedBatches();
        var all = batches.SelectMany(b => b).ToList();
        Assert.True(all.Count > 1000, $"only {all.Count} seed passages");

        var reference = model.ScoreBatch(all, ThemeLexicon.Default);
        Assert.Contains(reference, s => s.Max() > 0.5);

        AssertSame(reference, [.. batches.SelectMany(b => model.Score(b, ThemeLexicon.Default))]);
        AssertSame(reference.Take(50).ToList(), [.. all.Take(50).SelectMany(t => model.Score([t], ThemeLexicon.Default))]);
        Assert.Empty(model.Score(Array.Empty<ThemePassage>(), ThemeLexicon.Default));
        Assert.Contains(all, p => p.Heading.Length > 0);
        Assert.Contains(all, p => p.LeadIn.Length > 0);
    }

    [Fact]
    public void Documents_scored_in_parallel_get_the_scores_of_one_batch()
    {
        var model = new ModelStore(null).Themes!;
        var batches = SeedBatches();
        var reference = s_batchScores.Value;

        var parallel = new IReadOnlyList<double[]>[batches.Count * 2];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = model.Score(batches[i % batches.Count], ThemeLexicon.Default));

        for (var i = 0; i < parallel.Length; i++)
        {
            AssertSame(reference[i % batches.Count], parallel[i]);
        }
    }

    [Fact]
    public void A_freshly_trained_text_only_model_scores_as_its_batch_does()
    {
        var model = ThemeTrainer.Train(SmallThemeSet.Examples, ThemeLexicon.Default);
        var texts = SmallThemeSet.Examples.Select(e => e.Passage).Append(new ThemePassage("Respite for unpaid carers was extended.") { Heading = "Carers" }).ToList();

        AssertSame(model.ScoreBatch(texts, ThemeLexicon.Default), model.Score(texts, ThemeLexicon.Default));
    }

    [Fact]
    public void The_shipped_blend_scores_as_its_lexicon_and_one_model_batch_combined()
    {
        var model = new ModelStore(null).Themes!;
        var lexicon = new LexiconThemeScorer { Context = ThemeContextWeights.Default };
        var blend = new BlendedThemeScorer(lexicon, new ModelThemeScorer(model));
        var w = blend.ModelWeight;

        foreach (var (batch, scores) in SeedBatches().Zip(s_batchScores.Value).Where(b => b.First.Count > 0))
        {
            var expected = lexicon.Score(batch).Zip(scores, (l, m) => l.Zip(m, (a, b) => ((1 - w) * a) + (w * b)).ToArray()).ToList();
            AssertSame(expected, blend.Score(batch));
        }
    }
}
