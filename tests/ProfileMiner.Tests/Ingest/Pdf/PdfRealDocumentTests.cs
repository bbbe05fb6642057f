using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Model;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Ingest.Pdf;

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
    public void Scanned_pages_are_named_in_one_warning()
    {
        var (document, diagnostics) = Read("charity-accounts-partly-scanned.pdf");

        Assert.NotNull(document);
        // Page 4 is blank; pages 5-18 are scanned images with no text layer.
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoTextLayer && d.Severity == Severity.Warning);
        Assert.Equal("pages 5-18: no text layer (scanned image); OCR is not available", warning.Message);
        Assert.Equal(5, warning.Where?.Page);
        var blank = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoTextLayer && d.Severity == Severity.Info);
        Assert.Equal("page 4: blank, no text or image", blank.Message);
        Assert.All(document.Blocks, b => Assert.InRange(b.Source.Page ?? 0, 1, 3));
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

    private static (SourceDocument? Document, DiagnosticBag Diagnostics) Read(string name)
    {
        var path = Path.Combine(RepoPaths.RealPdfs, name);
        SharedData.Require(name != Absent && File.Exists(path), "../shared/pdf-real/" + name);
        var diagnostics = new DiagnosticBag();
        return (PdfDocumentReader.Default.Read(InputFile.Read(path), diagnostics), diagnostics);
    }
}
