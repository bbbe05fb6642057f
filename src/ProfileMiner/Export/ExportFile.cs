using ProfileMiner.Diagnostics;
using ProfileMiner.IO;
using ProfileMiner.Model;

namespace ProfileMiner.Export;

/// <summary>Writes one export file atomically; a failure becomes a PM6001 error naming the file.</summary>
internal static class ExportFile
{
    /// <summary>The name a diagnostic shows for a file: its folder's name and its own (<c>export/metrics.csv</c>).</summary>
    public static string DisplayName(string path) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) + "/" + Path.GetFileName(path);

    public static bool TryWrite(string path, Action<Stream> write, DiagnosticBag diagnostics, ICollection<string> written)
    {
        try
        {
            AtomicFile.Write(path, write);
            written.Add(Path.GetFullPath(path));
            return true;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            Fail(path, e, diagnostics);
            return false;
        }
    }

    public static bool IsWriteFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException;

    public static void Fail(string path, Exception e, DiagnosticBag diagnostics) =>
        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed,
            $"cannot write the file ({ExceptionText.Describe(e)}); the previous version, if any, is kept", Provenance.ForFile(DisplayName(path))));
}
