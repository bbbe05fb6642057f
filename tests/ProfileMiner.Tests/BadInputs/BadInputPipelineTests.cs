using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;
using PmPipeline = ProfileMiner.Pipeline.Pipeline;

namespace ProfileMiner.Tests.BadInputs;

/// <summary>
/// Each bad input, run through <see cref="PmPipeline.RunAsync"/> beside a good file, gives exactly one
/// diagnostic of its code naming it; the good file is still processed and no temp file is left.
/// </summary>
public sealed class BadInputPipelineTests
{
    private const string GoodText = "# Good report\n\nLancashire County Council supports 23,000 people. Lancashire County Council is large.\n";

    [Fact]
    public async Task A_zero_byte_file_is_skipped_with_one_error()
    {
        using var temp = new TempDirectory();
        temp.Write("in/empty.txt", []);

        var result = await RunWithGoodFile(temp);

        AssertOneDiagnostic(result, DiagnosticCodes.EmptyFile, Severity.Error, "empty.txt");
        AssertGoodFileProcessed(result, expectedDocuments: 1);
        Assert.True(result.HasErrors);
        Assert.Equal(1, result.Failed);
        AssertNoTempFiles(temp);
    }

    [Fact]
    public async Task A_binary_file_named_txt_is_skipped_with_one_error()
    {
        using var temp = new TempDirectory();
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        bytes[10] = 0;
        bytes[2000] = 0;
        temp.Write("in/data.txt", bytes);

        var result = await RunWithGoodFile(temp);

        var error = AssertOneDiagnostic(result, DiagnosticCodes.BinaryFile, Severity.Error, "data.txt");
        Assert.Contains(".txt", error.Message, StringComparison.Ordinal);
        AssertGoodFileProcessed(result, expectedDocuments: 1);
        Assert.True(result.HasErrors);
        AssertNoTempFiles(temp);
    }

    [Fact]
    public async Task A_windows_1252_file_is_read_with_one_warning()
    {
        using var temp = new TempDirectory();
        byte[] bytes = [.. "# Budget\n\nThe council said "u8, 0x93, .. "we will save "u8, 0xA3, .. "25.6m"u8, 0x94, .. " this year.\n"u8];
        temp.Write("in/legacy.txt", bytes);

        var result = await RunWithGoodFile(temp);

        AssertOneDiagnostic(result, DiagnosticCodes.LegacyEncoding, Severity.Warning, "legacy.txt");
        AssertGoodFileProcessed(result, expectedDocuments: 2);
        var legacy = result.Documents.Single(d => d.Source.File == "legacy.txt");
        Assert.Contains("The council said “we will save £25.6m” this year.", legacy.Source.Text, StringComparison.Ordinal);
        Assert.False(result.HasErrors);
        Assert.Equal(0, result.Failed);
        AssertNoTempFiles(temp);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task A_utf16_file_with_a_byte_order_mark_is_read_without_diagnostics(string encodingName)
    {
        using var temp = new TempDirectory();
        var encoding = encodingName == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        temp.Write("in/wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("# Wide\n\nIt costs £1.5m – “a lot”.\n")]);

        var result = await RunWithGoodFile(temp);

        Assert.Empty(result.Diagnostics);
        var wide = result.Documents.Single(d => d.Source.File == "wide.txt");
        Assert.Equal("Wide\n\nIt costs £1.5m – “a lot”.", wide.Source.Text);
        AssertGoodFileProcessed(result, expectedDocuments: 2);
        Assert.False(result.HasErrors);
        AssertNoTempFiles(temp);
    }

    [Fact]
    public async Task A_blank_windows_1252_file_gives_one_diagnostic()
    {
        using var temp = new TempDirectory();
        temp.Write("in/blank.txt", [0xA0, 0x20, 0x0A]);

        var result = await RunWithGoodFile(temp);

        AssertOneDiagnostic(result, DiagnosticCodes.EmptyFile, Severity.Error, "blank.txt");
    }

    [Fact]
    public async Task A_missing_path_is_reported_once_and_the_rest_is_read()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("in/nowhere/missing.txt");

        var result = await RunWithGoodFile(temp, missing);

        AssertOneDiagnostic(result, DiagnosticCodes.PathNotFound, Severity.Error, missing);
        AssertGoodFileProcessed(result, expectedDocuments: 1);
        Assert.True(result.HasErrors);
        AssertNoTempFiles(temp);
    }

    [Fact]
    public async Task A_folder_with_no_readable_files_is_reported_once()
    {
        using var temp = new TempDirectory();
        temp.Write("in/other/picture.png", [0x89, 0x50, 0x4E, 0x47]);
        temp.Write("in/other/notes.docx", [0x50, 0x4B, 0x03, 0x04]);
        temp.Write("in/other/.hidden.txt", "hidden text that is never read");

        var result = await RunWithGoodFile(temp, temp.File("in/other"));

        AssertOneDiagnostic(result, DiagnosticCodes.NoReadableFiles, Severity.Error, temp.File("in/other"));
        AssertGoodFileProcessed(result, expectedDocuments: 1);
        Assert.True(result.HasErrors);
        AssertNoTempFiles(temp);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_skipped_with_one_error()
    {
        using var temp = new TempDirectory();
        temp.Write("in/big.txt", new string('a', 5000));
        var builder = new PipelineBuilder();
        builder.Options = builder.Options with { Ingest = builder.Options.Ingest with { MaxFileBytes = 1000 } };

        var result = await RunWithGoodFile(temp, pipeline: builder.Build());

        AssertOneDiagnostic(result, DiagnosticCodes.FileTooLarge, Severity.Error, "big.txt");
        AssertGoodFileProcessed(result, expectedDocuments: 1);
    }

    [Fact]
    public async Task A_file_named_explicitly_is_read_by_content_whatever_its_extension()
    {
        using var temp = new TempDirectory();
        var odd = temp.Write("in/report.dat", "# Odd name\n\nThis is plain text.\n");

        var result = await RunWithGoodFile(temp, odd);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Documents, d => d.Source.File == "report.dat");
    }

    [Fact]
    public async Task All_bad_inputs_together_give_one_diagnostic_each_and_the_outputs_hold_the_good_files()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a-empty.txt", []);
        temp.Write("in/b-binary.md", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00]);
        temp.Write("in/c-legacy.txt", [.. "Costs "u8, 0xA3, .. "5m.\n"u8]);
        temp.Write("in/d-blank.txt", "   \n\n \t \n");
        var missing = temp.File("gone.txt");

        var result = await RunWithGoodFile(temp, missing);

        Assert.Equal(
            [
                (DiagnosticCodes.PathNotFound, "gone.txt"), (DiagnosticCodes.EmptyFile, "a-empty.txt"), (DiagnosticCodes.BinaryFile, "b-binary.md"),
                (DiagnosticCodes.LegacyEncoding, "c-legacy.txt"), (DiagnosticCodes.EmptyFile, "d-blank.txt"),
            ],
            result.Diagnostics.Select(d => (d.Code, Path.GetFileName(d.Where!.Value.File))));
        Assert.Equal(["c-legacy.txt", "good.txt"], result.Documents.Select(d => d.Source.File));
        Assert.Equal((5, 3), (result.Files, result.Failed));
        var lines = await File.ReadAllLinesAsync(temp.File("out/documents.jsonl"));
        Assert.Equal(2, lines.Length);
        AssertNoTempFiles(temp);
    }

    private static async Task<CorpusResult> RunWithGoodFile(TempDirectory temp, string? extraInput = null, PmPipeline? pipeline = null)
    {
        temp.Write("in/good.txt", GoodText);
        string[] inputs = extraInput is null ? [temp.File("in")] : [temp.File("in"), extraInput];
        return await (pipeline ?? PmPipeline.CreateDefault()).RunAsync(inputs, temp.File("out"));
    }

    private static Diagnostic AssertOneDiagnostic(CorpusResult result, string code, Severity severity, string file)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, severity), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(file, diagnostic.Where?.File);
        Assert.StartsWith(file, diagnostic.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', diagnostic.ToString());
        return diagnostic;
    }

    private static void AssertGoodFileProcessed(CorpusResult result, int expectedDocuments)
    {
        Assert.Equal(expectedDocuments, result.Documents.Length);
        var good = Assert.Single(result.Documents, d => d.Source.File == "good.txt");
        Assert.Equal("Lancashire", Assert.Single(good.Sections).Council?.Name);
        Assert.Equal(2, result.Outputs.Length);
        Assert.All(result.Outputs, o => Assert.True(File.Exists(o), o));
        Assert.Contains("\"file\":\"good.txt\"", File.ReadAllText(result.Outputs.Single(o => o.EndsWith("documents.jsonl", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    private static void AssertNoTempFiles(TempDirectory temp) =>
        Assert.Empty(Directory.EnumerateFiles(temp.File("out"), "*.tmp", SearchOption.AllDirectories));
}
