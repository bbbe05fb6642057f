using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary><c>train</c>'s options that are refused before any training starts.</summary>
public sealed class TrainCommandTests
{
    [Fact]
    public async Task An_unknown_hold_out_is_one_line_naming_the_choices()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunAsync("train", "--hold-out", "documents", "--no-save", "--models", temp.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("'documents'", line, StringComparison.Ordinal);
        Assert.Contains("'section', 'document'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Help_names_the_hold_out_choices()
    {
        var help = await CliRunner.RunAsync("train", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--hold-out", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("document", help.Stdout, StringComparison.Ordinal);
    }
}
