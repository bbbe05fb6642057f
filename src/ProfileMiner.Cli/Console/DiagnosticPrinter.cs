using ProfileMiner.Diagnostics;

namespace ProfileMiner.Cli.Console;

/// <summary>
/// Prints diagnostics one per line, compiler style, to stderr. Information lines are shown only when
/// asked for, except the news of saved searches, which the user asked to be told about.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool includeInfo)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity != Severity.Info || includeInfo || diagnostic.Code == DiagnosticCodes.SavedSearchNews)
            {
                error.WriteLine(diagnostic.ToString());
            }
        }
    }
}
