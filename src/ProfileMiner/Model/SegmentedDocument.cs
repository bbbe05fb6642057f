using System.Collections.Immutable;

namespace ProfileMiner.Model;

/// <summary>A document with its kind, period, title and council sections.</summary>
public sealed record SegmentedDocument
{
    /// <summary>The parsed document.</summary>
    public required SourceDocument Source { get; init; }

    /// <summary>What sort of document it is.</summary>
    public required DocumentKind Kind { get; init; }

    /// <summary>The reporting period, when the text states one.</summary>
    public Period? Period { get; init; }

    /// <summary>The title: a committee paper's subject line, the first title-like heading or line, or the file name's words.</summary>
    public string? Title { get; init; }

    /// <summary>The date of the meeting the document was written for, when it names one (kept apart from <see cref="Period"/>, the period it reports on).</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>Who wrote it, with the evidence weighed and the councils it only names; <see cref="Issuer.Unknown"/> when nothing says.</summary>
    public Issuer Issuer { get; init; } = Issuer.Unknown;

    /// <summary>
    /// True when nothing says who wrote the document or which council it is about: no council section
    /// and no known issuer. Such documents are listed in the run's summary.
    /// </summary>
    public bool Unattributed => Issuer.IsUnknown && !Councils.Any();

    /// <summary>Council sections covering every block, in order.</summary>
    public required ImmutableArray<Section> Sections { get; init; }

    /// <summary>
    /// The topic of each block, in block order; empty when it was not detected, which reads as
    /// <see cref="Topic.AdultSocialCare"/> throughout.
    /// </summary>
    public ImmutableArray<Topic> Topics { get; init; } = [];

    /// <summary>The topic of block <paramref name="block"/> (<see cref="Topic.AdultSocialCare"/> when topics were not detected).</summary>
    public Topic TopicOf(int block) => block >= 0 && block < Topics.Length ? Topics[block] : Topic.AdultSocialCare;

    /// <summary>When the whole document is a near-duplicate of another, that document's file name.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The distinct councils of the document, in order of first appearance.</summary>
    public IEnumerable<Council> Councils =>
        Sections.Select(s => s.Council).OfType<Council>().DistinctBy(c => c.GssCode ?? c.Name);
}
