using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary>
/// One <c>run --json</c> over the seeds, made once per test run and shared. A test reads what it
/// printed and wrote, or gives an output folder of its own the run's caches (<see cref="SeedCachesAsync"/>)
/// so that its command over the seeds reads their parse and extractions instead of making them
/// again, as a second run in the same folder would. Nothing may write into <see cref="Folder"/>.
/// </summary>
internal static class SeedsRun
{
    private static readonly TempDirectory s_output = TempDirectory.ForTestRun();

    private static readonly Lazy<Task<CliRun>> s_run = new(
        () => CliRunner.RunAsync("run", RepoPaths.Seeds, "--out", s_output.Path, "--json"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The run's output folder.</summary>
    public static string Folder => s_output.Path;

    /// <summary>What the run printed and returned (it is made on first use).</summary>
    public static Task<CliRun> RunAsync() => s_run.Value;

    /// <summary>Copies the run's caches (<c>.cache/</c>: the parse and extractions by file hash, and the run's record) into <paramref name="folder"/>.</summary>
    public static async Task SeedCachesAsync(string folder)
    {
        var run = await s_run.Value;
        Assert.True(run.ExitCode == 0, run.ToString());
        var from = Path.Combine(s_output.Path, ".cache");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(folder, ".cache", Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
