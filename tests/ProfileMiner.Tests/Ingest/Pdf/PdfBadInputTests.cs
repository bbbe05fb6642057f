using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>Each bad file gives exactly one error naming the file, and no exception.</summary>
public sealed class PdfBadInputTests
{
    [Fact]
    public void Zero_byte_file_is_not_for_the_pdf_reader()
    {
        var file = InputFile.FromBytes("empty.pdf", []);

        Assert.Equal(ContentKind.Empty, file.Kind);
        Assert.False(PdfDocumentReader.Default.CanRead(file));
    }

    [Fact]
    public void Truncated_pdf_is_corrupt()
    {
        var whole = File.ReadAllBytes(Path.Combine(RepoPaths.CorpusPdf, "000_18d39ee8c6ee3a66.pdf"));

        AssertOneError("truncated.pdf", whole[..(whole.Length / 2)], DiagnosticCodes.PdfCorrupt, "the PDF is truncated or corrupt (");
    }

    [Fact]
    public void Random_bytes_after_a_pdf_header_are_corrupt()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);

        AssertOneError("random.pdf", bytes, DiagnosticCodes.PdfCorrupt, "the PDF is truncated or corrupt (");
    }

    [Fact]
    public void Random_bytes_with_an_end_marker_are_corrupt()
    {
        var bytes = new byte[20_000];
        new Random(8).NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        "\n%%EOF\n"u8.CopyTo(bytes.AsSpan(bytes.Length - 7));

        AssertOneError("random-eof.pdf", bytes, DiagnosticCodes.PdfCorrupt, "the PDF is truncated or corrupt (");
    }

    [Fact]
    public void Encrypted_pdf_is_reported_as_encrypted()
    {
        AssertOneError("encrypted.pdf", TestPdf.Encrypted(), DiagnosticCodes.PdfEncrypted, "the PDF is encrypted; skipped");
    }

    [Fact]
    public void Pdf_without_any_text_is_skipped_with_one_error()
    {
        using var pdf = new TestPdf();
        var page = pdf.AddPage();
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 200, 300, 1, fill: true);
        pdf.AddPage();

        AssertOneError("scan.pdf", pdf.Build(), DiagnosticCodes.NoTextLayer, "no text layer on any page; ");
    }

    [Fact]
    public void Blank_pages_are_named_in_one_note()
    {
        using var pdf = new TestPdf();
        pdf.Lines(pdf.AddPage(), 50, 700, 10, 12.5, "The only page with text.");
        pdf.AddPage();
        pdf.AddPage();
        pdf.AddPage();
        var (document, diagnostics) = TestPdf.Read("partly.pdf", pdf.Build());

        Assert.NotNull(document);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Info, warning.Severity);
        Assert.Equal(DiagnosticCodes.NoTextLayer, warning.Code);
        Assert.Equal("pages 2-4: blank, no text or image", warning.Message);
        Assert.Equal(Model.Provenance.ForPage("partly.pdf", 2), warning.Where);
    }

    [Fact]
    public void Cancellation_is_honoured_between_pages()
    {
        var file = InputFile.Read(Path.Combine(RepoPaths.CorpusPdf, "000_18d39ee8c6ee3a66.pdf"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PdfDocumentReader.Default.Read(file, new DiagnosticBag(), cancelled.Token));
    }

    private static void AssertOneError(string name, byte[] bytes, string code, string messageStart)
    {
        var file = InputFile.FromBytes(name, bytes);
        var diagnostics = new DiagnosticBag();

        var document = PdfDocumentReader.Default.Read(file, diagnostics);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(code, error.Code);
        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("skipped", error.Message, StringComparison.Ordinal);
        Assert.Equal(name, error.Where?.File);
    }
}
