using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>Real PDFs made elsewhere (../shared/pdf-real, never copied into the repository); skipped when absent.</summary>
public sealed class PdfRealDocumentTests
{
    private const string Absent = "(pdf-real absent)";

    public static TheoryData<string> RealPdfs() => SharedData.PdfNames(RepoPaths.RealPdfs, Absent);

    [SkippableTheory]
    [MemberData(nameof(RealPdfs))]
    public void Ingests_without_exception_or_error(string name)
    {
        var (document, diagnostics) = Read(name);

        Assert.NotNull(document);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotEmpty(document.Blocks);
        Assert.All(document.Blocks, b => Assert.Equal(b.Text, document.Text[b.Source.Start..b.Source.End]));
    }

    [SkippableFact]
    public void Scanned_pages_are_named_in_one_warning_when_ocr_is_not_installed()
    {
        var options = PdfReaderOptions.Default with { Ocr = new TesseractOcr("/nonexistent/tesseract") };
        var (document, diagnostics) = Read("charity-accounts-partly-scanned.pdf", new PdfDocumentReader(options));

        Assert.NotNull(document);
        // Page 4 is blank; pages 5-18 are scanned images with no text layer.
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoTextLayer && d.Severity == Severity.Warning);
        Assert.Equal("pages 5-18: no text layer (scanned image); OCR is not installed (install Tesseract, Debian package tesseract-ocr, to read them)", warning.Message);
        Assert.Equal(5, warning.Where?.Page);
        var blank = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoTextLayer && d.Severity == Severity.Info);
        Assert.Equal("page 4: blank, no text or image", blank.Message);
        Assert.All(document.Blocks, b => Assert.InRange(b.Source.Page ?? 0, 1, 3));
    }

    [SkippableFact]
    public void Scanned_pages_are_read_by_ocr_and_marked_when_tesseract_is_installed()
    {
        var installed = TesseractOcr.Default.IsAvailable;
        Assert.False(!installed && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "tesseract is missing on CI (.ci/run installs tesseract-ocr)");
        Skip.IfNot(installed, "the tesseract program is not installed (Debian package tesseract-ocr)");

        var (document, diagnostics) = Read("charity-accounts-partly-scanned.pdf");

        Assert.NotNull(document);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoTextLayer && d.Severity == Severity.Warning);
        Assert.Equal("pages 5-18: no text layer (scanned image); read by OCR (tesseract), unchecked", warning.Message);
        Assert.Equal(Enumerable.Range(5, 14), document.OcrPages);
        Assert.Superset(document.OcrPages.ToHashSet(), document.UncheckedOcrPages.ToHashSet());
        var scanned = document.Blocks.Where(b => b.Source.Page >= 5).ToList();
        Assert.True(scanned.Select(b => b.Source.Page).Distinct().Count() >= 12, "text on too few scanned pages");
        Assert.Contains(scanned, b => b.Source.Page == 5 && b.Text.Contains("Independent Examiner", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(scanned, b => b.Kind == BlockKind.ListItem && b.Text.StartsWith("examine the accounts under section 145", StringComparison.Ordinal));
    }

    [Fact]
    public void Tesseract_tsv_words_are_placed_on_the_page_by_line()
    {
        const string Tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "4\t1\t1\t1\t1\t0\t100\t100\t600\t40\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t100\t100\t20\t30\t91.5\t*\n"
            + "5\t1\t1\t1\t1\t2\t200\t100\t200\t40\t96\tExamine\n"
            + "5\t1\t1\t1\t1\t3\t420\t105\t100\t30\t95\tthe\n"
            + "5\t1\t1\t1\t2\t1\t200\t160\t300\t40\t90\taccounts\n";
        var words = TesseractOcr.Parse(Tsv);

        Assert.Equal(["*", "Examine", "the", "accounts"], words.Select(w => w.Text));
        var page = new PdfPageContent(1, 500, 800);
        ScannedPageReader.Place(words, 0, 800, 0.5, 0.5, page);

        Assert.Equal(["•", "Examine", "the", "accounts"], page.Words.Select(w => w.Text));
        Assert.Equal(100, page.Words[1].Left, 3);
        Assert.Equal(750, page.Words[1].Top, 3);
        Assert.Equal(page.Words[1].Baseline, page.Words[2].Baseline);
        Assert.True(page.Words[3].Baseline < page.Words[1].Baseline);
        Assert.True(page.HasText);
    }

    [SkippableTheory]
    [InlineData("charity-accounts-ocr-layer.pdf")]
    [InlineData("charity-accounts-ocr-short.pdf")]
    public void Noisy_ocr_layers_are_reported(string name)
    {
        var (document, diagnostics) = Read(name);

        Assert.NotNull(document);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoisyText);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("page", warning.Message, StringComparison.Ordinal);
        Assert.NotEmpty(document.UncheckedOcrPages);
    }

    [SkippableFact]
    public void Bbc_briefing_keeps_its_figures_and_bullets()
    {
        var (document, diagnostics) = Read("bbc-social-care-in-crisis.pdf");

        Assert.NotNull(document);
        Assert.Empty(diagnostics.Items);
        Assert.Contains("At least 1,300 people died waiting for a care package", document.Text, StringComparison.Ordinal);
        Assert.Contains("£7.5billion", document.Text, StringComparison.Ordinal);
        var items = document.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.True(items.Count >= 10, $"{items.Count} list items");
        Assert.Contains(items, b => b.Text.StartsWith("The number of people who have died waiting for care packages to start", StringComparison.Ordinal));
        Assert.DoesNotContain(items, b => b.Text.StartsWith('●'));
    }

    private static (SourceDocument? Document, DiagnosticBag Diagnostics) Read(string name, PdfDocumentReader? reader = null)
    {
        var path = Path.Combine(RepoPaths.RealPdfs, name);
        SharedData.Require(name != Absent && File.Exists(path), "../shared/pdf-real/" + name);
        var diagnostics = new DiagnosticBag();
        return ((reader ?? PdfDocumentReader.Default).Read(InputFile.Read(path), diagnostics), diagnostics);
    }
}
