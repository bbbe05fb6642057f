using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.IO;
using static System.FormattableString;

namespace ProfileMiner.Training;

/// <summary>
/// <c>profileminer train</c>: reads the theme labels (the gold's <c>themes.jsonl</c> and every
/// <c>*.themes.jsonl</c> of the labels folder) and the claim data (covered sentences of the gold's
/// documents, labelled from <c>claims.jsonl</c>, plus <c>*.claims.jsonl</c>), cross-validates by
/// council section, fits the final models on everything and writes <c>themes.zip</c> and
/// <c>claims.zip</c>, each with a JSON card (data sizes, features, trainer, seed, scores, time).
/// </summary>
public static class ModelTraining
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    // The gold files the claim model needs (themes.jsonl is optional: label files may hold the theme labels).
    private static readonly string[] s_claimGold = ["claims.jsonl", "coverage.jsonl"];

    /// <summary>The first gold file the claim model is trained on that <paramref name="options"/>' gold folder lacks, or null.</summary>
    public static string? MissingClaimGold(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return s_claimGold.Select(f => Path.Combine(options.GoldFolder, f)).FirstOrDefault(f => !File.Exists(f));
    }

    /// <summary>
    /// Trains, cross-validates and (unless <see cref="TrainingOptions.Save"/> is false) saves the models
    /// <see cref="TrainingOptions.Models"/> names (both by default).
    /// </summary>
    /// <exception cref="ProfileMinerException">A folder or gold file is missing, or there are too few labels.</exception>
    public static TrainingReport Run(TrainingOptions options, DiagnosticBag diagnostics, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfZero((int)(options.Models & TrainedModels.All), nameof(options));
        if (!Directory.Exists(options.GoldFolder))
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no gold folder '{options.GoldFolder}'");
        }

        if (options.LearningCurve)
        {
            return LearningCurve(options, diagnostics, progress);
        }

        var trainClaims = options.Models.HasFlag(TrainedModels.Claims);
        if (trainClaims)
        {
            // Checked before the theme model's minute of work, not after it.
            if (MissingClaimGold(options) is { } missing)
            {
                var themesAlone = options.Models.HasFlag(TrainedModels.Themes) ? " (the theme model can be trained alone)" : string.Empty;
                throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no gold file '{missing}': the claim model is trained on it{themesAlone}");
            }
        }

        var total = Stopwatch.StartNew();
        var lexicon = ThemeLexicon.Default;
        var real = RealTrainingGold.Load(options.RealFolders, options.HalvesFile, diagnostics);
        var documents = Documents(options, real, GoldHalves.Tune, diagnostics);
        var themes = options.Models.HasFlag(TrainedModels.Themes) ? CrossValidateThemes(options, lexicon, documents, real, diagnostics, progress) : null;
        var claims = trainClaims ? CrossValidateClaims(options, documents, real, diagnostics, progress) : null;

        progress?.Report(themes is not null && claims is not null ? "fitting the final models" : "fitting the final model");
        var fit = Stopwatch.StartNew();
        var themeModel = themes is null ? null : ThemeTrainer.Train(themes.Examples, lexicon, options.Themes with { Seed = options.Seed });
        var themeSeconds = fit.Elapsed.TotalSeconds;
        // The veto and threshold do not change what is fitted: they are chosen below and set on the model.
        var claimModel = claims is null ? null : ClaimTrainer.Train(claims.Examples, claims.Verifier, 0, ClaimSelection.Never, options.Seed);
        var claimSeconds = fit.Elapsed.TotalSeconds - themeSeconds;

        // The shipped blends: chosen on the councils of the check half, which nothing was trained on,
        // pooled with the cross-validation's held-out passages and sentences.
        ThemeCheck? themeCheck = null;
        ScoredClaimSentences? claimCheck = null;
        var checkDocuments = real.Length > 0 ? Documents(options, real, GoldHalves.Check, diagnostics) : null;
        if (themes is not null && themeModel is not null && checkDocuments is not null)
        {
            progress?.Report("themes: choosing the shipped blend on the real check half");
            var labelled = RealThemes(real, GoldHalves.Check, lexicon, new DiagnosticBag());
            var check = ThemeTrainingData.Build(labelled, checkDocuments, lexicon, options.Themes with { WeakLabels = false }, new DiagnosticBag()).Where(e => e.Scored).ToList();
            if (check.Count > 0)
            {
                var (weight, tried) = CheckHalfSelection.Blend(themeModel, check, lexicon, themes.Cv.BlendPairs);
                themeModel.BlendWeight = weight;
                themeCheck = new ThemeCheck(check.Count, weight, tried);
            }
        }

        if (claims is not null && claimModel is not null)
        {
            if (checkDocuments is not null)
            {
                var check = ClaimTrainingData.Concat([.. real.Select(r => ClaimTrainingData.Build(r.Gold, checkDocuments, new DiagnosticBag(), r.CheckCouncils.Contains, wholeDocuments: true))]);
                claimCheck = check.Candidates.Count > 0 ? CheckHalfSelection.ScoreClaims(claimModel, check) : null;
            }

            progress?.Report(claimCheck is null ? "claims: choosing the veto and threshold of the final model" : "claims: choosing the veto and threshold of the final model, with the real check half");
            var (veto, threshold) = ClaimSelection.Choose(claims.Data.Candidates, claims.Examples, claims.WrittenVerifier, claims.Data.UnmatchedGold.Count, options.ClaimVeto, options.ClaimThreshold, options.Folds, options.Seed, options.HoldOut, claimCheck);
            claimModel = claimModel.WithBlend(veto, threshold);
            claims = claims with { Cv = claims.Cv with { Veto = veto, Threshold = threshold } };
        }

        var files = ImmutableArray.CreateBuilder<string>();
        if (options.Save)
        {
            Directory.CreateDirectory(options.ModelsFolder);
            if (themes is not null && themeModel is not null)
            {
                var themesZip = Path.Combine(options.ModelsFolder, ModelStore.ThemesFile);
                AtomicFile.Write(themesZip, themeModel.Save);
                files.Add(themesZip);
                files.Add(WriteCard(Path.Combine(options.ModelsFolder, "themes.json"), ThemeCard(themes.Examples, themes.Cv, themeCheck, real, options, themeSeconds)));
            }

            if (claims is not null && claimModel is not null)
            {
                var claimsZip = Path.Combine(options.ModelsFolder, ModelStore.ClaimsFile);
                AtomicFile.Write(claimsZip, claimModel.Save);
                files.Add(claimsZip);
                files.Add(WriteCard(Path.Combine(options.ModelsFolder, "claims.json"), ClaimCard(claims.Data, claims.Extra, claims.Verifier, claimModel, claims.Cv, claimCheck, real, options, claimSeconds)));
            }
        }

        return new TrainingReport
        {
            ThemeExamples = themes?.Examples.Count(e => !e.Weak) ?? 0,
            WeakThemeExamples = themes?.Examples.Count(e => e.Weak) ?? 0,
            ClaimExamples = claims?.Examples.Count ?? 0,
            Themes = themes?.Cv,
            Claims = claims?.Cv,
            TrainingSeconds = fit.Elapsed.TotalSeconds,
            TotalSeconds = total.Elapsed.TotalSeconds,
            Files = files.ToImmutable(),
        };
    }

    private static TrainingReport LearningCurve(TrainingOptions options, DiagnosticBag diagnostics, IProgress<string>? progress)
    {
        var total = Stopwatch.StartNew();
        var lexicon = ThemeLexicon.Default;
        // The curve's full share is the plain cross-validation: it is not run a second time.
        var real = RealTrainingGold.Load(options.RealFolders, options.HalvesFile, diagnostics);
        var examples = ThemeExamples(options, lexicon, Documents(options, real, GoldHalves.Tune, diagnostics), real, diagnostics, progress);
        var curve = ThemeLearningCurve.Run(examples, lexicon, options.Folds, options.Themes with { Seed = options.Seed }, seed: options.Seed, holdOut: options.HoldOut, progress: progress);
        return new TrainingReport
        {
            ThemeExamples = examples.Count(e => !e.Weak),
            WeakThemeExamples = examples.Count(e => e.Weak),
            ClaimExamples = 0,
            LearningCurve = curve,
            TrainingSeconds = 0,
            TotalSeconds = total.Elapsed.TotalSeconds,
            Files = [],
        };
    }

    // The docs folder and, of each real gold folder, the documents of one half.
    private static TrainingDocuments Documents(TrainingOptions options, ImmutableArray<RealTrainingGold> real, string half, DiagnosticBag diagnostics)
    {
        var folders = new List<(string, Func<string, bool>?)>();
        if (half == GoldHalves.Tune)
        {
            folders.Add((options.DocsFolder, null));
        }

        foreach (var r in real)
        {
            var docs = r.Documents(half);
            folders.Add((r.Docs, docs.Contains));
        }

        return new TrainingDocuments(folders, diagnostics);
    }

    // The theme labels of one half of the real gold, named by folder and half.
    private static List<ThemeExample> RealThemes(ImmutableArray<RealTrainingGold> real, string half, ThemeLexicon lexicon, DiagnosticBag diagnostics)
    {
        var result = new List<ThemeExample>();
        foreach (var r in real)
        {
            var file = Path.Combine(r.Gold, "themes.jsonl");
            if (!File.Exists(file))
            {
                continue;
            }

            var councils = r.Councils(half);
            var source = RealGoldFile(r, "themes.jsonl");
            result.AddRange(LabelFiles.ReadThemes(file, lexicon.Catalogue, diagnostics)
                .Where(e => e.Group is { } g && councils.Contains(g[(g.IndexOf('|', StringComparison.Ordinal) + 1)..]))
                .Select(e => e with { Source = source }));
        }

        return result;
    }

    // "corpus/real/gold/claims.jsonl (tune)": a source as the cards name it, with forward slashes on every system.
    private static string RealSource(RealTrainingGold real, string file, string half) => $"{RealGoldFile(real, file)} ({half})";

    // "corpus/real/gold/themes.jsonl": only the tuning half's rows are trained on, so the file names the theme labels' source.
    private static string RealGoldFile(RealTrainingGold real, string file) => $"{real.Folder.Replace('\\', '/').TrimEnd('/')}/gold/{file}";

    private static bool IsRealTune(string source) => source.EndsWith($" ({GoldHalves.Tune})", StringComparison.Ordinal);

    private static ThemePart CrossValidateThemes(TrainingOptions options, ThemeLexicon lexicon, TrainingDocuments documents, ImmutableArray<RealTrainingGold> real, DiagnosticBag diagnostics, IProgress<string>? progress)
    {
        var examples = ThemeExamples(options, lexicon, documents, real, diagnostics, progress);
        progress?.Report($"themes: cross-validating on {examples.Count(e => e.Scored)} labelled passages ({examples.Count} with written and weak ones), {FoldsPhrase(options, examples.Where(e => e.Scored).Select(e => e.Group))}");
        var cv = ThemeCrossValidation.Run(examples, lexicon, options.Folds, options.Themes with { Seed = options.Seed }, holdOut: options.HoldOut);
        return new ThemePart(examples, cv);
    }

    // The theme labels (the gold's and the label files'), with their contexts and the weak labels.
    private static List<ThemeExample> ThemeExamples(TrainingOptions options, ThemeLexicon lexicon, TrainingDocuments documents, ImmutableArray<RealTrainingGold> real, DiagnosticBag diagnostics, IProgress<string>? progress)
    {
        var examples = new List<ThemeExample>();
        var goldThemes = Path.Combine(options.GoldFolder, "themes.jsonl");
        if (File.Exists(goldThemes))
        {
            examples.AddRange(LabelFiles.ReadThemes(goldThemes, lexicon.Catalogue, diagnostics));
        }

        foreach (var file in LabelFiles.Find(options.LabelsFolder, LabelFiles.ThemeSuffix))
        {
            examples.AddRange(LabelFiles.ReadThemes(file, lexicon.Catalogue, diagnostics));
        }

        examples.AddRange(RealThemes(real, GoldHalves.Tune, lexicon, diagnostics));
        if (examples.Count(e => e.Group is not null) < 2 * options.Folds || examples.Select(e => e.Group).OfType<string>().Distinct(StringComparer.Ordinal).Count() < 2)
        {
            var claimsAlone = options.Models.HasFlag(TrainedModels.Claims) && !options.LearningCurve ? " (the claim model can be trained alone)" : string.Empty;
            throw new ProfileMinerException(DiagnosticCodes.TooFewLabels,
                $"too few theme labels to cross-validate: {examples.Count(e => e.Group is not null)} passages with a doc in {goldThemes} and {options.LabelsFolder}{claimsAlone}");
        }

        progress?.Report($"themes: reading the contexts of the labelled passages{(options.Themes.WeakLabels ? " and weak labels" : string.Empty)} in {documents.Folder}");
        return ThemeTrainingData.Build(examples, documents, lexicon, options.Themes, diagnostics, quietSources: real.Select(r => RealGoldFile(r, "themes.jsonl")).ToHashSet(StringComparer.Ordinal));
    }

    private static ClaimPart CrossValidateClaims(TrainingOptions options, TrainingDocuments documents, ImmutableArray<RealTrainingGold> real, DiagnosticBag diagnostics, IProgress<string>? progress)
    {
        progress?.Report("claims: labelling the covered sentences");
        var data = ClaimTrainingData.Build(options.GoldFolder, documents, diagnostics);
        var extra = LabelFiles.Find(options.LabelsFolder, LabelFiles.ClaimSuffix).SelectMany(f => LabelFiles.ReadClaims(f, diagnostics)).ToList();

        // The real tuning half: its covered sentences are trained on in every fold (the cross-validation scores the seed gold).
        var realTune = real.Select(r => (Source: RealSource(r, "claims.jsonl", GoldHalves.Tune), Data: ClaimTrainingData.Build(r.Gold, documents, diagnostics, r.TuneCouncils.Contains, wholeDocuments: true))).ToList();
        extra.AddRange(realTune.SelectMany(r => r.Data.Examples.Select(e => e with { Group = null, Source = r.Source })));
        var realVerifier = realTune.SelectMany(r => r.Data.Candidates.Where(c => c.RuleFired).Select(c => ClaimVerifierExample.From(c) with { Group = null })).ToList();
        if (data.Candidates.Count == 0)
        {
            throw new ProfileMinerException(DiagnosticCodes.TooFewLabels, $"no covered sentences found: are the documents of {Path.Combine(options.GoldFolder, "coverage.jsonl")} in '{options.DocsFolder}'?");
        }

        progress?.Report($"claims: cross-validating on {data.Candidates.Count} sentences, {FoldsPhrase(options, data.Candidates.Select(c => c.Group))}");
        List<ClaimVerifierExample> writtenVerifier = [.. ClaimSelection.Written(extra.Where(e => !realTune.Any(r => r.Source == e.Source))), .. realVerifier];
        var verifier = data.Candidates.Where(c => c.RuleFired).Select(ClaimVerifierExample.From).Concat(writtenVerifier).ToList();
        var cv = ClaimCrossValidation.Run(data, extra, writtenVerifier, options.GoldFolder, options.DocsFolder, options.Folds, options.Seed, options.ClaimThreshold, options.ClaimVeto, holdOut: options.HoldOut);
        List<ClaimExample> examples = [.. data.Examples, .. extra];
        return new ClaimPart(data, extra, examples, verifier, writtenVerifier, cv);
    }

    private static string WriteCard(string path, JsonObject card)
    {
        AtomicFile.Write(path, s =>
        {
            using var writer = new Utf8JsonWriter(s, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            card.WriteTo(writer, s_indented);
            writer.Flush();
            s.WriteByte((byte)'\n');
        });
        return path;
    }

    private static JsonObject ThemeCard(List<ThemeExample> examples, ThemeCvResult cv, ThemeCheck? check, ImmutableArray<RealTrainingGold> real, TrainingOptions options, double seconds)
    {
        var weight = check?.Weight ?? BlendedThemeScorer.DefaultModelWeight;
        var counts = new JsonObject();
        foreach (var id in ThemeCatalogue.Default.Ids)
        {
            counts[id] = examples.Count(e => !e.Weak && e.Themes.Contains(id));
        }

        var sources = new JsonObject();
        foreach (var group in examples.GroupBy(e => e.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sources[group.Key] = group.Count();
        }

        return new JsonObject
        {
            ["model"] = "themes",
            ["file"] = ModelStore.ThemesFile,
            ["task"] = "multi-label passage themes (THEMES.md ids), one to three per passage",
            ["extractor"] = BlendedThemeScorer.ExtractorId,
            ["features"] = TextFeatures.Describe()
                + (options.Themes.UseLexicon ? $", plus the lexicon's {ThemeCatalogue.Default.Count} theme scores (corpus/themes/) of the passage" : string.Empty)
                + (options.Themes.UseContext ? ", of its heading, of its neighbouring blocks and of a list item's lead-in" : string.Empty),
            ["combination"] = Invariant($"shipped: score = {weight} x model probability + {1 - weight} x lexicon score s/(s+1), s = passage + {ThemeContextWeights.Default.Heading} x heading + {ThemeContextWeights.Default.Neighbours} x each neighbour + {ThemeContextWeights.Default.LeadIn} x lead-in"),
            ["trainer"] = $"one-vs-rest: one LbfgsLogisticRegression per theme (L2 {options.Themes.L2Regularization}, Platt-calibrated), single-threaded",
            ["neighbours"] = options.Themes.Neighbours > 0
                ? Invariant($"model probability = {1 - options.Themes.NeighbourWeight} x regression + {options.Themes.NeighbourWeight} x the share of the {options.Themes.Neighbours} most similar labelled passages (cosine of the n-gram vectors, weighted by it) that carry the theme; the labelled passages (not the weak labels) are kept in the zip")
                : "off",
            ["selection"] = $"best theme always; further themes with probability >= {ThemeSelection.Default.MinScore} and >= {ThemeSelection.Default.RelativeToTop} x the best; at most {ThemeSelection.Default.MaxThemes}",
            ["seed"] = options.Seed,
            ["training_seconds"] = Math.Round(seconds, 2),
            ["data"] = new JsonObject
            {
                ["passages"] = examples.Count(e => !e.Weak),
                ["sections"] = examples.Where(e => e.Scored).Select(e => e.Group).Distinct(StringComparer.Ordinal).Count(),
                ["written_for_training"] = examples.Count(e => e.Group is null),
                ["weak_labels"] = examples.Count(e => e.Weak),
                ["weak_label_rule"] = options.Themes.WeakLabels ? Invariant($"unlabelled passages of the training documents whose lexicon best score is >= {ThemeTrainingData.WeakSelection.MinTopScore}, further themes >= {ThemeTrainingData.WeakSelection.MinScore} and >= {ThemeTrainingData.WeakSelection.RelativeToTop} x the best") : "off",
                ["by_source"] = sources,
                ["by_theme"] = counts,
            },
            ["cross_validation"] = new JsonObject
            {
                ["folds"] = cv.Folds,
                ["folds_used"] = cv.FoldsUsed,
                ["hold_out"] = HoldOutName(cv.HoldOut),
                ["grouping"] = cv.HoldOut == HoldOut.Document
                    ? "document (every council section of it); text written for training is only trained on; weak labels of a held-out document are left out"
                    : "council section (doc|council); text written for training is only trained on; weak labels of a held-out section are left out",
                ["scored_passages"] = cv.Combined.Passages,
                ["scored_by_source"] = ScoredBySource(cv),
                ["lexicon"] = Scores(cv.Lexicon),
                ["text_model"] = Scores(cv.TextModel),
                ["model"] = Scores(cv.Model),
                ["combined"] = Scores(cv.Combined),
                ["combined_by_theme"] = ByTheme(cv.Combined),
            },
            ["real_check_half"] = RealCheck(real, options, check is null ? null : new JsonObject
            {
                ["scored_passages"] = check.Passages,
                ["chosen_model_weight"] = check.Weight,
                ["rule"] = $"the model weight of {Grid(CheckHalfSelection.BlendGrid)} with the best micro-F1 over the check half's labelled passages (scored by the final model) pooled with the cross-validation's held-out passages at that weight (of those within {CheckHalfSelection.Tolerance} of the best, the nearest {BlendedThemeScorer.DefaultModelWeight}); the cross-validation's figures above blend with {BlendedThemeScorer.DefaultModelWeight}",
                ["check_micro_f1_by_weight"] = new JsonObject([.. check.Tried.Select(t => KeyValuePair.Create(Invariant($"{t.Weight}"), (JsonNode?)JsonValue.Create(Math.Round(t.Check.Micro.F1, 4))))]),
                ["pooled_micro_f1_by_weight"] = new JsonObject([.. check.Tried.Select(t => KeyValuePair.Create(Invariant($"{t.Weight}"), (JsonNode?)JsonValue.Create(Math.Round(t.Pooled.Micro.F1, 4))))]),
            }),
        };
    }

    // What the real gold was and what its check half chose (null when there was none).
    private static JsonObject? RealCheck(ImmutableArray<RealTrainingGold> real, TrainingOptions options, JsonObject? chosen)
    {
        if (real.Length == 0)
        {
            return null;
        }

        var result = new JsonObject
        {
            ["folders"] = new JsonArray([.. real.Select(r => (JsonNode?)JsonValue.Create(r.Folder.Replace('\\', '/')))]),
            ["halves"] = options.HalvesFile.Replace('\\', '/'),
            ["tune_documents"] = real.Sum(r => r.TuneDocs.Count),
            ["check_documents"] = real.Sum(r => r.CheckDocs.Count),
        };
        if (chosen is not null)
        {
            foreach (var (key, value) in chosen.ToList())
            {
                chosen.Remove(key);
                result[key] = value;
            }
        }

        return result;
    }

    private static JsonObject ScoredBySource(ThemeCvResult cv)
    {
        var result = new JsonObject();
        foreach (var (source, count) in cv.ScoredBySource)
        {
            result[source] = count;
        }

        return result;
    }

    private static JsonObject ByTheme(ThemeScores s)
    {
        var result = new JsonObject();
        foreach (var (theme, score) in s.ByTheme)
        {
            result[theme] = new JsonObject { ["precision"] = Math.Round(score.Precision, 4), ["recall"] = Math.Round(score.Recall, 4), ["f1"] = Math.Round(score.F1, 4), ["gold"] = score.Gold };
        }

        return result;
    }

    private static JsonObject ClaimCard(ClaimTrainingData data, List<ClaimExample> extra, List<ClaimVerifierExample> verifier, ClaimModel model, ClaimCvResult cv, ScoredClaimSentences? check, ImmutableArray<RealTrainingGold> real, TrainingOptions options, double seconds)
    {
        var labels = new JsonObject();
        foreach (var group in data.Examples.Concat(extra).GroupBy(e => e.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            labels[group.Key] = group.Count();
        }

        return new JsonObject
        {
            ["model"] = "claims",
            ["file"] = ModelStore.ClaimsFile,
            ["task"] = "sentence classification: a GUIDE.md claim type, or none",
            ["extractor"] = ModelClaimExtractor.ModelExtractorId,
            ["features"] = TextFeatures.Describe(),
            ["trainer"] = $"LbfgsMaximumEntropy (L2 {ClaimTrainer.L2Regularization}), single-threaded",
            ["verifier"] = $"the same features and trainer on the sentences where the rules found claims (covered sections and written sentences the rules fire on), each followed by a token per rule claim type; labels claim / none",
            ["combination"] = "rule claims kept unless the verifier gives their sentence a claim probability below the veto; in sentences where no rule fires, the model's claim when its probability is at least the threshold (above 1: none)",
            ["veto"] = Math.Round(model.Veto, 4),
            ["threshold"] = Math.Round(model.Threshold, 4),
            ["selection"] = (options.ClaimVeto >= 0 ? "veto fixed by the training options" : $"veto: the smallest of {Grid(ClaimSelection.VetoGrid)} with the best F1 of the kept rule claims")
                + "; " + (options.ClaimThreshold >= 0 ? "threshold fixed by the training options" : $"threshold: with that veto, the highest of {Grid(ClaimSelection.ThresholdGrid)} with the best F1 once the model's claims are added")
                + (check is null
                    ? $"; both by an inner {options.Folds}-fold cross-validation by {HoldOutName(options.HoldOut)} (the final model: over all {HoldOutName(options.HoldOut)}s; in cross-validation: over each fold's training {HoldOutName(options.HoldOut)}s only)"
                    : $"; the final model's on an inner {options.Folds}-fold cross-validation by {HoldOutName(options.HoldOut)} over all {HoldOutName(options.HoldOut)}s pooled with the covered sentences of the real check half (scored by the final model); in cross-validation, over each fold's training {HoldOutName(options.HoldOut)}s only"),
            ["seed"] = options.Seed,
            ["training_seconds"] = Math.Round(seconds, 2),
            ["data"] = new JsonObject
            {
                ["sentences"] = data.Examples.Count + extra.Count,
                ["covered_sentences"] = data.Candidates.Count,
                ["unmatched_gold_sentences"] = data.Examples.Count - data.Candidates.Count,
                ["label_files"] = extra.Count(e => !IsRealTune(e.Source)),
                ["real_tune_sentences"] = extra.Count(e => IsRealTune(e.Source)),
                ["by_label"] = labels,
                ["verifier_sentences"] = verifier.Count,
                ["verifier_written_or_real"] = verifier.Count(v => v.Group is null),
                ["verifier_none"] = verifier.Count(v => !v.IsClaim),
            },
            ["cross_validation"] = new JsonObject
            {
                ["folds"] = cv.Folds,
                ["folds_used"] = cv.FoldsUsed,
                ["hold_out"] = HoldOutName(cv.HoldOut),
                ["grouping"] = cv.HoldOut == HoldOut.Document
                    ? "document (every council section of it); text written for training is only trained on"
                    : "council section (doc|council); text written for training is only trained on",
                ["scoring"] = $"eval's claim matching (type and sentence) on the covered sections of the text documents; the model alone claims a sentence when its claim probability is >= {ClaimCrossValidation.ModelAloneThreshold}",
                ["fold_vetoes"] = new JsonArray([.. cv.FoldVetoes.Select(v => (JsonNode?)JsonValue.Create(Math.Round(v, 4)))]),
                ["fold_thresholds"] = new JsonArray([.. cv.FoldThresholds.Select(v => (JsonNode?)JsonValue.Create(Math.Round(v, 4)))]),
                ["vetoed_rule_claims"] = cv.Vetoed,
                ["rules"] = Prf(cv.Rules),
                ["model"] = Prf(cv.Model),
                ["combined"] = Prf(cv.Combined),
            },
            ["real_check_half"] = RealCheck(real, options, check is null ? null : new JsonObject
            {
                ["covered_sentences"] = check.Sentences,
                ["scoring"] = "sentence level: a claim type counts when a gold claim of that type stands in the sentence",
                ["rules"] = Prf(check.Rules),
                ["combined"] = Prf(check.Combined(model.Veto, model.Threshold)),
            }),
        };
    }

    // "5 folds by section", or "4 folds by document (5 asked for; one a document)" when there are fewer units than folds.
    private static string FoldsPhrase(TrainingOptions options, IEnumerable<string?> scoredGroups)
    {
        var unit = HoldOutName(options.HoldOut);
        var units = FoldAssignment.CountUnits(scoredGroups, options.HoldOut);
        return units < options.Folds
            ? Invariant($"{units} folds by {unit} ({options.Folds} asked for; one a {unit})")
            : Invariant($"{options.Folds} folds by {unit}");
    }

    /// <summary>The name of <paramref name="holdOut"/> in the cards and on the command line: <c>section</c> or <c>document</c>.</summary>
    public static string HoldOutName(HoldOut holdOut) => holdOut == HoldOut.Document ? "document" : "section";

    private static string Grid(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static JsonObject Scores(ThemeScores s) => new()
    {
        ["micro_precision"] = Math.Round(s.Micro.Precision, 4),
        ["micro_recall"] = Math.Round(s.Micro.Recall, 4),
        ["micro_f1"] = Math.Round(s.Micro.F1, 4),
        ["macro_f1"] = Math.Round(s.MacroF1, 4),
    };

    private static JsonObject Prf(PrfScore s) => new()
    {
        ["precision"] = Math.Round(s.Precision, 4),
        ["recall"] = Math.Round(s.Recall, 4),
        ["f1"] = Math.Round(s.F1, 4),
        ["predicted"] = s.Predicted,
        ["gold"] = s.Gold,
        ["matched"] = s.Matched,
    };

    private sealed record ThemeCheck(int Passages, double Weight, ImmutableArray<BlendTried> Tried);

    private sealed record ThemePart(List<ThemeExample> Examples, ThemeCvResult Cv);

    // Examples: the gold's examples, then the label files' (Extra), as the final model is trained on them.
    private sealed record ClaimPart(ClaimTrainingData Data, List<ClaimExample> Extra, List<ClaimExample> Examples, List<ClaimVerifierExample> Verifier, List<ClaimVerifierExample> WrittenVerifier, ClaimCvResult Cv);
}
