using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Models;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Eval;

/// <summary>The claim classifier scored alone over a real run's passages, as <c>eval</c> shows it beside the rules.</summary>
public sealed class ModelAloneClaimsTests : IClassFixture<SeedRunFixture>
{
    private readonly SeedRunFixture _run;

    public ModelAloneClaimsTests(SeedRunFixture run) => _run = run;

    private static ClaimModel Model => new ModelStore(null).Claims!;

    private static string Gold => Path.Combine(RepoPaths.Root, "corpus", "gold");

    [Fact]
    public void Claims_are_sentences_of_running_text_typed_by_the_model_above_the_threshold()
    {
        var claims = ModelAloneClaims.FromPassages(_run.PassagesJsonl, Model);

        Assert.NotEmpty(claims);
        var running = File.ReadLines(_run.PassagesJsonl)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(p => p.GetProperty("kind").GetString() is "paragraph" or "list_item")
            .Select(p => (Doc: p.GetProperty("doc").GetString(), Text: p.GetProperty("text").GetString()!))
            .ToList();
        Assert.All(claims, c =>
        {
            Assert.Equal(ModelClaimExtractor.ModelExtractorId, c.GetProperty("extractor").GetString());
            Assert.Contains(c.GetProperty("type").GetString()!, (IReadOnlySet<string>)ClaimModel.Labels);
            Assert.NotEqual(ClaimModel.None, c.GetProperty("type").GetString());
            Assert.True(c.GetProperty("confidence").GetDouble() >= ModelAloneClaims.DefaultThreshold);
            var sentence = c.GetProperty("sentence").GetString()!;
            Assert.Contains(running, p => p.Doc == c.GetProperty("doc").GetString() && p.Text.Contains(sentence, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void A_higher_threshold_keeps_a_subset_and_one_above_1_keeps_none()
    {
        var all = ModelAloneClaims.FromPassages(_run.PassagesJsonl, Model);
        var sure = ModelAloneClaims.FromPassages(_run.PassagesJsonl, Model, 0.9);

        Assert.True(sure.Count < all.Count, $"{sure.Count} at 0.9, {all.Count} at 0.5");
        Assert.All(sure, c => Assert.True(c.GetProperty("confidence").GetDouble() >= 0.9));
        Assert.Empty(ModelAloneClaims.FromPassages(_run.PassagesJsonl, Model, 1.01));
    }

    [Fact]
    public void Scored_against_the_gold_the_model_alone_finds_claims_the_run_covers()
    {
        var scorer = new ExtractionScorer(Gold, RepoPaths.Seeds);

        var report = scorer.ScoreClaims(ModelAloneClaims.FromPassages(_run.PassagesJsonl, Model), ModelClaimExtractor.ModelExtractorId);

        var txt = Assert.Single(report.Groups, g => g.Variant == ".txt");
        Assert.True(txt.Claims.Matched > 0);
        Assert.True(txt.Claims.Predicted >= txt.Claims.Matched);
        Assert.Equal(0, txt.Metrics.Predicted);
        Assert.Equal(ModelClaimExtractor.ModelExtractorId, report.Extractor);
    }

    [Fact]
    public void The_gold_claims_scored_in_memory_are_perfect_as_from_a_file()
    {
        var gold = File.ReadLines(Path.Combine(Gold, "claims.jsonl")).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var report = new ExtractionScorer(Gold, RepoPaths.Seeds).ScoreClaims(gold);

        Assert.NotEmpty(report.Groups);
        Assert.All(report.Groups, g => Assert.Equal(1.0, g.Claims.F1, 3));
    }

    [Fact]
    public void A_passages_file_with_a_line_that_is_not_json_is_refused_naming_the_file_and_line()
    {
        using var temp = new TempDirectory();
        var path = temp.File("passages.jsonl");
        File.WriteAllLines(path, [File.ReadLines(_run.PassagesJsonl).First(), "not json"]);

        var error = Assert.Throws<ProfileMinerException>(() => ModelAloneClaims.FromPassages(path, Model));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.BadJsonLine, diagnostic.Code);
        Assert.Equal(2, diagnostic.Where?.Line);
        Assert.Equal(path, diagnostic.Where?.File);
    }

    [Fact]
    public void A_missing_passages_file_gives_no_claims()
    {
        using var temp = new TempDirectory();

        Assert.Empty(ModelAloneClaims.FromPassages(temp.File("passages.jsonl"), Model));
    }
}
