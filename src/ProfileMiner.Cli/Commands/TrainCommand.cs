using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Training;

namespace ProfileMiner.Cli.Commands;

/// <summary><c>train</c>: cross-validates and fits the theme and claim models, and saves them with their cards.</summary>
internal static class TrainCommand
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static Command Create(CliContext context)
    {
        var defaults = TrainingOptions.Default;
        var gold = new Option<string>("--gold") { Description = "Gold folder in GUIDE.md's format (themes.jsonl, claims.jsonl, coverage.jsonl).", DefaultValueFactory = _ => defaults.GoldFolder };
        var labels = new Option<string>("--labels") { Description = "Folder of extra labels: *.themes.jsonl (text, themes) and *.claims.jsonl (sentence, type or none).", DefaultValueFactory = _ => defaults.LabelsFolder };
        var docs = new Option<string>("--docs") { Description = "The documents the gold annotates (their covered sentences train the claim model).", DefaultValueFactory = _ => defaults.DocsFolder };
        var models = new Option<string>("--models") { Description = "Where themes.zip, claims.zip and their JSON cards are written.", DefaultValueFactory = _ => defaults.ModelsFolder };
        var real = new Option<string[]>("--real") { Description = "A folder of labelled real documents (gold/ and docs/); repeat for more. The councils of its tuning half (--halves) are trained on; its check half chooses the shipped blends (theme model weight, claim veto and threshold). A folder that does not exist is reported and skipped.", DefaultValueFactory = _ => [.. defaults.RealFolders], AllowMultipleArgumentsPerToken = false };
        var noReal = new Option<bool>("--no-real") { Description = "Train on the seed gold and the label files alone, without the real gold (and so without choosing the blends on its check half)." };
        var halves = new Option<string>("--halves") { Description = "Which councils of the real gold are tuned on and which only checked: lines of 'council TAB tune|check'.", DefaultValueFactory = _ => defaults.HalvesFile };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (whole documents, or council sections with --hold-out section, are held out).", DefaultValueFactory = _ => defaults.Folds };
        var holdOut = new Option<string>("--hold-out") { Description = "What each fold holds out whole: 'document' (every section of a document, the default: how the models do on a document they never saw) or 'section' (one council's section of a document).", DefaultValueFactory = _ => ModelTraining.HoldOutName(defaults.HoldOut) };
        holdOut.AcceptOnlyFromAmong("section", "document");
        var seed = new Option<int>("--seed") { Description = "The training seed; the same seed and labels give the same models.", DefaultValueFactory = _ => defaults.Seed };
        var threshold = new Option<double>("--claim-threshold") { Description = "Least probability of a model claim where the rules are silent; -1 (default) chooses it by an inner cross-validation, pooled with the real check half.", DefaultValueFactory = _ => defaults.ClaimThreshold };
        var veto = new Option<double>("--claim-veto") { Description = "A rule claim is dropped when the verifier gives its sentence a claim probability below this; -1 (default) chooses it by an inner cross-validation, pooled with the real check half.", DefaultValueFactory = _ => defaults.ClaimVeto };
        var only = new Option<string?>("--only") { Description = "Train one model: 'themes' or 'claims'; the other's zip and card are left as they are. A gold folder without claims.jsonl and coverage.jsonl trains with --only themes." };
        only.AcceptOnlyFromAmong("themes", "claims");
        var noSave = new Option<bool>("--no-save") { Description = "Cross-validate only; write no model." };
        var curve = new Option<bool>("--learning-curve") { Description = "Measure what more theme labels would be worth instead of training: the theme cross-validation with 0, 25, 50, 75 and 100% of the labelled passages of each fold's training side (3 random draws for each share in between; written passages and weak labels always kept). Saves nothing; about a minute on 2 cores." };
        var json = CommonOptions.Json();
        var command = new Command("train", "Train the theme and claim models (or one, with --only) on the gold and label files, report cross-validated scores, save models/*.zip with a JSON card each.\n" + CliApp.ExitCodeHelp)
        {
            gold, labels, docs, real, noReal, halves, models, only, folds, holdOut, seed, threshold, veto, noSave, curve, json,
        };
        command.SetAction(parse => Execute(context, new TrainingOptions
        {
            GoldFolder = parse.GetValue(gold)!,
            LabelsFolder = parse.GetValue(labels)!,
            DocsFolder = parse.GetValue(docs)!,
            RealFolders = parse.GetValue(noReal) ? [] : [.. parse.GetValue(real) ?? []],
            HalvesFile = parse.GetValue(halves)!,
            ModelsFolder = parse.GetValue(models)!,
            Folds = parse.GetValue(folds),
            HoldOut = parse.GetValue(holdOut) == "document" ? HoldOut.Document : HoldOut.Section,
            Seed = parse.GetValue(seed),
            ClaimThreshold = parse.GetValue(threshold),
            ClaimVeto = parse.GetValue(veto),
            Models = parse.GetValue(only) switch
            {
                "themes" => TrainedModels.Themes,
                "claims" => TrainedModels.Claims,
                _ => TrainedModels.All,
            },
            LearningCurve = parse.GetValue(curve),
            Save = !parse.GetValue(noSave),
        }, parse.GetValue(json) || context.OutputRedirected));
        return command;
    }

    /// <summary>
    /// <c>run --train</c>: trains and saves the models with <see cref="TrainingOptions.Default"/> before
    /// the run, progress and a one-line summary on stderr. True when training skipped inputs with
    /// errors (a bad label line, an unreadable file; each printed): the models were trained on the
    /// rest and saved, the run goes on, and its exit code should say that something was skipped.
    /// A training that cannot start (a missing folder, too few labels) throws, and nothing is saved.
    /// </summary>
    internal static bool TrainBeforeRun(CliContext context)
    {
        var (report, skipped) = Train(context, TrainingOptions.Default, quiet: false);
        var files = string.Join(", ", report.Files.Where(f => f.EndsWith(".zip", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f)));
        context.Error.WriteLine(Invariant($"trained {files} in {report.TotalSeconds:0} s: themes micro-F1 {report.Themes!.Combined.Micro.F1:0.000}, claims F1 {report.Claims!.Combined.F1:0.000} (cross-validated by {ModelTraining.HoldOutName(TrainingOptions.Default.HoldOut)}){(skipped ? "; the inputs with errors above were skipped" : string.Empty)}"));
        return skipped;
    }

    private static (TrainingReport Report, bool Failed) Train(CliContext context, TrainingOptions options, bool quiet)
    {
        if (options.Folds < 2)
        {
            throw new ProfileMinerException("PM0003", "--folds must be at least 2");
        }

        if (options.LearningCurve && options.Models == TrainedModels.Claims)
        {
            throw new ProfileMinerException("PM0003", "--learning-curve measures the theme models; it cannot be given with --only claims");
        }

        if (!Directory.Exists(options.DocsFolder))
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no documents folder '{options.DocsFolder}' to train on");
        }

        // Said here, with the flag that trains the other model alone; the library says it in values.
        if (options.Models == TrainedModels.All && !options.LearningCurve && ModelTraining.MissingClaimGold(options) is { } missing)
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no gold file '{missing}': the claim model is trained on it (train the theme model alone with 'train --only themes')");
        }

        var diagnostics = new DiagnosticBag();
        var report = ModelTraining.Run(options, diagnostics, new SynchronousProgress(context.Error, quiet));
        DiagnosticPrinter.Print(context.Error, diagnostics.Items, includeInfo: false);
        return (report, diagnostics.Items.Any(d => d.Severity == Severity.Error));
    }

    private static int Execute(CliContext context, TrainingOptions options, bool json)
    {
        var (report, failed) = Train(context, options, quiet: json);
        var o = context.Out;
        if (json)
        {
            o.WriteLine(JsonSerializer.Serialize(report, s_json));
            return failed ? ExitCodes.CompletedWithErrors : ExitCodes.Success;
        }

        if (report.Themes is { } t)
        {
            WriteThemes(o, report, t);
        }

        if (report.LearningCurve is { } points)
        {
            WriteCurve(o, points);
        }

        if (report.Claims is { } c)
        {
            WriteClaims(o, report, c);
        }

        o.WriteLine(report.LearningCurve is null
            ? Invariant($"Final fit {report.TrainingSeconds:0.0} s; whole command {report.TotalSeconds:0.0} s (cross-validation included).")
            : Invariant($"Whole command {report.TotalSeconds:0.0} s."));
        foreach (var file in report.Files)
        {
            o.WriteLine("wrote " + Path.GetRelativePath(Environment.CurrentDirectory, file));
        }

        return failed ? ExitCodes.CompletedWithErrors : ExitCodes.Success;
    }

    // Only when label files of the user's add scored passages (rows with a "doc"), so the figures are not on the gold alone.
    private static string BySource(ThemeCvResult t) =>
        t.ScoredBySource.Count < 2 ? string.Empty : " (" + string.Join(", ", t.ScoredBySource.Select(p => Invariant($"{p.Value} of {p.Key}"))) + ")";

    private static void WriteThemes(TextWriter o, TrainingReport report, ThemeCvResult t)
    {
        o.WriteLine(Invariant($"Themes: {report.ThemeExamples} labelled passages and {report.WeakThemeExamples} weak ones; {t.Folds}-fold cross-validation by {(t.HoldOut == HoldOut.Document ? "document" : "council section")}{(t.FoldsUsed < t.Folds ? Invariant($" ({t.FoldsUsed} folds held something out)") : string.Empty)}, {t.Combined.Passages} passages scored{BySource(t)}."));
        o.WriteLine();
        o.WriteLine("| themes | micro P | micro R | micro F1 | macro F1 |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, s) in new[] { ("lexicon", t.Lexicon), ("model, n-gram regression only", t.TextModel), ("model (shipped: n-grams, lexicon, context, neighbours)", t.Model), ("combined (shipped blend)", t.Combined) })
        {
            o.WriteLine(Invariant($"| {name} | {s.Micro.Precision:0.000} | {s.Micro.Recall:0.000} | {s.Micro.F1:0.000} | {s.MacroF1:0.000} |"));
        }

        o.WriteLine();
    }

    private static void WriteCurve(TextWriter o, IReadOnlyList<ThemeCurvePoint> points)
    {
        o.WriteLine("Learning curve: the same folds, each trained on a share of its labelled training passages (written passages and weak labels all kept); nothing was saved.");
        o.WriteLine();
        o.WriteLine("| labelled passages kept | trained on (a fold) | draws | blend micro-F1 | range | blend macro-F1 | model micro-F1 |");
        o.WriteLine("| ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var p in points)
        {
            var range = p.Draws > 1 ? Invariant($"{p.BlendMinMicroF1:0.000}-{p.BlendMaxMicroF1:0.000}") : string.Empty;
            o.WriteLine(Invariant($"| {p.Share * 100:0}% | {p.Passages:0} | {p.Draws} | {p.BlendMicroF1:0.000} | {range} | {p.BlendMacroF1:0.000} | {p.ModelMicroF1:0.000} |"));
        }

        if (points.Count >= 2)
        {
            var (last, before) = (points[^1], points[^2]);
            var slope = last.Passages > before.Passages ? (last.BlendMicroF1 - before.BlendMicroF1) / (last.Passages - before.Passages) * 100 : 0;
            o.WriteLine();
            var first = points[0];
            var mean = last.Passages > first.Passages ? (last.BlendMicroF1 - first.BlendMicroF1) / (last.Passages - first.Passages) * 100 : 0;
            o.WriteLine(Invariant($"The blend gained {mean:+0.000;-0.000;0.000} micro-F1 per 100 labelled passages over the whole curve, {slope:+0.000;-0.000;0.000} over its last step (the shipped settings were chosen at the full share, which may flatter its last point)."));
        }

        o.WriteLine();
    }

    private static void WriteClaims(TextWriter o, TrainingReport report, ClaimCvResult c)
    {
        var added = c.Threshold > 1 ? "the model adds no claims of its own (threshold: never)" : Invariant($"the model adds claims at probability >= {c.Threshold}");
        o.WriteLine(Invariant($"Claims: {report.ClaimExamples} labelled sentences ({c.Sentences} covered sentences of running text); {added}; rule claims of sentences the verifier gives a claim probability below {c.Veto} are dropped ({c.Vetoed} over the {c.FoldsUsed} folds)."));
        o.WriteLine();
        o.WriteLine("| claims | P | R | F1 | predicted | gold | matched |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, s) in new[] { ("rules", c.Rules), ("model", c.Model), ("combined", c.Combined) })
        {
            o.WriteLine(Invariant($"| {name} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.Predicted} | {s.Gold} | {s.Matched} |"));
        }

        o.WriteLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Progress lines on stderr, written at once (not posted to a synchronisation context).</summary>
    private sealed class SynchronousProgress(TextWriter error, bool quiet) : IProgress<string>
    {
        public void Report(string value)
        {
            if (!quiet)
            {
                error.WriteLine(value);
            }
        }
    }
}
