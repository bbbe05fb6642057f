using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Output;
using ProfileMiner.Tables;

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
    public IReadOnlyList<string> Export(RunTables data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var writers = new (ExportTables Table, IOutputWriter Writer)[]
        {
            (ExportTables.Documents, new DocumentsJsonlWriter()),
            (ExportTables.Passages, new PassagesJsonlWriter()),
            (ExportTables.Metrics, new MetricsJsonlWriter()),
            (ExportTables.Claims, new ClaimsJsonlWriter()),
            (ExportTables.Themes, new ThemesJsonlWriter()),
        };
        var written = new List<string>();
        foreach (var (_, writer) in writers.Where(w => tables.HasFlag(w.Table)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExportFile.TryWrite(Path.Combine(folder, writer.FileName), s => writer.Write(data, s), diagnostics, written);
        }

        return written;
    }
}
