using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Model;

namespace ProfileMiner.Training;

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
    /// <param name="labelled">The labelled passages.</param>
    /// <param name="docs">The documents they come from.</param>
    /// <param name="lexicon">The theme lexicon.</param>
    /// <param name="options">The theme model's settings.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="quietSources">
    /// Label sources whose labels may name text the reader drops (real documents' gold, which labels the page as
    /// it stands, contents lines and all): their labels trained on without context are reported as information, not warnings.
    /// </param>
    public static List<ThemeExample> Build(IReadOnlyList<ThemeExample> labelled, TrainingDocuments docs, ThemeLexicon lexicon, ThemeTrainingOptions options, DiagnosticBag diagnostics, IReadOnlySet<string>? quietSources = null)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(options);
        // Each document's passages with their folded text, read once: for the labels' context and for the weak labels.
        var documents = docs.Texts()
            .Select(d => (Doc: d.Source.File, Passages: ThemePassage.Of(d).Select(p => new DocumentPassage(p.Passage, p.Themed, ExtractionScorer.Fold(p.Themed.Text))).ToList()))
            .ToList();
        var byText = new Dictionary<(string Doc, string Text), DocumentPassage>();
        foreach (var (doc, passages) in documents)
        {
            foreach (var passage in passages)
            {
                byText.TryAdd((doc, passage.Folded), passage);
            }
        }

        var byDoc = documents.ToDictionary(d => d.Doc, d => d.Passages, StringComparer.Ordinal);
        foreach (var doc in labelled.Select(e => e.Group?.Split('|')[0]).OfType<string>().Distinct(StringComparer.Ordinal).Where(d => !byDoc.ContainsKey(d)).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.LabelNotInDocument, $"theme labels name {doc}, which is not in {docs.Folder}; they are trained on without their context", Provenance.ForFile(doc)));
        }

        var labelledTexts = labelled.Select(e => ExtractionScorer.Fold(e.Text)).ToHashSet(StringComparer.Ordinal);
        var notFound = new List<ThemeExample>();
        var result = new List<ThemeExample>(labelled.Count);
        foreach (var example in labelled)
        {
            var group = example.Group?.Split('|');
            if (HasOwnContext(example.Passage) || group is null || !byDoc.TryGetValue(group[0], out var passages))
            {
                result.Add(example);
            }
            else if ((byText.GetValueOrDefault((group[0], ExtractionScorer.Fold(example.Text))) ?? Match(example.Text, passages, group.Length > 1 ? group[1] : string.Empty)) is { } found)
            {
                labelledTexts.Add(found.Folded);
                result.Add(example with { Passage = found.Themed with { Text = example.Text } });
            }
            else
            {
                notFound.Add(example);
                result.Add(example);
            }
        }

        foreach (var file in notFound.GroupBy(e => e.Source, StringComparer.Ordinal))
        {
            var lines = file.Select(e => e.Line).OfType<int>().ToList();
            var where = lines.Count == 0 ? string.Empty : $" (line{(lines.Count == 1 ? string.Empty : "s")} {string.Join(", ", lines.Take(5))}{(lines.Count > 5 ? ", ..." : string.Empty)})";
            var count = file.Count();
            diagnostics.Add(new Diagnostic(
                quietSources?.Contains(file.Key) == true ? Severity.Info : Severity.Warning,
                DiagnosticCodes.LabelNotInDocument,
                count == 1
                    ? $"the text of 1 theme label was not found in the document it names{where}; it is trained on without its context"
                    : $"the text of {count} theme labels was not found in the documents they name{where}; they are trained on without their context",
                new Provenance(file.Key, null, lines.Count == 0 ? null : lines[0], 0, 0)));
        }

        if (!options.WeakLabels)
        {
            return result;
        }

        var scorer = new LexiconThemeScorer(lexicon);
        foreach (var (doc, passages) in documents)
        {
            var unlabelled = passages.Where(p => p.Passage.DuplicateOf is null && !labelledTexts.Contains(p.Folded)).ToList();
            var scores = scorer.Score([.. unlabelled.Select(p => p.Themed)]);
            for (var i = 0; i < unlabelled.Count; i++)
            {
                var themes = WeakSelection.Select(scores[i]).Select(c => lexicon.Catalogue.Ids[c.Theme]).ToList();
                if (themes.Count > 0)
                {
                    var (passage, themed, _) = unlabelled[i];
                    result.Add(new ThemeExample(themed, [.. themes], doc + "|" + (passage.Council?.Name ?? string.Empty), WeakSource) { Weak = true });
                }
            }
        }

        return result;
    }

    private static bool HasOwnContext(ThemePassage passage) =>
        passage.Heading.Length + passage.Previous.Length + passage.Next.Length + passage.LeadIn.Length > 0;

    // A label whose text is no block's (cut from a longer block, written without its list marker "(a)",
    // a lead-in labelled with its list) stands for the passage of its section that eval would match it
    // to: the first most similar, at ExtractionScorer.MatchSimilarity or more; null when none is. A
    // council no passage of the document is credited to (a real document whose council the segmenter
    // does not find) stands for the whole document, as eval scores it.
    private static DocumentPassage? Match(string label, List<DocumentPassage> passages, string council)
    {
        if (council.Length > 0 && !passages.Any(p => p.Passage.Council?.Name == council))
        {
            council = string.Empty;
        }

        DocumentPassage? best = null;
        var bestSimilarity = 0.0;
        foreach (var passage in passages)
        {
            if (council.Length > 0 && passage.Passage.Council?.Name != council)
            {
                continue;
            }

            var similarity = ExtractionScorer.Similarity(label, passage.Themed.Text);
            if (similarity >= ExtractionScorer.MatchSimilarity && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (passage, similarity);
            }
        }

        return best;
    }

    private sealed record DocumentPassage(Passage Passage, ThemePassage Themed, string Folded);
}
