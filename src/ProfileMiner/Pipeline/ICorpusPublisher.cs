using ProfileMiner.Diagnostics;
using ProfileMiner.Tables;

namespace ProfileMiner.Pipeline;

/// <summary>
/// A stage that runs once over the whole corpus after extraction, reading the run's tables, and writes into the output folder:
/// the search index, the themes digest, the exports. A publisher writes atomically (a temporary file
/// or folder moved into place) and reports problems as diagnostics, not exceptions.
/// </summary>
public interface ICorpusPublisher
{
    /// <summary>The stage's name as progress shows it, e.g. <c>index</c>, <c>report</c>, <c>export</c>.</summary>
    string Name { get; }

    /// <summary>Writes this stage's outputs under <paramref name="outputFolder"/> and returns the paths written.</summary>
    IReadOnlyList<string> Publish(RunTables tables, string outputFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken);
}
