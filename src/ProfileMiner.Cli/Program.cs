using System.Runtime.InteropServices;
using ProfileMiner.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// SIGTERM (a service manager, `kill`, a container stopping) cancels the run the same way, and the
// process ends when the command has unwound: a run then says truthfully what it left.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return await CliApp.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected, outputRedirected: Console.IsOutputRedirected, cancellation.Token);
