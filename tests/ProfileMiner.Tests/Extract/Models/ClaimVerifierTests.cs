using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Rules;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;
using ProfileMiner.Training;

namespace ProfileMiner.Tests.Extract.Models;

public sealed class ClaimVerifierTests
{
    private static readonly ClaimExample[] s_examples =
    [
        new("Eleven of the ASCOF measures improved on last year.", "benchmark_count", "a", "t"),
        new("Admissions to care homes reduced by a fifth this year.", "trend", "a", "t"),
        new("The day service was rated outstanding by the CQC.", "rating", "b", "t"),
        new("The board met in the town hall in March.", ClaimModel.None, "a", "t"),
        new("This report describes the services we provide.", ClaimModel.None, "b", "t"),
        new("We work with partners across the county.", ClaimModel.None, "a", "t"),
    ];

    private static readonly ClaimVerifierExample[] s_verifier =
    [
        Fired("Delayed transfers of care reduced by 30% compared with last year.", true),
        Fired("The number of people using direct payments increased from 400 to 520.", true),
        Fired("Waiting times for assessment have reduced to under four weeks.", true),
        Fired("Satisfaction with services improved on the previous year.", true),
        Fired("The new framework aims to deliver improved outcomes for residents.", false),
        Fired("Our vision is one of improved wellbeing and independence for everyone.", false),
        Fired("The programme brings partners together to support improved outcomes for carers.", false),
        Fired("Increased investment in community services is a theme of the plan.", false),
    ];

    private static ClaimVerifierExample Fired(string sentence, bool claim) => new(sentence, ["trend"], claim, null, 0, 0);

    [Fact]
    public void A_claim_model_with_a_verifier_saves_and_loads_with_its_veto_and_scores_the_same()
    {
        var model = ClaimTrainer.Train(s_examples, s_verifier, 0.35, 0.9);
        (string, IReadOnlyList<string>)[] fired =
        [
            ("Permanent admissions reduced by 12% on the previous year.", ["trend"]),
            ("The strategy aims to support improved outcomes for older people.", ["trend"]),
        ];
        string[] sentences = ["Twelve measures improved on last year.", "The meeting was held in the town hall."];
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = ClaimModel.Load(stream);

        Assert.True(model.HasVerifier);
        Assert.True(loaded.HasVerifier);
        Assert.Equal(0.35, loaded.Veto);
        Assert.Equal(0.9, loaded.Threshold);
        Assert.Equal(model.Verify(fired), loaded.Verify(fired));
        Assert.Equal(model.Predict(sentences), loaded.Predict(sentences));
        Assert.True(model.Verify(fired)[0] > model.Verify(fired)[1], "a measured fall is more of a claim than an aim");
        Assert.Equal(model.Verify(fired), ClaimTrainer.Train(s_examples, s_verifier, 0.35, 0.9).Verify(fired));
    }

    [Fact]
    public void Training_twice_on_the_same_data_saves_the_same_bytes_with_or_without_a_verifier()
    {
        Assert.Equal(ModelBytes.Of(ClaimTrainer.Train(s_examples, s_verifier, 0.35, 0.9)), ModelBytes.Of(ClaimTrainer.Train(s_examples, s_verifier, 0.35, 0.9)));
        Assert.Equal(ModelBytes.Of(ClaimTrainer.Train(s_examples)), ModelBytes.Of(ClaimTrainer.Train(s_examples)));
        Assert.NotEqual(ModelBytes.Of(ClaimTrainer.Train(s_examples, s_verifier, 0.35, 0.9)), ModelBytes.Of(ClaimTrainer.Train(s_examples, s_verifier, 0.4, 0.9)));
    }

    [Fact]
    public void Without_examples_of_both_kinds_there_is_no_verifier_and_nothing_is_vetoed()
    {
        var model = ClaimTrainer.Train(s_examples, [.. s_verifier.Where(v => v.IsClaim)], 0.5, 0.9);

        Assert.False(model.HasVerifier);
        Assert.Equal(0, model.Veto);
        Assert.Equal(ClaimModel.DefaultThreshold, model.Threshold);
    }

    [Fact]
    public void The_veto_drops_the_rule_claims_of_the_sentences_the_verifier_doubts_and_keeps_the_rest()
    {
        var text = "LOCAL AUTHORITY : WIGAN\n\nDelayed transfers of care reduced by 25% compared with last year.\n\nThe new pathway is designed to deliver improved outcomes for carers.\n\n11 of the 20 ASCOF measures were better than the England average.\n";
        var document = TextDocuments.Segment(text, new DiagnosticBag(), "t.txt");
        var rules = new ClaimRuleExtractor().Extract(document, new DiagnosticBag()).Cast<Claim>().ToList();
        var model = ClaimTrainer.Train(s_examples, s_verifier, 0.5, 0.9);
        var fired = ModelClaimExtractor.Sentences(document)
            .Select(s => (s.Sentence, Types: rules.Where(r => r.Source.Start >= s.Sentence.Start && r.Source.Start < s.Sentence.End).Select(r => r.Type).ToList()))
            .Where(s => s.Types.Count > 0).ToList();
        var p = model.Verify([.. fired.Select(f => (f.Sentence.Text, (IReadOnlyList<string>)f.Types))]);
        var doubted = fired.Where((_, i) => p[i] < 0.5).Select(f => f.Sentence).ToList();

        var kept = new ModelClaimExtractor(model) { Threshold = 1.01 }.Extract(document, new DiagnosticBag()).Cast<Claim>().ToList();
        var none = new ModelClaimExtractor(model) { Threshold = 1.01, Veto = 0 }.Extract(document, new DiagnosticBag()).Cast<Claim>().ToList();
        var all = new ModelClaimExtractor(model) { Threshold = 1.01, Veto = 1.01 }.Extract(document, new DiagnosticBag()).Cast<Claim>().ToList();

        Assert.Equal(3, fired.Count);
        Assert.Contains(doubted, s => s.Text.Contains("designed to deliver", StringComparison.Ordinal));
        Assert.DoesNotContain(doubted, s => s.Text.Contains("reduced by 25%", StringComparison.Ordinal));
        Assert.Equal(rules, none);
        Assert.Empty(all);
        Assert.Equal(rules.Where(r => !doubted.Any(d => r.Source.Start >= d.Start && r.Source.Start < d.End)), kept);
        Assert.True(kept.Count < rules.Count);
    }

    [Fact]
    public void The_veto_is_the_smallest_that_gives_the_best_f1_of_the_kept_rule_claims()
    {
        static (ClaimVerifierExample, double) Case(double p, int rules, int matched, int gold) =>
            (new ClaimVerifierExample("s", [.. Enumerable.Repeat("trend", rules)], matched > 0, "g", matched, gold), p);

        // Two false positives at 0.02 and 0.12, a true claim at 0.18: dropping below 0.15 removes both
        // false positives and no true one; 0.2 would lose the true claim.
        (ClaimVerifierExample, double)[] scored = [Case(0.02, 1, 0, 0), Case(0.12, 1, 0, 0), Case(0.18, 1, 1, 1), Case(0.9, 2, 2, 2), Case(0.95, 1, 1, 1)];
        Assert.Equal(0.15, ClaimSelection.BestVeto(scored, otherGold: 3));

        // A true claim at the bottom: no veto helps.
        (ClaimVerifierExample, double)[] honest = [Case(0.01, 1, 1, 1), Case(0.5, 1, 1, 1), Case(0.6, 1, 0, 0)];
        Assert.Equal(0, ClaimSelection.BestVeto(honest, otherGold: 0));
    }

    [Fact]
    public void The_threshold_is_the_highest_that_gives_the_best_f1_once_the_model_claims_are_added()
    {
        // Kept rule claims: 10 predicted, 9 matched, of 12 gold. The model's claims where rules are silent:
        // a hit at 0.97, a false one at 0.92, a hit at 0.88, two false ones at 0.65.
        (string, double, bool)[] silent = [("trend", 0.97, true), ("rank", 0.92, false), ("trend", 0.88, true), ("rating", 0.65, false), ("trend", 0.65, false), (ClaimModel.None, 0.99, false)];
        Assert.Equal(0.85, ClaimSelection.BestThreshold(10, 9, 12, silent));

        // Only false claims: the model adds nothing.
        Assert.Equal(ClaimSelection.Never, ClaimSelection.BestThreshold(10, 9, 12, [("trend", 0.99, false), ("rank", 0.7, false)]));
    }

    [Fact]
    public void The_extractor_takes_the_threshold_and_veto_of_its_model_unless_told_otherwise()
    {
        var text = "LOCAL AUTHORITY : WIGAN\n\nTwelve measures improved on last year and the extra care scheme was rated outstanding.\n\nThe new pathway is designed to deliver improved outcomes for carers.\n\nThe meeting was held in the town hall.\n";
        var document = TextDocuments.Segment(text, new DiagnosticBag(), "t.txt");
        var rules = new ClaimRuleExtractor().Extract(document, new DiagnosticBag()).Cast<Claim>().ToList();
        var silentModel = ClaimTrainer.Train(s_examples, s_verifier, 0, ClaimSelection.Never);
        var eagerModel = ClaimTrainer.Train(s_examples, s_verifier, 0, 0);

        Assert.Equal(rules, new ModelClaimExtractor(silentModel).Extract(document, new DiagnosticBag()).Cast<Claim>());
        Assert.Contains(new ModelClaimExtractor(eagerModel).Extract(document, new DiagnosticBag()).Cast<Claim>(), c => c.Extractor == ModelClaimExtractor.ModelExtractorId);
        Assert.Equal(rules, new ModelClaimExtractor(eagerModel) { Threshold = ClaimSelection.Never }.Extract(document, new DiagnosticBag()).Cast<Claim>());
        Assert.Empty(new ModelClaimExtractor(ClaimTrainer.Train(s_examples, s_verifier, 1, ClaimSelection.Never)).Extract(document, new DiagnosticBag()));
    }

    [Fact]
    public void Written_sentences_become_verifier_examples_only_where_the_rules_fire()
    {
        var written = ClaimSelection.Written(
        [
            new ClaimExample("Admissions to residential care reduced by 15% on the previous year.", "trend", null, "w"),
            new ClaimExample("The board meets every month in the civic centre.", ClaimModel.None, null, "w"),
            new ClaimExample("The new pathway is designed to deliver improved outcomes for carers.", ClaimModel.None, null, "w"),
        ]);

        Assert.Equal(2, written.Count);
        Assert.True(written[0].IsClaim);
        Assert.Contains("trend", written[0].RuleTypes);
        Assert.False(written[1].IsClaim);
        Assert.All(written, w => Assert.Null(w.Group));
        Assert.EndsWith(" ruletypetrend", written[0].Input, StringComparison.Ordinal);
    }
}
