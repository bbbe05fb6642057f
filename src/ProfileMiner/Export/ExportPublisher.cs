using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Export;

/// <summary>
/// The <c>export</c> stage: flattens the run's content once (<see cref="ExportData"/>) and has every
/// chosen exporter write it into <c>export/</c> under the output folder. Each file is written
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
    public IReadOnlyList<string> Publish(CorpusContent content, string outputFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
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

        var data = ExportData.Create(content.AtLeast(Options.MinConfidence).ForCouncils(Options.Councils), Options.Codebook, diagnostics);
        var written = new List<string>();
        foreach (var exporter in Options.Exporters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            written.AddRange(exporter.Export(data, Options.Tables, folder, diagnostics, cancellationToken));
        }

        return written;
    }
}
