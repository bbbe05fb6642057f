using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ProfileMiner.Cli.Tests.Report;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>
/// The README's "From clone to digest" steps, followed as a newcomer would: the repository cloned
/// (its last commit) into an empty folder, built and run there by <c>dotnet run</c>, the digest opened
/// in headless chromium, and a search. Each line of the README's block is one step; a step this test
/// does not know fails it, so the README cannot drift from what is tested.
/// </summary>
public sealed partial class ReadmeWalkthroughTests
{
    private static readonly TimeSpan s_stepLimit = TimeSpan.FromMinutes(15);

    [SkippableFact]
    public async Task The_readme_walkthrough_runs_as_written_from_a_fresh_clone()
    {
        Skip.IfNot(Directory.Exists(Path.Combine(RepoPaths.Root, ".git")), "the repository is not a git checkout here, so it cannot be cloned");
        Skip.IfNot(OnPath("git"), "git is not installed; the walkthrough starts with git clone");
        DigestBrowser.Require();

        var steps = Steps(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md")));
        Assert.True(steps.Count >= 4, "the README's walkthrough has fewer steps than clone, run, open, search: " + string.Join(" | ", steps));

        using var temp = new TempDirectory();
        var folder = temp.Path;
        var log = new StringBuilder();
        var ran = new List<string>();
        foreach (var step in steps)
        {
            var words = Words(step);
            log.AppendLine("$ " + step);
            switch (words)
            {
                case ["git", "clone", "REPOSITORY", var name]:
                    var clone = await RunAsync(folder, "git", "clone", "--quiet", RepoPaths.Root, name);
                    Assert.True(clone.ExitCode == 0, log.Append(clone.Output).ToString());
                    ran.Add("clone");
                    break;
                case ["cd", var into]:
                    folder = Path.Combine(folder, into);
                    Assert.True(Directory.Exists(folder), log.AppendLine("no folder " + into).ToString());
                    break;
                case ["dotnet", "run", ..] when words.Contains("--") && words[words.IndexOf("--") + 1] == "run":
                    var run = await RunAsync(folder, "dotnet", [.. words.Skip(1)]);
                    log.Append(run.Output);
                    Assert.True(run.ExitCode == 0, log.ToString());

                    // Its summary (JSON, as stdout is not a terminal here) names the digest the next step opens.
                    Assert.Contains(Path.Combine("out", "report", "themes.html"), run.Output, StringComparison.Ordinal);
                    ran.Add("run");
                    break;
                case ["dotnet", "run", ..] when words.Contains("--") && words[words.IndexOf("--") + 1] == "search":
                    var search = await RunAsync(folder, "dotnet", [.. words.Skip(1)]);
                    log.Append(search.Output);
                    Assert.True(search.ExitCode == 0, log.ToString());
                    Assert.Matches(new Regex("delay", RegexOptions.IgnoreCase), search.Output);
                    ran.Add("search");
                    break;
                case ["chromium", var page]:
                    var html = Path.Combine(folder, page);
                    Assert.True(File.Exists(html), log.AppendLine("no file " + page).ToString());
                    var pages = await DigestBrowser.PrintAsync(html, temp.File("digest.pdf"), temp.File("profile"));
                    Assert.True(pages > 0, log.AppendLine("the digest printed no pages").ToString());
                    ran.Add("open");
                    break;
                default:
                    Assert.Fail($"the README's walkthrough has a step this test does not know how to follow: {step}");
                    break;
            }
        }

        Assert.Equal(["clone", "run", "open", "search"], ran);
    }

    /// <summary>The commands of the first <c>sh</c> block under the README's "From clone to digest", comments dropped and <c>&amp;&amp;</c> split.</summary>
    internal static List<string> Steps(string readme)
    {
        var section = readme.IndexOf("## From clone to digest", StringComparison.Ordinal);
        Assert.True(section >= 0, "the README has no \"From clone to digest\" section");
        var block = FencedBlock().Match(readme, section);
        Assert.True(block.Success, "the README's \"From clone to digest\" section has no sh block");
        return
        [
            .. block.Groups["body"].Value.Split('\n')
                .Select(line => TrailingComment().Replace(line, string.Empty).Trim())
                .Where(line => line.Length > 0)
                .SelectMany(line => line.Split("&&", StringSplitOptions.TrimEntries)),
        ];
    }

    [SkippableFact]
    public async Task The_readme_publish_line_precompiles_the_program_and_its_libraries()
    {
        Skip.IfNot(Directory.Exists(Path.Combine(RepoPaths.Root, ".git")), "the repository is not a git checkout here, so it cannot be cloned");
        Skip.IfNot(OnPath("git"), "git is not installed; the repository is cloned to publish it apart");

        // The README's install line, as written, into a folder of the test's own.
        var line = File.ReadLines(Path.Combine(RepoPaths.Root, "README.md")).Single(l => l.StartsWith("dotnet publish ", StringComparison.Ordinal));
        var words = Words(line);
        var output = words.IndexOf("-o");
        Assert.True(output > 0, "the README's publish line names no -o folder: " + line);
        using var temp = new TempDirectory();
        var clone = await RunAsync(temp.Path, "git", "clone", "--quiet", RepoPaths.Root, "repo");
        Assert.True(clone.ExitCode == 0, clone.Output);
        words[output + 1] = Path.Combine(temp.Path, "tool");
        var publish = await RunAsync(Path.Combine(temp.Path, "repo"), "dotnet", [.. words.Skip(1)]);
        Assert.True(publish.ExitCode == 0, line + "\n" + publish.Output);

        // ReadyToRun code is a native header in the PE file: the program and Lucene.Net both carry one.
        foreach (var assembly in new[] { "ProfileMiner.Cli.dll", "ProfileMiner.dll", "Lucene.Net.dll" })
        {
            using var stream = File.OpenRead(Path.Combine(temp.Path, "tool", assembly));
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            Assert.True(pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0, assembly + " is not precompiled by " + line);
        }
    }

    /// <summary>A command's words, as a POSIX shell splits them for the simple commands the README uses (double quotes group).</summary>
    internal static List<string> Words(string command) =>
        [.. Word().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value)];

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, program)));

    private static async Task<(int ExitCode, string Output)> RunAsync(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_stepLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} {string.Join(' ', arguments)}: over {s_stepLimit.TotalMinutes:0} minutes\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Word();
}
