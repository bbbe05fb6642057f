using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Extract.Models;

public sealed class ClaimModelTests
{
    private static readonly ClaimExample[] s_examples =
    [
        new("Eleven of the ASCOF measures improved on last year.", "benchmark_count", "a", "t"),
        new("Nine of our 20 measures were better than average.", "benchmark_count", "a", "t"),
        new("Fourteen indicators were in the top quartile.", "benchmark_count", "b", "t"),
        new("The day service was rated outstanding by the CQC.", "rating", "a", "t"),
        new("Our reablement team won a national award.", "rating", "b", "t"),
        new("The care home was rated good at inspection.", "rating", "b", "t"),
        new("The board met in the town hall in March.", ClaimModel.None, "a", "t"),
        new("This report describes the services we provide.", ClaimModel.None, "a", "t"),
        new("Officers will present the plan to members.", ClaimModel.None, "b", "t"),
        new("The council has three localities.", ClaimModel.None, "b", "t"),
        new("Contact the team by telephone or email.", ClaimModel.None, "b", "t"),
        new("We work with partners across the county.", ClaimModel.None, "a", "t"),
    ];

    [Fact]
    public void A_claim_model_trained_on_a_small_set_saves_loads_and_predicts_the_same()
    {
        var model = ClaimTrainer.Train(s_examples);
        string[] sentences = ["Twelve measures improved on last year.", "The day service was rated outstanding by the CQC inspectors.", "The meeting was held in the town hall."];
        var before = model.Predict(sentences);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var after = ClaimModel.Load(stream).Predict(sentences);

        Assert.Equal(before, after);
        Assert.Equal("benchmark_count", before[0].Label);
        Assert.Equal("rating", before[1].Label);
        Assert.True(before[2].Probability < before[1].Probability, "a meeting place is less of a claim than a rating");
        Assert.All(before, v => Assert.InRange(v.Probability, 0, 1));
        Assert.Equal(before, ClaimTrainer.Train(s_examples).Predict(sentences));
    }

    [Fact]
    public void Beside_the_rules_every_rule_claim_is_kept_and_model_claims_only_come_where_rules_are_silent()
    {
        var text = "LOCAL AUTHORITY : WIGAN\n\n11 of the 20 ASCOF measures were better than the England average.\n\nTwelve measures improved on last year and the extra care scheme was rated outstanding.\n\nThe meeting was held in the town hall.\n";
        var document = TextDocuments.Segment(text, new DiagnosticBag(), "t.txt");
        var rules = new ClaimRuleExtractor().Extract(document, new DiagnosticBag()).Cast<Claim>().ToList();

        var keepAll = new ModelClaimExtractor(ClaimTrainer.Train(s_examples)) { Threshold = 0 };
        var combined = keepAll.Extract(document, new DiagnosticBag()).Cast<Claim>().ToList();
        var silent = new ModelClaimExtractor(ClaimTrainer.Train(s_examples)) { Threshold = 1.01 };

        Assert.NotEmpty(rules);
        Assert.Equal(rules, combined.Where(c => c.Extractor == ClaimRuleExtractor.ExtractorId));
        Assert.Equal(rules, silent.Extract(document, new DiagnosticBag()).Cast<Claim>());
        var added = combined.Where(c => c.Extractor == ModelClaimExtractor.ModelExtractorId).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, c =>
        {
            Assert.DoesNotContain(rules, r => r.Source.Start >= c.Source.Start && r.Source.Start < c.Source.End);
            Assert.Equal(c.Sentence, document.Source.Text[c.Source.Start..c.Source.End]);
            Assert.Contains(c.Type, (IReadOnlySet<string>)ClaimModel.Labels);
        });
    }
}
