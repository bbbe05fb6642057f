using System.Runtime.ExceptionServices;

namespace ProfileMiner.Pipeline;

/// <summary>
/// Runs one file's work on a thread of its own, within a time limit. The thread has a large stack
/// (a parser that recurses once per level of a deeply nested input gets far before it could
/// overflow), and it is told to stop through its token when the limit passes; the caller does not
/// wait for it then. Work that does not look at its token runs on in the background until it ends,
/// and its result is dropped.
/// </summary>
internal static class TimeLimit
{
    // Reserved, not committed: only what a deep recursion touches is paid for.
    private const int StackBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="work"/>; false when <paramref name="limit"/> passed first. An exception of
    /// the work is thrown here, as is cancellation of <paramref name="cancellationToken"/>.
    /// </summary>
    public static bool TryRun<T>(Func<CancellationToken, T> work, TimeSpan limit, CancellationToken cancellationToken, out T result)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = new ManualResetEventSlim();
        var value = default(T);
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    value = work(stop.Token);
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    finished.Set();
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "profileminer file",
        };
        thread.Start();

        bool inTime;
        try
        {
            inTime = finished.Wait(limit, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            stop.Cancel();
            throw;
        }

        if (!inTime)
        {
            // The thread may still use these; they are left to the collector rather than disposed under it.
            stop.Cancel();
            result = default!;
            return false;
        }

        stop.Dispose();
        finished.Dispose();
        failure?.Throw();
        result = value!;
        return true;
    }
}
