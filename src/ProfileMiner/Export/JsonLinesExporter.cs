using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Output;

namespace ProfileMiner.Export;

/// <summary>
/// Writes the JSON Lines files exactly as a run writes them (the same <see cref="IOutputWriter"/>s:
/// <c>documents.jsonl</c>, <c>passages.jsonl</c>, <c>metrics.jsonl</c>, <c>claims.jsonl</c>,
/// <c>themes.jsonl</c>).
/// </summary>
public sealed class JsonLinesExporter : IExporter
{
    /// <summary>The shared instance.</summary>
    public static JsonLinesExporter Default { get; } = new();

    /// <inheritdoc />
    public string Format => "jsonl";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(ExportData data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var content = data.Content with { Documents = data.SourceDocuments };
        var writers = new List<(ExportTables Table, string File, Action<Stream> Write)>
        {
            (ExportTables.Documents, "documents.jsonl", s => new DocumentsJsonlWriter().Write(content, s)),
            (ExportTables.Passages, "passages.jsonl", s => new PassagesJsonlWriter().Write(content, s)),
            (ExportTables.Metrics, "metrics.jsonl", s => new MetricsJsonlWriter().Write(content, s)),
            (ExportTables.Claims, "claims.jsonl", s => new ClaimsJsonlWriter().Write(content, s)),
            (ExportTables.Themes, "themes.jsonl", s => new ThemesJsonlWriter().Write(content, s)),
        };
        var written = new List<string>();
        foreach (var (table, file, write) in writers.Where(w => tables.HasFlag(w.Table)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExportFile.TryWrite(Path.Combine(folder, file), write, diagnostics, written);
        }

        return written;
    }
}
