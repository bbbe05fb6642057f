using System.Collections.Immutable;

namespace ProfileMiner.Index;

/// <summary>One section of the <see cref="Thesaurus"/>: its name, the weight of a match through it, its source and its entries.</summary>
/// <param name="Name">The section's name (<c>acronyms</c>, <c>ascof</c>, <c>plain</c>).</param>
/// <param name="Weight">The weight of a match through one of its entries, relative to the words typed (1).</param>
/// <param name="Source">Where its entries come from.</param>
/// <param name="Entries">Its entries in file order.</param>
public sealed record ThesaurusSection(string Name, float Weight, string Source, ImmutableArray<ThesaurusEntry> Entries);
