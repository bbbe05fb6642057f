using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Extract.Themes;

/// <summary>
/// Gives every passage (paragraph, list item, table row; not headings) one to three themes with
/// their scores, as <see cref="ThemeAssignment"/>s, scoring a document's passages, each with its
/// context (<see cref="ThemePassage.Of(SegmentedDocument)"/>), in one batch with its <see cref="IThemeScorer"/>.
/// </summary>
public sealed class ThemeExtractor : IExtractor
{
    /// <summary>Uses <paramref name="scorer"/> and its <see cref="IThemeScorer.Selection"/>.</summary>
    public ThemeExtractor(IThemeScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Scorer = scorer;
    }

    /// <summary>The scorer.</summary>
    public IThemeScorer Scorer { get; }

    /// <inheritdoc />
    public string Id => Scorer.Id;

    /// <summary>The SHA-256 of the theme model the scorer runs, when it has one.</summary>
    public string? ModelSha256 { get; init; }

    /// <inheritdoc />
    public string Version => ModelSha256 is null ? Id : $"{Id}@{ModelSha256}";

    /// <inheritdoc />
    public IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        var themed = ThemePassage.Of(document);
        if (themed.Count == 0)
        {
            return [];
        }

        var passages = themed.Select(t => t.Passage).ToList();
        var scores = Scorer.Score([.. themed.Select(t => t.Themed)]);
        var ids = Scorer.Catalogue.Ids;
        var results = new List<Extraction>(passages.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            var chosen = Scorer.Selection.Select(scores[i]);
            if (chosen.IsEmpty)
            {
                continue;
            }

            var passage = passages[i];
            results.Add(new ThemeAssignment
            {
                Doc = passage.Doc,
                Council = passage.Council,
                Source = passage.Block.Source,
                Sentence = passage.Block.Text,
                Extractor = Scorer.Id,
                Confidence = chosen[0].Score,
                DuplicateOf = passage.DuplicateOf,
                Topic = passage.Topic,
                Themes = [.. chosen.Select(c => ids[c.Theme])],
                Scores = [.. chosen.Select(c => Math.Round(c.Score, 4))],
                BlockIndex = passage.BlockIndex,
                SectionId = passage.SectionId,
            });
        }

        return results;
    }

    /// <summary>True for the passages that get themes: not headings (nor a council heading written as a paragraph), and holding at least one letter.</summary>
    public static bool IsThemed(Passage passage) =>
        passage.Block.Kind != BlockKind.Heading
        && passage.Block.Text.Any(char.IsLetter)
        && !(passage.Block.Kind == BlockKind.Paragraph && CouncilSectionSegmenter.TryParseCouncilHeading(passage.Block.Text, out _));
}
