using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>
/// The <c>export</c> stage: has every chosen exporter write the run's tables (<see cref="RunTables"/>)
/// into <c>export/</c> under the output folder. Each file is written
/// atomically; one that cannot be written is a PM6001 error naming it, and the others are still written.
/// </summary>
public sealed class ExportPublisher(ExportOptions options) : ICorpusPublisher
{
    /// <summary>Every format and table into <c>export/</c>.</summary>
    public static ExportPublisher Default { get; } = new(ExportOptions.Default);

    /// <summary>The options this stage runs with.</summary>
    public ExportOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public string Name => "export";

    /// <inheritdoc />
    public IReadOnlyList<string> Publish(RunTables tables, string outputFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(outputFolder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var folder = Path.GetFullPath(Path.Combine(outputFolder, Options.Folder));
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed,
                $"cannot create the export folder ({ExceptionText.Describe(e)}); no export was written", Provenance.ForFile(Options.Folder)));
            return [];
        }

        // The run's tables as they are, unless this stage's confidence floor, councils or codebook differ
        // from the run's (the run has already reported what joining them found, unless the codebook differs).
        var selected = tables.Content.AtLeast(Options.MinConfidence).ForCouncils(Options.Councils);
        var data = ReferenceEquals(selected, tables.Content) && ReferenceEquals(Options.Codebook, tables.Codebook)
            ? tables
            : RunTables.Create(selected, Options.Codebook, ReferenceEquals(Options.Codebook, tables.Codebook) ? new DiagnosticBag() : diagnostics);
        var written = new List<string>();
        foreach (var exporter in Options.Exporters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            written.AddRange(exporter.Export(data, Options.Tables, folder, diagnostics, cancellationToken));
        }

        return written;
    }
}
