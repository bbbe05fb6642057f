using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;
using ProfileMiner.Tests.Support;
using PmPipeline = ProfileMiner.Pipeline.Pipeline;

namespace ProfileMiner.Tests.Segment;

public sealed class NearDuplicateDetectorTests
{
    private static readonly string s_lone = SeedFiles.Name("000");
    private static readonly string s_regional = SeedFiles.Name("001");

    private static System.Collections.Immutable.ImmutableArray<SegmentedDocument> MarkSeeds() =>
        NearDuplicateDetector.Default.Mark([.. SeedFiles.All.Select(SeedFiles.Segmented)]);

    [Fact]
    public void The_lone_lancashire_profile_and_the_regional_lancashire_section_are_duplicates()
    {
        var marked = MarkSeeds();
        var lone = marked.Single(d => d.Source.File == s_lone);
        var regional = marked.Single(d => d.Source.File == s_regional);
        var loneSection = Assert.Single(lone.Sections);
        var regionalLancashire = regional.Sections.Single(s => s.Council?.Name == "Lancashire");

        // Exactly one of the two points at the other; the text file listed first is the copy kept.
        Assert.Null(loneSection.DuplicateOf);
        Assert.Equal(loneSection.Id(s_lone), regionalLancashire.DuplicateOf);
    }

    [Fact]
    public void Unrelated_sections_and_documents_are_not_marked()
    {
        var marked = MarkSeeds();

        var others = marked.SelectMany(d => d.Sections.Select(s => (d.Source.File, s)))
            .Where(p => !(p.File == s_regional && p.s.Council?.Name == "Lancashire"));
        Assert.All(others, p => Assert.Null(p.s.DuplicateOf));
        Assert.All(marked, d => Assert.Null(d.DuplicateOf));
    }

    [Fact]
    public void Mark_keeps_the_input_order()
    {
        var input = SeedFiles.All.Select(SeedFiles.Segmented).Reverse().ToList();

        var marked = NearDuplicateDetector.Default.Mark(input);

        Assert.Equal(input.Select(d => d.Source.File), marked.Select(d => d.Source.File));
    }

    [Fact]
    public void A_document_given_twice_under_two_names_is_a_duplicate_as_a_whole()
    {
        var original = SeedFiles.Document(SeedFiles.Name("002"));
        var first = CouncilSectionSegmenter.Default.Segment(original with { File = "b-copy.txt" }, new DiagnosticBag());
        var second = CouncilSectionSegmenter.Default.Segment(original with { File = "a-original.txt" }, new DiagnosticBag());

        var marked = NearDuplicateDetector.Default.Mark([first, second]);

        Assert.Equal("a-original.txt", marked[0].DuplicateOf);
        Assert.Null(marked[1].DuplicateOf);
        Assert.Equal("a-original.txt#0", Assert.Single(marked[0].Sections).DuplicateOf);
    }

    [Fact]
    public void Text_is_kept_before_pdf_whatever_the_names()
    {
        var original = SeedFiles.Document(SeedFiles.Name("004"));
        var pdf = CouncilSectionSegmenter.Default.Segment(original with { File = "a.pdf", Format = DocumentFormat.Pdf }, new DiagnosticBag());
        var text = CouncilSectionSegmenter.Default.Segment(original with { File = "z.txt" }, new DiagnosticBag());

        var marked = NearDuplicateDetector.Default.Mark([pdf, text]);

        Assert.Equal("z.txt", marked[0].DuplicateOf);
        Assert.Null(marked[1].DuplicateOf);
    }

    [Fact]
    public async Task A_run_over_a_document_given_twice_marks_the_second_and_says_so()
    {
        using var temp = new TempDirectory();
        var seed = await File.ReadAllBytesAsync(SeedFiles.PathOf(SeedFiles.Name("003")));
        temp.Write("in/first.txt", seed);
        temp.Write("in/second.txt", seed);

        var result = await PmPipeline.CreateDefault().RunAsync([temp.File("in")], temp.File("out"));

        Assert.Equal([null, "first.txt"], result.Documents.Select(d => d.DuplicateOf));
        var info = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateDocument);
        Assert.Equal((Severity.Info, "second.txt"), (info.Severity, info.Where?.File));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Similarity_is_one_for_equal_texts_and_low_for_unrelated_ones()
    {
        var a = SeedFiles.Document(SeedFiles.Name("002")).Text;
        var b = SeedFiles.Document(SeedFiles.Name("004")).Text;

        Assert.Equal(1.0, NearDuplicateDetector.Default.Similarity(a, a));
        Assert.InRange(NearDuplicateDetector.Default.Similarity(a, b), 0.0, 0.2);
        Assert.Equal(0.0, NearDuplicateDetector.Default.Similarity(string.Empty, a));
    }

    [Fact]
    public void Short_sections_are_never_marked()
    {
        var one = TextDocuments.Segment("LOCAL AUTHORITY : WIGAN\n\nA short page.\n", new DiagnosticBag(), "one.txt");
        var two = TextDocuments.Segment("LOCAL AUTHORITY : WIGAN\n\nA short page.\n", new DiagnosticBag(), "two.txt");

        var marked = NearDuplicateDetector.Default.Mark([one, two]);

        Assert.All(marked, d => Assert.Null(d.DuplicateOf));
        Assert.All(marked.SelectMany(d => d.Sections), s => Assert.Null(s.DuplicateOf));
    }

    [Fact]
    public void A_pdf_of_the_compendium_is_a_copy_of_its_text_even_though_one_section_also_stands_alone()
    {
        var pipeline = ProfileMiner.Pipeline.Pipeline.CreateDefault();
        var diagnostics = new DiagnosticBag();
        var pdf = pipeline.Segment(pipeline.Ingest(Path.Combine(RepoPaths.CorpusPdf, "001_791e1c115867365e.twocol.pdf"), diagnostics)!, diagnostics);
        var lone = SeedFiles.Segmented(SeedFiles.Name("000"));
        var regional = SeedFiles.Segmented(SeedFiles.Name("001"));

        var marked = NearDuplicateDetector.Default.Mark([pdf, lone, regional]);

        // Text is shown before PDF: the PDF points at the compendium's text, which holds most of it.
        Assert.Equal(SeedFiles.Name("001"), marked[0].DuplicateOf);
        Assert.Null(marked[1].DuplicateOf);
        Assert.Null(marked[2].DuplicateOf);
        Assert.Equal(23, marked[0].Sections.Count(s => s.Council is not null && s.DuplicateOf is not null));
    }
}
