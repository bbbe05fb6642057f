using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>One passage as the index holds it: text, provenance, facets and duplicate group.</summary>
internal sealed record IndexedPassage
{
    public required string Key { get; init; }

    public required string Doc { get; init; }

    public string? Title { get; init; }

    public string? SourcePath { get; init; }

    public required int BlockIndex { get; init; }

    public required string Text { get; init; }

    public required string Heading { get; init; }

    public string? Council { get; init; }

    public string? GssCode { get; init; }

    public string? Region { get; init; }

    public required string Kind { get; init; }

    public required string Block { get; init; }

    public string? Period { get; init; }

    public ImmutableArray<string> Years { get; init; } = [];

    public ImmutableArray<string> Themes { get; init; } = [];

    public bool HasMetrics { get; init; }

    public bool HasClaims { get; init; }

    public required string Section { get; init; }

    public string? DuplicateOf { get; init; }

    public required string Group { get; init; }

    public int? Page { get; init; }

    public int? Line { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>Sentences as [start, end) offsets relative to <see cref="Text"/>.</summary>
    public ImmutableArray<(int Start, int End)> Sentences { get; init; } = [];
}
