using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// Messages in the project's words, one line each, with the file name escaped: a newline or a
/// right-to-left override in a file name cannot break the line or make it read otherwise, and no
/// message carries .NET's own text ("object reference not set to an instance of an object").
/// </summary>
public sealed class MessageTextTests
{
    [Theory]
    [InlineData("a\nb.txt", @"a\nb.txt")]
    [InlineData("rtl\u202Etxt.exe", @"rtl\u202Etxt.exe")]
    [InlineData("tab\tcr\r.txt", @"tab\tcr\r.txt")]
    [InlineData("esc\u001b[31m.txt", @"esc\u001B[31m.txt")]
    [InlineData("iso\u2066late\u2069.txt", @"iso\u2066late\u2069.txt")]
    [InlineData("plain £ name – ok.txt", "plain £ name – ok.txt")]
    public void A_file_name_is_shown_with_its_control_and_bidirectional_characters_escaped(string name, string shown)
    {
        var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.EmptyFile, "the file is empty (0 bytes); skipped", Provenance.ForFile(name));

        var line = diagnostic.ToString();

        Assert.Equal($"{shown}: error PM1004: the file is empty (0 bytes); skipped", line);
        Assert.DoesNotContain(line, DisplayText.IsUnsafe);
    }

    [Fact]
    public async Task A_run_over_files_named_with_a_newline_and_an_override_prints_one_line_each()
    {
        using var temp = new TempDirectory();
        temp.Write("in/line\nbreak.txt", string.Empty);
        temp.Write("in/evil\u202Etxt.exe.txt", string.Empty);

        var result = await ProfileMiner.Pipeline.Pipeline.CreateDefault().RunAsync([temp.File("in")], temp.File("out"));

        Assert.Equal(
            [@"evil\u202Etxt.exe.txt: error PM1004: the file is empty (0 bytes); skipped", @"line\nbreak.txt: error PM1004: the file is empty (0 bytes); skipped"],
            result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Io_failures_are_described_in_the_projects_words()
    {
        Assert.Equal("no such file", ExceptionText.Describe(new FileNotFoundException("Could not find file '/x'.")));
        Assert.Equal("permission denied", ExceptionText.Describe(new UnauthorizedAccessException("Access to the path '/x' is denied.")));
        Assert.Equal("the disk is full", ExceptionText.Describe(new IOException("No space left on device : '/x'", 28)));
        Assert.Equal("an I/O error, code 1234", ExceptionText.Describe(new IOException("Something .NET says.", 1234)));
    }

    [Fact]
    public void A_bug_is_named_by_its_kind_and_the_method_it_came_from_never_by_its_text()
    {
        var bug = Assert.ThrowsAny<Exception>(Thrower.Dereference);
        var keyBug = Assert.ThrowsAny<Exception>(Thrower.LookUp);

        Assert.Equal("NullReferenceException in Thrower.Dereference", ExceptionText.Bug(bug));
        Assert.Equal("ArgumentNullException in Thrower.LookUp", ExceptionText.Bug(keyBug));
        Assert.Equal("ArgumentNullException in Thrower.LookUp", ExceptionText.Describe(keyBug));
    }

    [Fact]
    public void A_missing_file_is_one_line_without_dotnets_sentence()
    {
        using var temp = new TempDirectory();
        var pipeline = ProfileMiner.Pipeline.Pipeline.CreateDefault();
        var diagnostics = new DiagnosticBag();

        Assert.Null(pipeline.Ingest(temp.File("gone.txt"), diagnostics));

        Assert.Equal("gone.txt: error PM1010: cannot read the file (no such file); skipped", Assert.Single(diagnostics.Items).ToString());
    }
}

/// <summary>Throws as a bug in ProfileMiner code would.</summary>
internal static class Thrower
{
    private static readonly Dictionary<string, int> s_table = [];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Dereference()
    {
        string? nothing = Environment.GetEnvironmentVariable("PROFILEMINER_NO_SUCH_VARIABLE_" + Guid.NewGuid().ToString("N"));
        _ = nothing!.Length;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void LookUp()
    {
        string? key = Environment.GetEnvironmentVariable("PROFILEMINER_NO_SUCH_VARIABLE_" + Guid.NewGuid().ToString("N"));
        _ = s_table[key!];
    }
}
