using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;
using ProfileMiner.TestLogger;

namespace ProfileMiner.Tests.Support;

/// <summary>The test logger that prints why each skipped test was skipped.</summary>
[Collection(ConsoleOutputTests.Name)]
public sealed class SkipReasonLoggerTests
{
    [Fact]
    public void Each_skipped_test_is_printed_with_its_reason_at_the_end_of_the_run()
    {
        var events = new Events();
        new SkipReasonLogger().Initialize(events, ".");

        var printed = Capture(() =>
        {
            events.Result(Result("Tests.Reads_the_real_pdfs", TestOutcome.Skipped, "../shared/pdf-real is not here"));
            events.Result(Result("Tests.Passes", TestOutcome.Passed, null));
            events.Result(Result("Tests.Opens_the_digest", TestOutcome.Skipped, "chromium is not installed\nline two"));
            events.Complete();
        });

        Assert.Equal(
            [
                "  Why 2 tests were skipped:",
                "    Tests.Opens_the_digest: chromium is not installed line two",
                "    Tests.Reads_the_real_pdfs: ../shared/pdf-real is not here",
            ],
            printed);
    }

    [Fact]
    public void A_run_with_nothing_skipped_prints_nothing()
    {
        var events = new Events();
        new SkipReasonLogger().Initialize(events, ".");

        var printed = Capture(() =>
        {
            events.Result(Result("Tests.Passes", TestOutcome.Passed, null));
            events.Complete();
        });

        Assert.Empty(printed);
    }

    private static TestResult Result(string name, TestOutcome outcome, string? reason) =>
        new(new TestCase(name, new Uri("executor://test"), "tests.dll")) { Outcome = outcome, ErrorMessage = reason };

    private static string[] Capture(Action action)
    {
        var original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed class Events : TestLoggerEvents
    {
        public override event EventHandler<TestRunMessageEventArgs>? TestRunMessage { add { } remove { } }

        public override event EventHandler<TestRunStartEventArgs>? TestRunStart { add { } remove { } }

        public override event EventHandler<TestResultEventArgs>? TestResult;

        public override event EventHandler<TestRunCompleteEventArgs>? TestRunComplete;

        public override event EventHandler<DiscoveryStartEventArgs>? DiscoveryStart { add { } remove { } }

        public override event EventHandler<TestRunMessageEventArgs>? DiscoveryMessage { add { } remove { } }

        public override event EventHandler<DiscoveredTestsEventArgs>? DiscoveredTests { add { } remove { } }

        public override event EventHandler<DiscoveryCompleteEventArgs>? DiscoveryComplete { add { } remove { } }

        public void Result(TestResult result) => TestResult?.Invoke(this, new TestResultEventArgs(result));

        public void Complete() => TestRunComplete?.Invoke(this, new TestRunCompleteEventArgs(null, false, false, null, null, TimeSpan.Zero));
    }
}

/// <summary>Tests that redirect the console run alone, so no other test's output lands in what they read.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutputTests
{
    public const string Name = "console";
}
