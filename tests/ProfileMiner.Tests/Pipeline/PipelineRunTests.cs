using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Pipeline;
using ProfileMiner.Tests.Support;
using PmPipeline = ProfileMiner.Pipeline.Pipeline;

namespace ProfileMiner.Tests.Pipeline;

public sealed class PipelineRunTests
{
    [Fact]
    public async Task A_second_run_over_unchanged_input_uses_the_cache_and_writes_the_same_outputs()
    {
        using var temp = new TempDirectory();
        foreach (var name in SeedFiles.All)
        {
            File.Copy(SeedFiles.PathOf(name), temp.File("in/" + name).EnsureFolder());
        }

        byte[] legacy = [.. "# Legacy\n\nIt cost "u8, 0xA3, .. "5m.\n"u8];
        temp.Write("in/legacy.txt", legacy);
        var pipeline = PmPipeline.CreateDefault();

        var first = await pipeline.RunAsync([temp.File("in")], temp.File("out"));
        var documents = await File.ReadAllBytesAsync(temp.File("out/documents.jsonl"));
        var passages = await File.ReadAllBytesAsync(temp.File("out/passages.jsonl"));
        var second = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        Assert.Equal((6, 0), (first.Files, first.Cached));
        Assert.Equal((6, 6), (second.Files, second.Cached));
        Assert.Equal(documents, await File.ReadAllBytesAsync(temp.File("out/documents.jsonl")));
        Assert.Equal(passages, await File.ReadAllBytesAsync(temp.File("out/passages.jsonl")));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(DiagnosticCodes.LegacyEncoding, Assert.Single(second.Diagnostics).Code);
        Assert.Empty(Directory.EnumerateFiles(temp.File("out"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_changed_file_is_parsed_again()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# First\n\nOne version of the text.\n");
        temp.Write("in/b.txt", "# Second\n\nAnother file that does not change.\n");
        var pipeline = PmPipeline.CreateDefault();
        await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        temp.Write("in/a.txt", "# First\n\nA new version of the text.\n");
        var second = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        Assert.Equal(1, second.Cached);
        Assert.Contains("A new version", second.Documents.Single(d => d.Source.File == "a.txt").Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_with_the_same_bytes_under_two_names_are_both_cached()
    {
        using var temp = new TempDirectory();
        temp.Write("in/x.txt", "# Same\n\nSame bytes in two files.\n");
        temp.Write("in/y.txt", "# Same\n\nSame bytes in two files.\n");
        var pipeline = PmPipeline.CreateDefault();
        await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        var second = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        Assert.Equal(2, second.Cached);
    }

    [Fact]
    public async Task The_same_file_given_under_two_spellings_is_read_once()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# A\n\nSome text about Wigan Council and Wigan Council again.\n");

        var result = await PmPipeline.CreateDefault().RunAsync([temp.File("in"), temp.Path + "/./in"], temp.File("out"));

        Assert.Equal(1, result.Files);
        Assert.Single(result.Documents);
    }

    [Fact]
    public async Task Without_the_cache_nothing_is_cached_or_stored()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# First\n\nSome text.\n");
        var builder = new PipelineBuilder();
        builder.Options = builder.Options with { Ingest = builder.Options.Ingest with { UseCache = false } };
        var pipeline = builder.Build();

        await pipeline.RunAsync([temp.File("in")], temp.File("out"));
        var second = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        Assert.Equal(0, second.Cached);
        Assert.False(Directory.Exists(temp.File("out/.cache")));
    }

    [Fact]
    public async Task A_damaged_cache_entry_is_ignored()
    {
        using var temp = new TempDirectory();
        temp.Write("in/a.txt", "# First\n\nSome text.\n");
        var pipeline = PmPipeline.CreateDefault();
        var first = await pipeline.RunAsync([temp.File("in")], temp.File("out"));
        foreach (var entry in Directory.EnumerateFiles(temp.File("out/.cache"), "*.json", SearchOption.AllDirectories))
        {
            await File.WriteAllTextAsync(entry, "{ not json");
        }

        var second = await pipeline.RunAsync([temp.File("in")], temp.File("out"));

        Assert.Equal(0, second.Cached);
        Assert.Empty(second.Diagnostics);
        Assert.Equal(first.Documents[0].Source.Text, second.Documents[0].Source.Text);
    }

    [Fact]
    public async Task The_result_counts_files_bytes_and_councils_and_lists_its_outputs()
    {
        using var temp = new TempDirectory();

        var result = await PmPipeline.CreateDefault().RunAsync([RepoPaths.Seeds], temp.Path);

        Assert.Equal((5, 0, 0), (result.Files, result.Failed, result.Pages));
        Assert.Equal(SeedFiles.All.Sum(name => new FileInfo(SeedFiles.PathOf(name)).Length), result.Bytes);
        Assert.Equal(24, result.Councils);
        Assert.Equal([Path.Combine(temp.Path, "documents.jsonl"), Path.Combine(temp.Path, "passages.jsonl")], result.Outputs.ToArray());
        Assert.False(result.HasErrors);
        Assert.Equal(SeedFiles.All, result.Documents.Select(d => d.Source.File));
    }

    [Fact]
    public async Task Progress_is_reported_for_every_file_and_stage()
    {
        using var temp = new TempDirectory();
        var reports = new List<PipelineProgress>();
        var progress = new SynchronousProgress(reports);

        await PmPipeline.CreateDefault().RunAsync([RepoPaths.Seeds], temp.Path, progress);

        lock (reports)
        {
            var finished = reports.Where(r => r.Stage == "ingest" && r.SlowFor is null).ToList();
            Assert.Equal(5, finished.Count);
            Assert.Equal(Enumerable.Range(1, 5), finished.Select(r => r.FilesDone).Order());
            Assert.Equal(["segment", "extract", "write", "swap"], reports.Where(r => r.Stage != "ingest").Select(r => r.Stage));
        }
    }

    [Fact]
    public async Task A_cancelled_run_throws_and_writes_no_output()
    {
        using var temp = new TempDirectory();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PmPipeline.CreateDefault().RunAsync([RepoPaths.Seeds], temp.Path, cancellationToken: cancellation.Token));

        Assert.False(File.Exists(Path.Combine(temp.Path, "documents.jsonl")));
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_a_fatal_error()
    {
        using var temp = new TempDirectory();
        var blocker = temp.Write("blocker", "a file where the output folder should be");

        var error = await Assert.ThrowsAsync<ProfileMinerException>(() => PmPipeline.CreateDefault().RunAsync([RepoPaths.Seeds], Path.Combine(blocker, "out")));

        Assert.Equal(DiagnosticCodes.OutputFailed, Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void ResolveInputs_lists_folder_files_recursively_in_order_and_skips_hidden_and_other_files()
    {
        using var temp = new TempDirectory();
        temp.Write("b.md", "x");
        temp.Write("a.TXT", "x");
        temp.Write("sub/c.pdf", "x");
        temp.Write("sub/.hidden.txt", "x");
        temp.Write("sub/d.docx", "x");
        var diagnostics = new DiagnosticBag();

        var files = PmPipeline.CreateDefault().ResolveInputs([temp.Path, temp.File("b.md")], diagnostics);

        Assert.Equal([temp.File("a.TXT"), temp.File("b.md"), temp.File("sub/c.pdf")], files);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Ingest_turns_empty_and_binary_content_into_one_error_each()
    {
        var pipeline = PmPipeline.CreateDefault();
        var diagnostics = new DiagnosticBag();

        Assert.Null(pipeline.Ingest(InputFile.FromBytes("e.txt", []), diagnostics));
        Assert.Null(pipeline.Ingest(InputFile.FromBytes("b.txt", [1, 0, 2]), diagnostics));
        Assert.Null(pipeline.Ingest(InputFile.FromBytes("x.pdf", "%PDF-1.4 no reader"u8.ToArray()), diagnostics));

        Assert.Equal(
            [(DiagnosticCodes.EmptyFile, "e.txt"), (DiagnosticCodes.BinaryFile, "b.txt"), (DiagnosticCodes.PdfCorrupt, "x.pdf")],
            diagnostics.Items.Select(d => (d.Code, d.Where!.Value.File)));
    }

    [Fact]
    public void A_reader_that_throws_becomes_one_internal_error()
    {
        var builder = new PipelineBuilder();
        builder.Readers.InsertBefore<MarkdownDocumentReader>(new ThrowingReader());
        var diagnostics = new DiagnosticBag();

        var document = builder.Build().Ingest(InputFile.FromBytes("a.txt", "text"u8.ToArray()), diagnostics);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCodes.InternalError, "a.txt"), (error.Code, error.Where?.File));
        // In the project's words: the kind of bug and where, never the exception's own text.
        Assert.Equal("internal error in the throwing reader (InvalidOperationException in ThrowingReader.Read); skipped", error.Message);
        Assert.DoesNotContain("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_bad_options_with_every_problem()
    {
        var builder = new PipelineBuilder { Options = PipelineOptions.Default with { MaxDegreeOfParallelism = 0 } };
        builder.Readers.Clear();

        var error = Assert.Throws<ProfileMinerException>(() => builder.Build());

        Assert.Equal(2, error.Diagnostics.Count);
    }

    [Fact]
    public void StageList_helpers_add_once_insert_replace_and_find()
    {
        var list = new StageList<IDocumentReader> { MarkdownDocumentReader.Default };

        Assert.False(list.AddOnce(new MarkdownDocumentReader()));
        list.InsertBefore<MarkdownDocumentReader>(new ThrowingReader());
        Assert.IsType<ThrowingReader>(list[0]);
        Assert.True(list.Replace<ThrowingReader>(new ThrowingReader()));
        Assert.False(new StageList<IDocumentReader>().Replace<ThrowingReader>(new ThrowingReader()));
        Assert.Same(MarkdownDocumentReader.Default, list.Find<MarkdownDocumentReader>());
    }

    private sealed class ThrowingReader : IDocumentReader
    {
        public string Name => "throwing";

        public bool CanRead(InputFile file) => true;

        public Model.SourceDocument? Read(InputFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class SynchronousProgress(List<PipelineProgress> reports) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    [Fact]
    public void A_folder_marked_as_data_is_passed_by_in_a_scan()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/a.txt", "A document.");
        temp.Write("docs/gold/GUIDE.md", "# Not a document");
        temp.Write("docs/gold/.pmdata", "data");

        var files = PmPipeline.CreateDefault().ResolveInputs([temp.File("docs")], new ProfileMiner.Diagnostics.DiagnosticBag());

        Assert.Equal(["a.txt"], files.Select(Path.GetFileName));
    }
}

