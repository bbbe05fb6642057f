using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using ProfileMiner.Diagnostics;
using ProfileMiner.IO;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>
/// Writes one SQLite database, <c>profileminer.sqlite</c>, through Microsoft.Data.Sqlite: tables
/// <c>documents</c> (primary key <c>id</c>), <c>passages</c> (primary key <c>(doc_id, block)</c>),
/// <c>metrics</c>, <c>claims</c> and <c>themes</c> (primary key <c>id</c>; foreign keys to
/// <c>documents(id)</c> and <c>passages(doc_id, block)</c>), indexes on council, indicator and theme,
/// and <c>passages_fts</c>, an FTS5 table over the passages' text (Porter stemming). Documents and
/// passages are always written, since the other tables refer to them. The database is built in a
/// temporary file beside the target and moved into place.
/// </summary>
public sealed class SqliteExporter : IExporter
{
    /// <summary>The database's file name.</summary>
    public const string FileName = "profileminer.sqlite";

    /// <summary>The shared instance.</summary>
    public static SqliteExporter Default { get; } = new();

    /// <inheritdoc />
    public string Format => "sqlite";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(RunTables data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var path = Path.GetFullPath(Path.Combine(folder, FileName));
        var temp = AtomicFile.TempPathFor(path);
        try
        {
            Directory.CreateDirectory(folder);
            Write(data, tables | ExportTables.Documents | ExportTables.Passages, temp, cancellationToken);
            File.Move(temp, path, overwrite: true);
            return [path];
        }
        catch (Exception e) when (ExportFile.IsWriteFailure(e))
        {
            ExportFile.Fail(path, e, diagnostics);
            return [];
        }
        finally
        {
            foreach (var leftover in new[] { temp, temp + "-journal" }.Where(File.Exists))
            {
                File.Delete(leftover);
            }
        }
    }

    private static void Write(RunTables data, ExportTables tables, string path, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Written once, in one transaction: no journal; a 16 MiB page cache
        // (a larger one only held more of the file in memory, no faster).
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;");
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var table in ExportTable.Chosen(data, tables))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Execute(connection, CreateTable(table), transaction);
                Insert(connection, transaction, table);
            }

            Execute(connection, """
                CREATE VIRTUAL TABLE passages_fts USING fts5(text, doc_id UNINDEXED, block UNINDEXED, tokenize = 'porter unicode61');
                INSERT INTO passages_fts (text, doc_id, block) SELECT text, doc_id, block FROM passages ORDER BY doc_id, block;
                CREATE INDEX passages_council ON passages (council);
                """, transaction);
            foreach (var table in ExportTable.Chosen(data, tables & (ExportTables.Metrics | ExportTables.Claims | ExportTables.Themes)))
            {
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"CREATE INDEX {table.Name}_council ON {table.Name} (council);"), transaction);
                var second = table.Kind == ExportTables.Themes ? "theme" : "indicator";
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"CREATE INDEX {table.Name}_{second} ON {table.Name} ({second});"), transaction);
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"CREATE INDEX {table.Name}_passage ON {table.Name} (doc_id, block);"), transaction);
            }

            transaction.Commit();
        }

        Execute(connection, "PRAGMA optimize;");
        connection.Close();
    }

    /// <summary>The <c>CREATE TABLE</c> statement of a table, with its keys.</summary>
    internal static string CreateTable(ExportTable table)
    {
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"CREATE TABLE {table.Name} (");
        var parts = new List<string>();
        foreach (var (name, kind, nullable) in table.Columns)
        {
            var type = kind switch { ColumnKind.Text => "TEXT", ColumnKind.Integer => "INTEGER", _ => "REAL" };
            var key = name == "id" ? " PRIMARY KEY" : nullable ? string.Empty : " NOT NULL";
            parts.Add($"\"{name}\" {type}{key}");
        }

        if (table.Kind == ExportTables.Passages)
        {
            parts.Add("PRIMARY KEY (doc_id, block)");
        }

        if (table.Kind != ExportTables.Documents)
        {
            parts.Add("FOREIGN KEY (doc_id) REFERENCES documents (id)");
        }

        if (table.Kind is ExportTables.Metrics or ExportTables.Claims or ExportTables.Themes)
        {
            parts.Add("FOREIGN KEY (doc_id, block) REFERENCES passages (doc_id, block)");
        }

        sql.Append(string.Join(", ", parts)).Append(");");
        return sql.ToString();
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, ExportTable table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", table.Columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"$p{i}")));
        command.CommandText = $"INSERT INTO {table.Name} ({names}) VALUES ({values});";
        var parameters = table.Columns.Select((c, i) => command.Parameters.Add(string.Create(CultureInfo.InvariantCulture, $"$p{i}"),
            c.Kind switch { ColumnKind.Text => SqliteType.Text, ColumnKind.Integer => SqliteType.Integer, _ => SqliteType.Real })).ToArray();
        command.Prepare();
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var c = 0; c < parameters.Length; c++)
            {
                parameters[c].Value = table.Columns[c].Kind switch
                {
                    ColumnKind.Text => (object?)table.Text(c, row) ?? DBNull.Value,
                    ColumnKind.Integer => table.Integer(c, row) is { } i ? i : DBNull.Value,
                    _ => table.Number(c, row) is { } d ? (double)d : DBNull.Value,
                };
            }

            command.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
