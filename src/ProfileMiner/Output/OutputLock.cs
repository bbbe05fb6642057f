using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.IO;

namespace ProfileMiner.Output;

/// <summary>
/// The lock a run holds on its output folder: <c>.lock</c> in the folder, opened for exclusive use
/// (an advisory <c>flock</c> on Linux and macOS, a sharing lock on Windows). The operating system
/// lets go of it when the process ends, however it ends, so a run killed with <c>kill -9</c> leaves
/// no stale lock. Who holds it (process id, command, start time) is written beside it in
/// <c>.lock.owner</c>, so the run that finds it taken can say by whom.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name inside the output folder.</summary>
    public const string FileName = ".lock";

    /// <summary>The name of the file that says who holds the lock.</summary>
    public const string OwnerFileName = ".lock.owner";

    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes the lock on <paramref name="outputFolder"/> (created if missing). When another run holds
    /// it: without <paramref name="wait"/>, throws at once; with it, calls <paramref name="waiting"/>
    /// once with a line naming the holder, and waits until the lock is free or the run is cancelled.
    /// </summary>
    /// <exception cref="ProfileMinerException">PM6002: another run holds the lock and <paramref name="wait"/> is false.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public static OutputLock Acquire(string outputFolder, bool wait, Action<string>? waiting = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        Directory.CreateDirectory(outputFolder);
        var path = Path.Combine(outputFolder, FileName);
        var told = false;
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                WriteOwner(outputFolder);
                return new OutputLock(stream);
            }

            var holder = Holder(outputFolder);
            if (!wait)
            {
                throw new ProfileMinerException(DiagnosticCodes.OutputLocked,
                    $"another run is writing to '{outputFolder}' ({holder})");
            }

            if (!told)
            {
                waiting?.Invoke($"waiting for the run writing to '{outputFolder}' ({holder}) to finish");
                told = true;
            }

            cancellationToken.WaitHandle.WaitOne(s_poll);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Whether some run holds the lock on <paramref name="outputFolder"/> now.</summary>
    public static bool IsHeld(string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var path = Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = TryOpen(path);
        return stream is null;
    }

    /// <summary>Lets go of the lock.</summary>
    public void Dispose() => _stream.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    private static void WriteOwner(string outputFolder)
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            var owner = new Owner(Environment.ProcessId, string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Take(6)), process.StartTime.ToUniversalTime());
            AtomicFile.Write(Path.Combine(outputFolder, OwnerFileName), stream => JsonSerializer.Serialize(stream, owner));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Only the message of a run that finds the lock taken is poorer without it.
        }
    }

    private static string Holder(string outputFolder)
    {
        try
        {
            var owner = JsonSerializer.Deserialize<Owner>(File.ReadAllText(Path.Combine(outputFolder, OwnerFileName)));
            if (owner is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"process {owner.Pid}, started {owner.Started.ToLocalTime():yyyy-MM-dd HH:mm:ss}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // Written a moment after the lock is taken; the line says less until then.
        }

        return "process unknown";
    }

    private sealed record Owner(int Pid, string Command, DateTime Started);
}
