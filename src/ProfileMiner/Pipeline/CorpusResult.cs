using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Pipeline;

/// <summary>What a run produced: the segmented documents, every diagnostic, and counts for the summary.</summary>
public sealed record CorpusResult
{
    /// <summary>The documents read, in input order.</summary>
    public required ImmutableArray<SegmentedDocument> Documents { get; init; }

    /// <summary>Metrics, claims and other facts found, in document order.</summary>
    public ImmutableArray<Extraction> Extractions { get; init; } = [];

    /// <summary>Every diagnostic of the run, in the order found.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Files considered (read, cached, or failed).</summary>
    public required int Files { get; init; }

    /// <summary>Files whose parse was reused from the cache.</summary>
    public required int Cached { get; init; }

    /// <summary>Files skipped with an error.</summary>
    public required int Failed { get; init; }

    /// <summary>Input bytes read.</summary>
    public required long Bytes { get; init; }

    /// <summary>Wall-clock time of the run.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Output files written, full paths.</summary>
    public required ImmutableArray<string> Outputs { get; init; }

    /// <summary>The id of the output generation the run swapped in (<see cref="Output.OutputGeneration"/>), or null when it swapped in none.</summary>
    public string? Generation { get; init; }

    /// <summary>PDF pages read.</summary>
    public int Pages => Documents.Sum(d => d.Source.Pages ?? 0);

    /// <summary>Distinct councils named across all documents.</summary>
    public int Councils => Documents.SelectMany(d => d.Councils).Select(c => c.GssCode ?? c.Name).Distinct(StringComparer.Ordinal).Count();

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
