namespace ProfileMiner.Cli.Console;

/// <summary>Process exit codes, documented in <c>--help</c> and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and written.</summary>
    public const int Success = 0;

    /// <summary>The run finished, but some inputs were skipped with errors.</summary>
    public const int CompletedWithErrors = 1;

    /// <summary>Bad usage or configuration; nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>An internal failure (a bug); rerun with --verbose for the stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>Cancelled by the user (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
