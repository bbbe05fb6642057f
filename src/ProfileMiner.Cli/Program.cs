using System.Runtime.InteropServices;
using ProfileMiner.Cli;

using var cancellation = new CancellationTokenSource();

// Ctrl+C cancels the command, which then unwinds and says what it left. (A signal registration, not
// Console.CancelKeyPress, which sets up the terminal first: a one-shot search would pay for that.)
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

// SIGTERM (a service manager, `kill`, a container stopping) cancels the run the same way, and the
// process ends when the command has unwound: a run then says truthfully what it left.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return await CliApp.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected, outputRedirected: Console.IsOutputRedirected, cancellation.Token);
