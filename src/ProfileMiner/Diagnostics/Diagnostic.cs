using ProfileMiner.Model;

namespace ProfileMiner.Diagnostics;

/// <summary>
/// A located message about bad input or a skipped step. Prints on one line like a compiler message:
/// <c>corpus/a.pdf(p.3): error PM1002: the PDF is encrypted; skipped</c>.
/// </summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">One line, lower case, naming the problem and what was done about it.</param>
/// <param name="Where">The file (and page or line) concerned, if any.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, Provenance? Where = null)
{
    /// <summary>
    /// The message on one line. File names and any text quoted from a file are shown with their
    /// control and bidirectional characters escaped (<see cref="DisplayText"/>): a file named with a
    /// newline or a right-to-left override cannot break the line or make it read otherwise.
    /// </summary>
    public override string ToString() =>
        DisplayText.Escape($"{Where?.ToString() ?? "profileminer"}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
}
