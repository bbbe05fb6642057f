using System.Collections.Concurrent;

namespace ProfileMiner.Diagnostics;

/// <summary>A thread-safe collection of diagnostics shared by all stages of a run.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>Raised after a diagnostic is added; handlers may be called from any thread.</summary>
    public event Action<Diagnostic>? Added;

    /// <summary>Adds a diagnostic.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Enqueue(diagnostic);
        Added?.Invoke(diagnostic);
    }

    /// <summary>The diagnostics added so far, in the order they were added.</summary>
    public IReadOnlyList<Diagnostic> Items => [.. _items];

    /// <summary>True when at least one error was added.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Number of diagnostics of the given severity.</summary>
    public int Count(Severity severity) => _items.Count(d => d.Severity == severity);
}
