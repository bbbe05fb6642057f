using System.ComponentModel;
using System.Runtime.InteropServices;

namespace ProfileMiner.IO;

/// <summary>
/// The two POSIX calls .NET does not offer: <c>rename</c> of a symbolic link over another (which
/// <see cref="File.Move(string, string, bool)"/> refuses when the link points at a folder) and
/// <c>link</c>, a hard link, so a file can stand in two generations of a run's outputs without a copy.
/// </summary>
internal static partial class NativeMethods
{
    /// <summary>Atomically replaces <paramref name="target"/> with <paramref name="source"/> (a file or a link).</summary>
    /// <exception cref="IOException">The call failed; the message names the error.</exception>
    public static void Rename(string source, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Move(source, target, overwrite: true);
            return;
        }

        if (rename(source, target) != 0)
        {
            throw new IOException($"cannot rename {Path.GetFileName(source)} to {Path.GetFileName(target)} ({new Win32Exception(Marshal.GetLastPInvokeError()).Message})");
        }
    }

    /// <summary>Makes <paramref name="link"/> a hard link to <paramref name="existing"/>; false when the file system cannot (another device, no support).</summary>
    public static bool TryHardLink(string existing, string link) =>
        !OperatingSystem.IsWindows() && NativeMethods.link(existing, link) == 0;

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int rename(string oldpath, string newpath);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int link(string oldpath, string newpath);
}
