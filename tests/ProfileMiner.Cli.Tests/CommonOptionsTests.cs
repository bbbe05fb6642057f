using ProfileMiner.Cli.Commands;
using ProfileMiner.Diagnostics;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary>Tests that change the process's current folder; they run alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChangesCurrentDirectory
{
    public const string Name = "current directory";
}

[Collection(ChangesCurrentDirectory.Name)]
public sealed class CommonOptionsTests
{
    [Fact]
    public void Given_inputs_are_used_as_they_are()
    {
        Assert.Equal(["a.txt", "folder"], CommonOptions.ResolveDefaults(["a.txt", "folder"]));
    }

    [Fact]
    public void Without_inputs_the_seeds_and_corpus_folders_present_here_are_used()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("corpus"));

        InFolder(temp.Path, () => Assert.Equal(["corpus"], CommonOptions.ResolveDefaults([])));
        Directory.CreateDirectory(temp.File("seeds"));
        InFolder(temp.Path, () => Assert.Equal(["seeds", "corpus"], CommonOptions.ResolveDefaults(null)));
    }

    [Fact]
    public void Without_inputs_or_default_folders_the_error_says_what_to_do()
    {
        using var temp = new TempDirectory();

        var error = InFolder(temp.Path, () => Assert.Throws<ProfileMinerException>(() => CommonOptions.ResolveDefaults([])));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("PM0004", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Contains("seeds/", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("corpus/", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_without_inputs_in_an_empty_folder_exits_2_with_one_line()
    {
        using var temp = new TempDirectory();

        var run = await InFolderAsync(temp.Path, () => CliRunner.RunAsync("run", "--out", temp.File("out")));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            "profileminer: error PM0004: no input given, and there is no seeds/ or corpus/ folder here; pass files or folders to read",
            Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task The_cli_without_inputs_reads_the_seeds_folder_here()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("seeds"));
        File.Copy(RepoPaths.Seed("000"), temp.File("seeds/000.txt"));

        var run = await InFolderAsync(temp.Path, () => CliRunner.RunAsync("run", "--json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(temp.File("out/documents.jsonl")), "the default output folder is out/");
        Assert.Contains("\"documents\":1", run.Stdout, StringComparison.Ordinal);
    }

    private static T InFolder<T>(string folder, Func<T> action)
    {
        var saved = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            return action();
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
    }

    private static void InFolder(string folder, Action action) => InFolder(folder, () =>
    {
        action();
        return 0;
    });

    private static async Task<T> InFolderAsync<T>(string folder, Func<Task<T>> action)
    {
        var saved = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            return await action();
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
    }
}
