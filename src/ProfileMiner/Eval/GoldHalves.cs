using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Eval;

/// <summary>
/// A split of labelled councils into a half that rules and models are tuned on (<c>tune</c>) and a
/// half that is only ever measured (<c>check</c>), read from a tab-separated file of
/// <c>council</c> and <c>half</c> lines (a <c>#</c> starts a comment). Splitting by council keeps every
/// document of a council on one side, so a figure on the check half says how a change does on
/// councils it was not tuned on.
/// </summary>
public sealed class GoldHalves
{
    /// <summary>The half rules and models may be tuned on.</summary>
    public const string Tune = "tune";

    /// <summary>The half that is measured only.</summary>
    public const string Check = "check";

    private GoldHalves(ImmutableDictionary<string, string> halves) => Halves = halves;

    /// <summary>Each council's half (canonical council names, as the gold writes them).</summary>
    public ImmutableDictionary<string, string> Halves { get; }

    /// <summary>The councils of <paramref name="half"/>.</summary>
    public IReadOnlySet<string> Councils(string half) =>
        Halves.Where(p => p.Value == half).Select(p => p.Key).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The councils a gold folder's <c>coverage.jsonl</c> names.</summary>
    /// <exception cref="ProfileMinerException">A line of it is not a JSON object with a <c>doc</c> (PM1012).</exception>
    public static IReadOnlySet<string> CoveredCouncils(string goldFolder) =>
        GoldItem.Load(Path.Combine(goldFolder, "coverage.jsonl")).Select(c => c.Council ?? string.Empty).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads a halves file.</summary>
    /// <exception cref="ProfileMinerException">The file is missing, or a line is not <c>council TAB tune|check</c> (PM1012, naming the line).</exception>
    public static GoldHalves Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no halves file '{path}'");
        }

        var halves = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[1].Trim() is not (Tune or Check) || cells[0].Trim().Length == 0)
            {
                throw new ProfileMinerException([new Diagnostic(Severity.Error, DiagnosticCodes.BadJsonLine,
                    $"the line is not a council and '{Tune}' or '{Check}' separated by a tab", new Provenance(path, null, number, 0, 0))]);
            }

            halves[cells[0].Trim()] = cells[1].Trim();
        }

        return new GoldHalves(halves.ToImmutable());
    }
}
