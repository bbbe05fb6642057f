using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>One line of the <see cref="Thesaurus"/>: a query with one of <paramref name="From"/> also looks for <paramref name="To"/>.</summary>
/// <param name="From">The expressions that trigger it, as written.</param>
/// <param name="To">The expressions looked for too (for a group of equivalents, the same as <paramref name="From"/>).</param>
/// <param name="OneWay">True for <c>x =&gt; a, b</c>; false for a group of equivalents.</param>
/// <param name="Line">The entry's line in its file.</param>
public sealed record ThesaurusEntry(ImmutableArray<string> From, ImmutableArray<string> To, bool OneWay, int Line);
