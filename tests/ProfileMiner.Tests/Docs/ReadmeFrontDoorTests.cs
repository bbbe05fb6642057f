using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Docs;

/// <summary>
/// The README as a front door: short, the two set-up commands on its first screen, and the digest's
/// pictures (its links are checked with the docs', by <see cref="DocsLinkTests"/>).
/// </summary>
public sealed class ReadmeFrontDoorTests
{
    private static readonly string[] s_lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void It_is_at_most_200_lines() => Assert.InRange(s_lines.Length, 20, 200);

    [Fact]
    public void The_two_set_up_commands_are_on_its_first_screen()
    {
        var firstScreen = s_lines.Take(40).ToArray();
        Assert.Contains(firstScreen, l => l.StartsWith("dotnet run --project src/ProfileMiner.Cli -- run", StringComparison.Ordinal));
        Assert.Contains(firstScreen, l => l.StartsWith("dotnet test", StringComparison.Ordinal));
    }

    [Fact]
    public void It_shows_the_digest_summary_and_a_theme_section()
    {
        var text = string.Join('\n', s_lines);
        Assert.Contains("(docs/digest-summary.png)", text, StringComparison.Ordinal);
        Assert.Contains("(docs/digest-theme.png)", text, StringComparison.Ordinal);
    }
}
