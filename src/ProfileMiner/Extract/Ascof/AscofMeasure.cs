using System.Collections.Immutable;

namespace ProfileMiner.Extract.Ascof;

/// <summary>
/// One measure of one edition, as <see cref="AscofCatalogue"/> holds it: a row of <c>ascof.tsv</c> with
/// its keywords (inherited when the row gives none) and the id of its meaning, which stays the same
/// while a code keeps its measure and changes when an edition gives the code to another measure.
/// </summary>
internal sealed class AscofMeasure(string edition, AscofCode code, string name, ImmutableArray<AscofPart> parts, string? formerly, ImmutableArray<AscofPhrase> phrases, int meaning)
{
    public string Edition { get; } = edition;

    public AscofCode Code { get; } = code;

    public string Name { get; } = name;

    public ImmutableArray<AscofPart> Parts { get; } = parts;

    public string? Formerly { get; } = formerly;

    public ImmutableArray<AscofPhrase> Phrases { get; } = phrases;

    public int Meaning { get; } = meaning;

    public AscofEntry ToEntry() => new()
    {
        Edition = Edition,
        Code = Code,
        Name = Name,
        Parts = Parts,
        Formerly = Formerly,
    };

    /// <summary>The entry for one part, or null when the measure has no such part in this edition.</summary>
    public AscofEntry? ToEntry(string? part)
    {
        if (part is null)
        {
            return ToEntry();
        }

        var found = Parts.FirstOrDefault(p => string.Equals(p.Code.Part, part, StringComparison.Ordinal));
        return found is null ? null : ToEntry() with { Code = found.Code, PartLabel = found.Label };
    }
}
