using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>
/// One hit: a passage with its provenance, score and snippet. The same text in other documents
/// (a PDF of a text file, a repeated paragraph) is this one hit, listed in <see cref="AlsoIn"/>.
/// </summary>
public sealed record SearchHit
{
    /// <summary>The passage's key, <c>file#block</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The document's file name.</summary>
    public required string Doc { get; init; }

    /// <summary>The document's title, when one was found.</summary>
    public string? Title { get; init; }

    /// <summary>The full path the document was read from, for a link to its page.</summary>
    public string? SourcePath { get; init; }

    /// <summary>
    /// A <c>file:</c> link to the document, at the hit's page for a PDF (<c>#page=5</c>, which PDF
    /// viewers open at that page); null when the index does not know where the file is.
    /// </summary>
    public string? Link => SourcePath is null ? null
        : new Uri(SourcePath).AbsoluteUri + (Page is { } page ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#page={page}") : string.Empty);

    /// <summary>The council, or null for front matter.</summary>
    public string? Council { get; init; }

    /// <summary>The council's ONS GSS code.</summary>
    public string? GssCode { get; init; }

    /// <summary>The council's region.</summary>
    public string? Region { get; init; }

    /// <summary>The document's kind.</summary>
    public string? Kind { get; init; }

    /// <summary>The document's period label.</summary>
    public string? Period { get; init; }

    /// <summary>The heading path above the passage.</summary>
    public string? Heading { get; init; }

    /// <summary>1-based page (PDF).</summary>
    public int? Page { get; init; }

    /// <summary>1-based line (text).</summary>
    public int? Line { get; init; }

    /// <summary>The passage's whole text.</summary>
    public required string Text { get; init; }

    /// <summary>The best sentence(s), matched words in <c>**bold**</c>.</summary>
    public required string Snippet { get; init; }

    /// <summary>[start, end) offsets of the matched words in <see cref="Text"/>.</summary>
    public ImmutableArray<(int Start, int End)> Marks { get; init; } = [];

    /// <summary>The BM25 score.</summary>
    public float Score { get; init; }

    /// <summary>Theme ids of the passage.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>The duplicate group: hits of one group share their text (letters and digits).</summary>
    public string? Group { get; init; }

    /// <summary>Other places with the same text.</summary>
    public ImmutableArray<HitSource> AlsoIn { get; init; } = [];
}
