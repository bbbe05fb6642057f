using System.Collections.Concurrent;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;

namespace ProfileMiner.TestLogger;

/// <summary>
/// Prints, at the end of a test run, every skipped test with the reason it gave ("... is not here:
/// it is shared data", "chromium is not installed"), which the default console output of
/// <c>dotnet test</c> leaves out.
/// </summary>
[FriendlyName(FriendlyName)]
[ExtensionUri(ExtensionUri)]
public sealed class SkipReasonLogger : ITestLogger
{
    /// <summary>The name a run settings file or <c>--logger</c> gives this logger by.</summary>
    public const string FriendlyName = "skip-reasons";

    /// <summary>The logger's extension URI.</summary>
    public const string ExtensionUri = "logger://profileminer/skip-reasons";

    private readonly ConcurrentQueue<string> _skipped = new();

    /// <inheritdoc />
    public void Initialize(TestLoggerEvents events, string testRunDirectory)
    {
        ArgumentNullException.ThrowIfNull(events);
        events.TestResult += (_, e) =>
        {
            if (e.Result.Outcome == TestOutcome.Skipped)
            {
                _skipped.Enqueue($"    {e.Result.TestCase.DisplayName}: {Reason(e.Result)}");
            }
        };
        events.TestRunComplete += (_, _) =>
        {
            if (_skipped.IsEmpty)
            {
                return;
            }

            Console.WriteLine($"  Why {_skipped.Count} {(_skipped.Count == 1 ? "test was" : "tests were")} skipped:");
            foreach (var line in _skipped.Order(StringComparer.Ordinal))
            {
                Console.WriteLine(line);
            }
        };
    }

    // xUnit gives the reason as the result's error message; other frameworks as a message.
    private static string Reason(TestResult result)
    {
        var reason = result.ErrorMessage;
        if (string.IsNullOrWhiteSpace(reason))
        {
            reason = string.Join(" ", result.Messages.Select(m => m.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
        }

        return string.IsNullOrWhiteSpace(reason) ? "(no reason given)" : reason.ReplaceLineEndings(" ").Trim();
    }
}
