using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// The <c>bench</c> section of the learned extractors: theme scoring (lexicon, model, combined) in
/// passages/s, one document's passages per call as <c>run</c> scores them, and the claim model in sentences/s.
/// </summary>
internal static class ModelBenchSection
{
    public static void Print(CliContext context, ProfileMiner.Pipeline.Pipeline pipeline, IReadOnlyList<string> files, int repeat)
    {
        var o = context.Out;
        var bag = new DiagnosticBag();
        var documents = files.Select(f => pipeline.Ingest(f, bag)).OfType<SourceDocument>().Select(d => pipeline.Segment(d, bag)).ToList();
        var byDocument = documents.Select(d => ThemePassage.Of(d).Select(p => p.Themed).ToList()).ToList();
        var passages = byDocument.SelectMany(b => b).ToList();
        var sentences = documents.SelectMany(ModelClaimExtractor.Sentences).Select(s => s.Sentence.Text).ToList();
        var store = Pipelines.Models;
        var lexicon = new LexiconThemeScorer();
        var scorers = new List<(string Name, IThemeScorer Scorer)> { ("lexicon", lexicon) };
        var themeModel = store.Themes;
        _ = store.Claims;

        // A models/ file passed over for the built-in one is a warning here too, as in run.
        DiagnosticPrinter.Print(context.Error, store.Diagnostics, includeInfo: false);
        if (themeModel is { } model)
        {
            scorers.Add(("model", new ModelThemeScorer(model)));
            var shippedLexicon = new LexiconThemeScorer { Context = ThemeContextWeights.Default };
            scorers.Add(("combined (blend, shipped)", new BlendedThemeScorer(shippedLexicon, new ModelThemeScorer(model), model.BlendWeight)));
            scorers.Add(("combined (blend, shipped), whole extractor with theme selection", new BlendedThemeScorer(shippedLexicon, new ModelThemeScorer(model), model.BlendWeight)));
        }

        o.WriteLine();
        o.WriteLine(Invariant($"Themes and claim model, one thread, {repeat} timed passes after a warm-up, one document's passages or sentences per call as `run` scores them ({documents.Count} documents, {passages.Count} passages, {sentences.Count} sentences); models from {store.Describe(ModelStore.ThemesFile) ?? "nowhere"}."));
        o.WriteLine();
        o.WriteLine("| stage | items/pass | seconds/pass | items/s |");
        o.WriteLine("| --- | ---: | ---: | ---: |");
        // One warm-up over every scorer first: the first one timed would otherwise pay for the JIT of the ML.NET code they share.
        scorers.ForEach(s => byDocument.ForEach(batch => s.Scorer.Score(batch)));
        foreach (var (name, scorer) in scorers.Take(3))
        {
            var seconds = Time(repeat, () => byDocument.ForEach(batch => scorer.Score(batch)));
            o.WriteLine(Invariant($"| themes: {name} | {passages.Count} | {seconds:0.000} | {passages.Count / seconds:0} passages/s |"));
        }

        if (scorers.Count > 3)
        {
            // What run does per document: enumerate the passages, score them, select one to three themes each.
            var extractor = new ThemeExtractor(scorers[3].Scorer);
            var extracting = Time(repeat, () => documents.ForEach(d => extractor.Extract(d, bag)));
            o.WriteLine(Invariant($"| themes: {scorers[3].Name} | {passages.Count} | {extracting:0.000} | {passages.Count / extracting:0} passages/s |"));

            // As run extracts: the documents side by side, one a core (the model's prediction engines are pooled per thread).
            var threads = Environment.ProcessorCount;
            var parallel = Time(repeat, () => Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, d => extractor.Extract(d, new DiagnosticBag())));
            o.WriteLine(Invariant($"| themes: {scorers[3].Name}, {threads} documents at once as `run` extracts them | {passages.Count} | {parallel:0.000} | {passages.Count / parallel:0} passages/s |"));
            var shipped = scorers[2];
            var seconds = Time(repeat, () => shipped.Scorer.Score(passages));
            o.WriteLine(Invariant($"| themes: {shipped.Name}, one batch of all passages | {passages.Count} | {seconds:0.000} | {passages.Count / seconds:0} passages/s |"));
        }

        if (store.Claims is { } claims)
        {
            var sentenceBatches = documents.Select(d => ModelClaimExtractor.Sentences(d).Select(s => s.Sentence.Text).ToList()).ToList();
            var seconds = Time(repeat, () => sentenceBatches.ForEach(batch => claims.Predict(batch)));
            o.WriteLine(Invariant($"| claims: model | {sentences.Count} | {seconds:0.000} | {sentences.Count / seconds:0} sentences/s |"));
        }
    }

    private static double Time(int repeat, Action pass)
    {
        pass();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            pass();
        }

        return stopwatch.Elapsed.TotalSeconds / repeat;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
