using ProfileMiner.Diagnostics;

namespace ProfileMiner.Cli.Console;

/// <summary>Prints diagnostics one per line, compiler style, to stderr.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool includeInfo)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity != Severity.Info || includeInfo)
            {
                error.WriteLine(diagnostic.ToString());
            }
        }
    }
}
