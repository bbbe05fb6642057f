namespace ProfileMiner.Diagnostics;

/// <summary>
/// A fatal, user-facing problem found before work starts (a missing input folder, a bad option).
/// The CLI prints its diagnostics on one line each, without a stack trace, and exits with code 2.
/// </summary>
public sealed class ProfileMinerException : Exception
{
    /// <summary>Creates an exception carrying the given diagnostics.</summary>
    public ProfileMinerException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics is { Count: > 0 } ? diagnostics[0].ToString() : "profileminer: error")
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates an exception carrying one error diagnostic.</summary>
    public ProfileMinerException(string code, string message)
        : this([new Diagnostic(Severity.Error, code, message)])
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ProfileMinerException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ProfileMinerException(string message)
        : this("PM0001", message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public ProfileMinerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [new Diagnostic(Severity.Error, "PM0001", message)];
    }

    /// <summary>The diagnostics that explain the failure.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
