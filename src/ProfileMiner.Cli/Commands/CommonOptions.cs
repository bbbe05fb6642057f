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

    /// <summary>
    /// <c>--min-confidence X</c>: leave out metrics and claims whose confidence is below X (0 to 1).
    /// The confidence bands are in docs/outputs.md: 0.5 and below for half-parsed figures, 0.4 and below for unchecked OCR text.
    /// </summary>
    public static Option<double> MinConfidence(double fallback, string whatFor)
    {
        var option = new Option<double>("--min-confidence")
        {
            Description = $"Leave out metrics and claims whose confidence is below this (0 to 1; 0.5 marks half-parsed figures, 0.4 unchecked OCR text). {whatFor}",
            DefaultValueFactory = _ => fallback,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1)
            {
                result.AddError("--min-confidence must be between 0 and 1.");
            }
        });
        return option;
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
