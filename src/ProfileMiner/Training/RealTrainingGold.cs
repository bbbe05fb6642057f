using System.Collections.Immutable;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Model;

namespace ProfileMiner.Training;

/// <summary>
/// A folder of labelled real documents (<c>gold/</c> in GUIDE.md's format beside <c>docs/</c>) split
/// by council into the half the models are trained on (<see cref="GoldHalves.Tune"/>) and the half
/// the shipped blend is chosen on (<see cref="GoldHalves.Check"/>). A document belongs to a half when
/// its coverage names a council of that half; councils the halves file does not name are left out.
/// </summary>
internal sealed class RealTrainingGold
{
    private RealTrainingGold(string folder, IReadOnlySet<string> tune, IReadOnlySet<string> check, ImmutableHashSet<string> tuneDocs, ImmutableHashSet<string> checkDocs)
    {
        Folder = folder;
        TuneCouncils = tune;
        CheckCouncils = check;
        TuneDocs = tuneDocs;
        CheckDocs = checkDocs;
    }

    /// <summary>The folder, as given.</summary>
    public string Folder { get; }

    /// <summary>Its gold folder.</summary>
    public string Gold => Path.Combine(Folder, "gold");

    /// <summary>Its documents.</summary>
    public string Docs => Path.Combine(Folder, "docs");

    /// <summary>The councils trained on.</summary>
    public IReadOnlySet<string> TuneCouncils { get; }

    /// <summary>The councils the blend is chosen on.</summary>
    public IReadOnlySet<string> CheckCouncils { get; }

    /// <summary>The documents of the tuning half.</summary>
    public ImmutableHashSet<string> TuneDocs { get; }

    /// <summary>The documents of the check half.</summary>
    public ImmutableHashSet<string> CheckDocs { get; }

    /// <summary>The councils of <paramref name="half"/>.</summary>
    public IReadOnlySet<string> Councils(string half) => half == GoldHalves.Tune ? TuneCouncils : CheckCouncils;

    /// <summary>The documents of <paramref name="half"/>.</summary>
    public ImmutableHashSet<string> Documents(string half) => half == GoldHalves.Tune ? TuneDocs : CheckDocs;

    /// <summary>
    /// Reads each folder of <paramref name="folders"/> that exists (one that does not is reported and
    /// skipped: the models then train without it), split by the halves file.
    /// </summary>
    /// <exception cref="ProfileMinerException">A folder has no <c>gold/coverage.jsonl</c>, or the halves file is missing or bad.</exception>
    public static ImmutableArray<RealTrainingGold> Load(IReadOnlyList<string> folders, string halvesFile, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var present = folders.Where(f =>
        {
            if (Directory.Exists(f))
            {
                return true;
            }

            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.PathNotFound, $"no real gold folder '{f}'; the models are trained without it", Provenance.ForFile(f)));
            return false;
        }).ToList();
        if (present.Count == 0)
        {
            return [];
        }

        var halves = GoldHalves.Load(halvesFile);
        var tune = halves.Councils(GoldHalves.Tune);
        var check = halves.Councils(GoldHalves.Check);
        var result = ImmutableArray.CreateBuilder<RealTrainingGold>();
        foreach (var folder in present)
        {
            var coverage = Path.Combine(folder, "gold", "coverage.jsonl");
            if (!File.Exists(coverage))
            {
                throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"no gold file '{coverage}' in the real gold folder '{folder}'");
            }

            var rows = GoldItem.Load(coverage);
            foreach (var council in rows.Select(r => r.Council ?? string.Empty).Distinct(StringComparer.Ordinal).Where(c => !tune.Contains(c) && !check.Contains(c)).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.TooFewLabels, $"the halves file '{halvesFile}' does not name '{council}'; its labels are not trained on", Provenance.ForFile(coverage)));
            }

            ImmutableHashSet<string> Docs(IReadOnlySet<string> councils) =>
                [.. rows.Where(r => councils.Contains(r.Council ?? string.Empty)).Select(r => r.Doc)];
            result.Add(new RealTrainingGold(folder, tune, check, Docs(tune), Docs(check)));
        }

        return result.ToImmutable();
    }
}
