using ProfileMiner.Diagnostics;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>Writes the exported tables in one format (CSV, JSON Lines, Parquet, SQLite, REFI-QDA).</summary>
public interface IExporter
{
    /// <summary>The format's name as <c>--format</c> takes it: <c>csv</c>, <c>jsonl</c>, <c>parquet</c>, <c>sqlite</c>, <c>qdpx</c>.</summary>
    string Format { get; }

    /// <summary>
    /// Writes <paramref name="tables"/> of <paramref name="data"/> into <paramref name="folder"/>, each file
    /// atomically, and returns the paths written. A file that cannot be written becomes one PM6001 error
    /// naming it; the other files are still written.
    /// </summary>
    IReadOnlyList<string> Export(RunTables data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken);
}
