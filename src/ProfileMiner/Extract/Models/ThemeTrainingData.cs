using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Model;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// The theme model's training set, completed from the documents the labels come from: each labelled
/// passage of a document gets its context (heading, neighbours, lead-in) as <c>ThemePassage.Of</c> reads it at run time,
/// and, with <see cref="ThemeTrainingOptions.WeakLabels"/>, every unlabelled passage whose lexicon
/// themes are confident (<see cref="WeakSelection"/>) is added as a weak example. Weak labels come
/// from the lexicon alone, never from the gold, so they add no knowledge of the held-out labels;
/// cross-validation still leaves out the weak examples of a held-out section.
/// </summary>
internal static class ThemeTrainingData
{
    /// <summary>The weak-label source name.</summary>
    public const string WeakSource = "weak:lexicon";

    /// <summary>How confident the lexicon must be for a weak label: a best score of 0.5 (raw 1, one full phrase), others at 0.5 and 70% of it.</summary>
    public static ThemeSelection WeakSelection { get; } = new() { MinTopScore = 0.5, MinScore = 0.5, RelativeToTop = 0.7 };

    /// <summary>Returns <paramref name="labelled"/> with context where found, then the weak examples.</summary>
    public static List<ThemeExample> Build(IReadOnlyList<ThemeExample> labelled, TrainingDocuments docs, ThemeLexicon lexicon, ThemeTrainingOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(options);
        var documents = docs.Texts().Select(d => (Doc: d.Source.File, Passages: ThemePassage.Of(d))).ToList();
        var labelledTexts = labelled.Select(e => ExtractionScorer.Fold(e.Text)).ToHashSet(StringComparer.Ordinal);
        var byText = new Dictionary<(string Doc, string Text), ThemePassage>();
        foreach (var (doc, passages) in documents)
        {
            foreach (var (_, themed) in passages)
            {
                byText.TryAdd((doc, ExtractionScorer.Fold(themed.Text)), themed);
            }
        }

        var read = documents.Select(d => d.Doc).ToHashSet(StringComparer.Ordinal);
        foreach (var doc in labelled.Select(e => e.Group?.Split('|')[0]).OfType<string>().Distinct(StringComparer.Ordinal).Where(d => !read.Contains(d)).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.TooFewLabels, $"theme labels name {doc}, which is not in {docs.Folder}; they are trained on without their context", Provenance.ForFile(doc)));
        }

        var result = labelled.Select(e => WithContext(e, byText)).ToList();
        if (!options.WeakLabels)
        {
            return result;
        }

        var scorer = new LexiconThemeScorer(lexicon);
        foreach (var (doc, passages) in documents)
        {
            var unlabelled = passages.Where(p => p.Passage.DuplicateOf is null && !labelledTexts.Contains(ExtractionScorer.Fold(p.Themed.Text))).ToList();
            var scores = scorer.Score([.. unlabelled.Select(p => p.Themed)]);
            for (var i = 0; i < unlabelled.Count; i++)
            {
                var themes = WeakSelection.Select(scores[i]).Select(c => lexicon.Catalogue.Ids[c.Theme]).ToList();
                if (themes.Count > 0)
                {
                    var (passage, themed) = unlabelled[i];
                    result.Add(new ThemeExample(themed, [.. themes], doc + "|" + (passage.Council?.Name ?? string.Empty), WeakSource) { Weak = true });
                }
            }
        }

        return result;
    }

    // A label from a document takes the context that document gives it; one written with its own context keeps that.
    private static ThemeExample WithContext(ThemeExample example, Dictionary<(string, string), ThemePassage> byText)
    {
        var passage = example.Passage;
        var hasOwn = passage.Heading.Length + passage.Previous.Length + passage.Next.Length + passage.LeadIn.Length > 0;
        var doc = example.Group?.Split('|')[0];
        return !hasOwn && doc is not null && byText.TryGetValue((doc, ExtractionScorer.Fold(example.Text)), out var found)
            ? example with { Passage = found with { Text = example.Text } }
            : example;
    }
}
