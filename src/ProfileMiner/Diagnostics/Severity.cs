namespace ProfileMiner.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing was lost.</summary>
    Info,

    /// <summary>Part of an input was skipped or may be wrong; the rest was processed.</summary>
    Warning,

    /// <summary>An input (or an output) was skipped entirely.</summary>
    Error,
}
