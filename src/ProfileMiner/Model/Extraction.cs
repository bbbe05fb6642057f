using System.Text.Json.Serialization;

namespace ProfileMiner.Model;

/// <summary>
/// What every extracted fact carries: where it stands (document, council section, page or line,
/// offsets of the number or claim in the document's normalised text), the sentence it stands in,
/// and which extractor produced it with what confidence.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(MetricMention), "metric")]
[JsonDerivedType(typeof(Claim), "claim")]
[JsonDerivedType(typeof(ThemeAssignment), "theme")]
public abstract record Extraction
{
    /// <summary>The document's file name (<c>doc</c>).</summary>
    public required string Doc { get; init; }

    /// <summary>The section's council, or null for front matter.</summary>
    public Council? Council { get; init; }

    /// <summary>
    /// Index of the block it was found in, in its document (<see cref="Passage.BlockIndex"/>): set when it
    /// is made, it is how every output joins an extraction to its passage.
    /// </summary>
    public required int BlockIndex { get; init; }

    /// <summary>The section's id (<c>file#index</c>, <see cref="Passage.SectionId"/>).</summary>
    public required string SectionId { get; init; }

    /// <summary>Page (PDF) and line (text), and the [start, end) offsets of the extracted span.</summary>
    public required Provenance Source { get; init; }

    /// <summary>The sentence as it stands in the text (GUIDE.md, "sentence").</summary>
    public required string Sentence { get; init; }

    /// <summary>The id of the extractor that produced this, e.g. <c>metrics.rules</c>.</summary>
    public required string Extractor { get; init; }

    /// <summary>
    /// How sure the extractor is, 0 to 1. The lowest bands mean something: at most
    /// <see cref="HalfParsedConfidence"/> for what the rules only half parse (a figure whose measure
    /// no phrase names, a table cell whose row has no label), at most <see cref="UncheckedOcrConfidence"/>
    /// for what stands on a page of unchecked OCR text.
    /// </summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The confidence of what the rules only half parse; the digest leaves this band out by default.</summary>
    public const double HalfParsedConfidence = 0.5;

    /// <summary>The most confidence anything extracted from a page of unchecked OCR text gets.</summary>
    public const double UncheckedOcrConfidence = 0.4;

    /// <summary>The topic of the passage it was found in; <see cref="Topic.Other"/> keeps it out of the digest.</summary>
    public Topic Topic { get; init; }

    /// <summary>When the section's text is shown elsewhere, that section's id.</summary>
    public string? DuplicateOf { get; init; }
}
