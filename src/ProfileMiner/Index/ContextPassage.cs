using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>One passage of a document shown around a hit.</summary>
/// <param name="Key">The passage's key, <c>file#block</c>.</param>
/// <param name="Text">The passage's text.</param>
/// <param name="Block">The block kind (<c>heading</c>, <c>paragraph</c>, <c>list_item</c>, <c>table_row</c>).</param>
/// <param name="Heading">The heading path above it.</param>
/// <param name="Page">1-based page (PDF).</param>
/// <param name="Line">1-based line (text).</param>
/// <param name="IsTarget">True for the passage asked for.</param>
public sealed record ContextPassage(string Key, string Text, string? Block, string? Heading, int? Page, int? Line, bool IsTarget)
{
    /// <summary>[start, end) offsets in <see cref="Text"/> of the words a query matched (empty without a query).</summary>
    public ImmutableArray<(int Start, int End)> Marks { get; init; } = [];
}
