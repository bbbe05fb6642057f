using System.Collections.Immutable;
using System.Globalization;
using ProfileMiner.Model;

namespace ProfileMiner.Eval;

/// <summary>A corpus many times larger, for the benchmarks of the whole-corpus stages (digest, exports).</summary>
public static class CorpusCopies
{
    /// <summary>
    /// The corpus and <paramref name="times"/> - 1 copies of it, each copy's files (<c>x007_name</c>),
    /// section and duplicate references, and councils (<c>Bury 7</c>, unknown to the registry) renamed,
    /// so that ids, keys and council counts grow with the copies.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is below 1.</exception>
    public static CorpusContent Repeat(CorpusContent content, int times)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var documents = ImmutableArray.CreateBuilder<SegmentedDocument>(content.Documents.Length * times);
        var extractions = ImmutableArray.CreateBuilder<Extraction>(content.Extractions.Length * times);
        documents.AddRange(content.Documents);
        extractions.AddRange(content.Extractions);
        for (var k = 1; k < times; k++)
        {
            var councils = new Dictionary<Council, Council>();
            Council? Rename(Council? c) => c is null ? null
                : councils.TryGetValue(c, out var r) ? r
                : councils[c] = c with { Name = string.Create(CultureInfo.InvariantCulture, $"{c.Name} {k}"), GssCode = null, Known = false };
            string File(string file) => string.Create(CultureInfo.InvariantCulture, $"x{k:000}_{file}");
            string? Id(string? id) => id is null ? null : File(id);

            documents.AddRange(content.Documents.Select(d => d with
            {
                Source = d.Source with { File = File(d.Source.File) },
                Sections = [.. d.Sections.Select(s => s with { Council = Rename(s.Council), DuplicateOf = Id(s.DuplicateOf) })],
                DuplicateOf = Id(d.DuplicateOf),
            }));
            extractions.AddRange(content.Extractions.Select(e => e switch
            {
                ThemeAssignment t => t with { Doc = File(t.Doc), Council = Rename(t.Council), DuplicateOf = Id(t.DuplicateOf), SectionId = File(t.SectionId) },
                _ => e with { Doc = File(e.Doc), Council = Rename(e.Council), DuplicateOf = Id(e.DuplicateOf) },
            }));
        }

        return new CorpusContent(documents.MoveToImmutable(), extractions.MoveToImmutable());
    }
}
