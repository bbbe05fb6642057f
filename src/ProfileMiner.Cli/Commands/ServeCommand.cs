using System.CommandLine;
using ProfileMiner.Cli.Console;
using ProfileMiner.Cli.Web;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Cli.Commands;

/// <summary><c>serve</c>: the local search page over the index of OUT, on 127.0.0.1.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var output = CommonOptions.Out();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => 5055 };
        var command = new Command("serve", "Serve a local search page (http://127.0.0.1:PORT/) over the index of --out; Ctrl-C stops it.\n" + CliApp.ExitCodeHelp)
        {
            output, port,
        };
        command.SetAction(async (parse, ct) =>
        {
            var portNumber = parse.GetValue(port);
            if (portNumber is < 1 or > 65535)
            {
                throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, $"--port must be between 1 and 65535, not {portNumber}");
            }

            await using var server = await SearchServer.StartAsync(parse.GetValue(output)!, portNumber, ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"serving the search page on {server.Address} (Ctrl-C to stop)").ConfigureAwait(false);
            await context.Out.FlushAsync(ct).ConfigureAwait(false);
            await server.WaitAsync(ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
