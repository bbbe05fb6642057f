using System.Diagnostics;
using System.Text;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>The built <c>ProfileMiner.Cli.dll</c> run as a child process, as a user runs it from a folder of their own.</summary>
internal static class ChildCli
{
    /// <summary>Starts the CLI in <paramref name="workingFolder"/> with its output redirected.</summary>
    public static Process Start(string workingFolder, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ProfileMiner.Cli.dll");
        Assert.True(File.Exists(cli), "the CLI is not built beside the tests: " + cli);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the CLI in <paramref name="workingFolder"/> to its end.</summary>
    public static async Task<CliRun> RunAsync(string workingFolder, params string[] args)
    {
        using var process = Start(workingFolder, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}
