using System.Collections.Concurrent;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Tests.Support;

/// <summary>
/// The shipped seeds, read and segmented once per test run and shared (the model is immutable).
/// Theories take the file name, not the path, so test cases are named after the seed.
/// </summary>
internal static class SeedFiles
{
    private static readonly ConcurrentDictionary<string, Lazy<Parsed>> s_parsed = new(StringComparer.Ordinal);

    /// <summary>Every seed's file name, in order.</summary>
    public static IReadOnlyList<string> All =>
        [.. Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    /// <summary>Every seed's file name, for <c>[MemberData]</c>: the case is named after the file.</summary>
    public static TheoryData<string> Names => new(All);

    /// <summary>The file name of the seed whose name starts with <paramref name="prefix"/> (e.g. <c>001</c>).</summary>
    public static string Name(string prefix) => Path.GetFileName(RepoPaths.Seed(prefix));

    public static string PathOf(string name) => Path.Combine(RepoPaths.Seeds, name);

    /// <summary>The seed's raw lines (LF-split), index 0 = line 1.</summary>
    public static string[] RawLines(string name) =>
        File.ReadAllText(PathOf(name)).ReplaceLineEndings("\n").Split('\n');

    public static SourceDocument Document(string name) => Get(name).Document;

    public static SegmentedDocument Segmented(string name) => Get(name).Segmented;

    /// <summary>Diagnostics of reading and segmenting the seed.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(string name) => Get(name).Diagnostics;

    private static Parsed Get(string name) =>
        s_parsed.GetOrAdd(name, n => new Lazy<Parsed>(() => Parse(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static Parsed Parse(string name)
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownDocumentReader.Default.Read(InputFile.Read(PathOf(name)), diagnostics)
            ?? throw new InvalidOperationException($"seed {name} did not read: {string.Join("; ", diagnostics.Items)}");
        var segmented = CouncilSectionSegmenter.Default.Segment(document, diagnostics);
        return new Parsed(document, segmented, diagnostics.Items);
    }

    private sealed record Parsed(SourceDocument Document, SegmentedDocument Segmented, IReadOnlyList<Diagnostic> Diagnostics);
}
