using ProfileMiner.Diagnostics;

namespace ProfileMiner.Cli.Console;

/// <summary>
/// Prints diagnostics one per line, compiler style, to stderr, with file names and quoted text
/// escaped (<see cref="DisplayText"/>). Information lines are shown only when asked for, except the
/// news of saved searches, which the user asked to be told about, and a run waiting for another's lock.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool includeInfo)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (Shows(diagnostic, includeInfo))
            {
                error.WriteLine(diagnostic.ToString());
            }
        }
    }

    /// <summary>Whether <paramref name="diagnostic"/> is printed.</summary>
    public static bool Shows(Diagnostic diagnostic, bool includeInfo) =>
        diagnostic.Severity != Severity.Info || includeInfo || diagnostic.Code is DiagnosticCodes.SavedSearchNews or DiagnosticCodes.OutputLocked;
}
