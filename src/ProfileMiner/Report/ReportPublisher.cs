using ProfileMiner.Diagnostics;
using ProfileMiner.IO;
using ProfileMiner.Model;
using ProfileMiner.Pipeline;
using ProfileMiner.Tables;

namespace ProfileMiner.Report;

/// <summary>
/// The <c>report</c> stage: the cross-council themes digest, rendered from Scriban templates into
/// <c>report/themes.html</c> (one self-contained file) and <c>report/themes.md</c>. Every format is rendered to a
/// string before any file is written, so a template error leaves the previous digest in place, never half of one.
/// </summary>
public sealed class ReportPublisher(ReportOptions options) : ICorpusPublisher
{
    /// <summary>Both formats from the shipped templates.</summary>
    public static ReportPublisher Default { get; } = new(ReportOptions.Default);

    /// <summary>The settings.</summary>
    public ReportOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public string Name => "report";

    /// <summary>The file a format is written to: <c>themes.html</c> or <c>themes.md</c>.</summary>
    public static string FileName(ReportFormat format) => format == ReportFormat.Html ? "themes.html" : "themes.md";

    /// <summary>
    /// Finds and parses the template of every format, so a missing or broken template is reported before a run
    /// starts. Returns the problems (PM5001 with file, line and column; PM5003 for a missing file); empty when all parse.
    /// </summary>
    public IReadOnlyList<Diagnostic> CheckTemplates()
    {
        var diagnostics = new DiagnosticBag();
        var loader = Loader();
        var checkedPaths = new HashSet<string>(StringComparer.Ordinal);

        // A user's template serves every format: check it once.
        var formats = Options.TemplateFile is null ? Options.Formats.Distinct() : Options.Formats.Take(1);
        foreach (var format in formats)
        {
            if (MainPath(format, loader, diagnostics) is { } path && checkedPaths.Add(path))
            {
                ReportRenderer.Parse(path, diagnostics);
            }
        }

        return diagnostics.Items;
    }

    /// <summary>
    /// Renders every format of <see cref="ReportOptions.Formats"/>; null, with the problem in <paramref name="diagnostics"/>,
    /// when a template fails. Links to the sources are relative to the digest's folder under <paramref name="outputFolder"/>
    /// (the run's output folder); without one they are the paths as read.
    /// </summary>
    public IReadOnlyDictionary<ReportFormat, string>? Render(CorpusContent content, DiagnosticBag diagnostics, string? outputFolder = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reportFolder = outputFolder is null ? null : Path.Combine(outputFolder, Options.OutputSubfolder);
        var model = new ReportModelBuilder(Options, reportFolder).Build(content, diagnostics);

        var loader = Loader();
        var rendered = new Dictionary<ReportFormat, string>();
        foreach (var format in Options.Formats.Distinct())
        {
            var path = MainPath(format, loader, diagnostics);
            var template = path is null ? null : ReportRenderer.Parse(path, diagnostics);
            var text = template is null ? null : ReportRenderer.Render(template, path!, model.For(format), format, loader, diagnostics);
            if (text is null)
            {
                return null;
            }

            rendered[format] = text;
        }

        return rendered;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Publish(RunTables tables, string outputFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var rendered = Render(tables.Content, diagnostics, outputFolder);
        if (rendered is null)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var written = new List<string>();
        foreach (var (format, text) in rendered)
        {
            var path = Path.GetFullPath(Path.Combine(outputFolder, Options.OutputSubfolder, FileName(format)));
            try
            {
                AtomicFile.Write(path, stream =>
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    writer.Write(text);
                });
                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed, $"cannot write the file ({e.Message})",
                    Provenance.ForFile(Path.Combine(Options.OutputSubfolder, FileName(format)))));
            }
        }

        return written;
    }

    private ReportTemplateLoader Loader() =>
        new(Options.TemplateFile is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) : null, Options.TemplateFolder);

    private string? MainPath(ReportFormat format, ReportTemplateLoader loader, DiagnosticBag diagnostics)
    {
        if (Options.TemplateFile is { } file)
        {
            if (File.Exists(file))
            {
                return Path.GetFullPath(file);
            }

            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateNotFound, "no such template file", Provenance.ForFile(file)));
            return null;
        }

        var name = ReportTemplateLoader.MainName(format);
        var path = loader.Resolve(name);
        if (path is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateNotFound, "the shipped template is missing (no templates/ folder here or beside the application)", Provenance.ForFile(name)));
        }

        return path;
    }
}
