using System.CommandLine;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Cli.Commands;

/// <summary>Options and defaults shared by commands.</summary>
internal static class CommonOptions
{
    /// <summary>The default inputs when none are given: the seeds and the working corpus.</summary>
    public static readonly string[] DefaultInputs = ["seeds", "corpus"];

    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and folders to read (folders are searched recursively for .pdf, .txt, .md). Default: seeds/ and corpus/.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        // An argument list takes any token, so a mistyped option would be read as a path.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        return paths;
    }

    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Output folder.",
        DefaultValueFactory = _ => "out",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Also print informational diagnostics, and stack traces of internal errors.",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print the summary as one JSON object on stdout (the default when stdout is redirected).",
    };

    /// <summary>The inputs to use: those given, else the default folders that exist here.</summary>
    /// <exception cref="ProfileMinerException">No inputs were given and no default folder exists.</exception>
    public static IReadOnlyList<string> ResolveDefaults(string[]? given)
    {
        if (given is { Length: > 0 })
        {
            return given;
        }

        var present = DefaultInputs.Where(Directory.Exists).ToList();
        return present.Count > 0
            ? present
            : throw new ProfileMinerException("PM0004", "no input given, and there is no seeds/ or corpus/ folder here; pass files or folders to read");
    }
}
