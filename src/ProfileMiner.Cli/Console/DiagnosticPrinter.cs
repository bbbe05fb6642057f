using ProfileMiner.Diagnostics;

namespace ProfileMiner.Cli.Console;

/// <summary>
/// Prints diagnostics one per line, compiler style, to stderr, with file names and quoted text
/// escaped (<see cref="DisplayText"/>). Information lines are shown only when asked for, except the
/// news of saved searches, which the user asked to be told about, and a run waiting for another's lock.
/// The library's messages speak of values; where a flag of this command line is the way on, the
/// line says which (<see cref="Line"/>).
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>The line for <paramref name="diagnostic"/>: its text, and the flag that helps, if one does.</summary>
    public static string Line(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var hint = diagnostic switch
        {
            { Code: DiagnosticCodes.OutputLocked, Severity: Severity.Error } => "; wait for it with --wait, or give another --out",
            { Code: DiagnosticCodes.SavedSearchNews } => " (profileminer search --saved NAME)",
            _ => string.Empty,
        };
        return diagnostic.ToString() + hint;
    }

    public static void Print(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool includeInfo)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (Shows(diagnostic, includeInfo))
            {
                error.WriteLine(Line(diagnostic));
            }
        }
    }

    /// <summary>Whether <paramref name="diagnostic"/> is printed.</summary>
    public static bool Shows(Diagnostic diagnostic, bool includeInfo) =>
        diagnostic.Severity != Severity.Info || includeInfo || diagnostic.Code is DiagnosticCodes.SavedSearchNews or DiagnosticCodes.OutputLocked;
}
