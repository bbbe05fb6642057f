using System.Diagnostics;
using System.Globalization;

namespace ProfileMiner.Diagnostics;

/// <summary>
/// Says what went wrong in the project's words, for a diagnostic's parentheses: an I/O failure as
/// the problem a user can act on ("the disk is full", "permission denied"), never .NET's own
/// sentence ("Could not find file '/home/…/a.txt'."); a bug as the exception's kind and the
/// ProfileMiner method it came from, which is what a bug report needs, never its message ("object
/// reference not set to an instance of an object", "value cannot be null. (Parameter 'key')").
/// </summary>
public static class ExceptionText
{
    /// <summary>An I/O or permission failure, in a few words.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            FileNotFoundException => "no such file",
            DirectoryNotFoundException => "no such folder",
            PathTooLongException => "the path is too long",
            UnauthorizedAccessException => "permission denied",
            DriveNotFoundException => "no such drive",
            EndOfStreamException => "the file ended early",
            IOException io => Errno(io.HResult),
            Microsoft.Data.Sqlite.SqliteException sqlite => string.Create(CultureInfo.InvariantCulture, $"SQLite error {sqlite.SqliteErrorCode}"),
            ArgumentException and not (ArgumentNullException or ArgumentOutOfRangeException) or NotSupportedException => "not a usable path",
            OperationCanceledException => "cancelled",
            OutOfMemoryException => "out of memory",
            _ => Bug(exception),
        };
    }

    /// <summary>
    /// A bug, for an internal-error diagnostic: <c>NullReferenceException in PdfPageExtractor.Extract</c>,
    /// or the exception's kind alone when no ProfileMiner method is on its stack.
    /// </summary>
    public static string Bug(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var kind = exception.GetType().Name;
        var frame = new StackTrace(exception, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("ProfileMiner", StringComparison.Ordinal) == true);
        if (frame?.DeclaringType is not { } type)
        {
            return kind;
        }

        // A lambda or iterator's compiler-made type is named after the method it stands in.
        var typeName = type.DeclaringType is { } outer && type.Name.Contains('<', StringComparison.Ordinal) ? outer.Name : type.Name;
        var method = frame.Name.StartsWith('<') && frame.Name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end ? frame.Name[1..end] : frame.Name;
        if (type.Name.StartsWith('<') && type.Name.IndexOf('>', StringComparison.Ordinal) is > 1 and var close)
        {
            method = type.Name[1..close];
        }

        return $"{kind} in {typeName}.{method}";
    }

    // .NET gives an I/O error on Linux and macOS its errno as HResult; the usual ones have plain words.
    private static string Errno(int code) => code switch
    {
        2 => "no such file or folder",
        5 => "a device I/O error",
        12 => "out of memory",
        13 or 1 => "permission denied",
        17 => "it already exists",
        20 => "a file stands where a folder should",
        21 => "a folder stands where a file should",
        24 => "too many open files",
        28 => "the disk is full",
        30 => "the file system is read-only",
        36 => "the name is too long",
        39 => "the folder is not empty",
        98 => "the address is already in use",
        122 => "the disk quota is used up",
        _ when OperatingSystem.IsWindows() && (code & 0xFFFF) is 0x70 or 0x27 => "the disk is full",
        _ when OperatingSystem.IsWindows() && (code & 0xFFFF) is 0x20 or 0x21 => "another program is using the file",
        _ => string.Create(CultureInfo.InvariantCulture, $"an I/O error, code {code}"),
    };
}
