using System.Text.RegularExpressions;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Pipeline;

/// <summary>
/// The library's messages speak of values ("the number of hits must be between 1 and 1000"); the
/// command line speaks of its flags. No string in the library's source names a flag, except the
/// arguments it passes to an external program.
/// </summary>
public sealed partial class LibraryMessageTests
{
    // Arguments of programs the library runs, not flags of ours.
    private static readonly string[] s_externalArguments = ["--psm"];

    [Fact]
    public void No_string_of_the_library_names_a_command_line_flag()
    {
        var library = Path.Combine(RepoPaths.Root, "src", "ProfileMiner");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(library, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(lines[i]))
                {
                    foreach (Match flag in Flag().Matches(literal.Value))
                    {
                        if (!s_externalArguments.Contains(flag.Value))
                        {
                            found.Add($"{relative}({i + 1}): {flag.Value} in {literal.Value}");
                        }
                    }
                }
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void The_check_finds_a_flag_in_a_message()
    {
        var line = """throw new ProfileMinerException(code, $"--top must be between 1 and 1000, not {top}");""";

        var flags = StringLiteral().Matches(line).SelectMany(m => Flag().Matches(m.Value)).Select(m => m.Value);

        Assert.Equal(["--top"], flags);
    }

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]+")]
    private static partial Regex Flag();
}
