using System.Diagnostics;
using System.Globalization;
using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Fuzz;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Hardening;

/// <summary>
/// A 96 KB PDF whose compressed content repeats one text run took 1.09 GB to read three pages. A
/// page is now measured before PdfPig reads it (decoded bytes, letters drawn, forms counted as
/// often as they are drawn): past a limit it is skipped with one line naming the limit.
/// </summary>
public sealed class PdfBudgetTests
{
    private static readonly byte[] s_run = "BT /F1 10 Tf 72 700 Td (Lancashire County Council spent money on care) Tj ET\n"u8.ToArray();

    [Fact]
    public void Pages_whose_repeated_stream_draws_millions_of_letters_are_skipped_quickly()
    {
        var bytes = PdfBytes.Pages(3, Repeat(s_run, 100_000));
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes("bomb.pdf", bytes), diagnostics);

        Assert.Null(document);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(
            "bomb.pdf: error PM1015: every page is over the reader's memory limit (it draws 4,500,000 letters, more than 200,000); skipped",
            error.ToString());
    }

    [Fact]
    public void A_page_whose_content_decodes_past_the_byte_limit_is_skipped_without_decoding_it_all()
    {
        var bytes = PdfBytes.Pages(1, Repeat("BT /F1 10 Tf 72 700 Td (L) Tj ET\n"u8.ToArray(), 2_000_000));
        var diagnostics = new DiagnosticBag();

        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes("deflate.pdf", bytes), diagnostics);

        Assert.Null(document);
        Assert.Contains("its content decodes to more than 32 MB", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_drawn_a_hundred_thousand_times_counts_as_its_letters_times_its_draws()
    {
        var input = Pathological.All().Single(p => p.Name == "form-bomb.pdf");
        var diagnostics = new DiagnosticBag();

        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes("form.pdf", input.Bytes), diagnostics);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.PdfMemoryLimit, error.Code);
        Assert.Contains("it draws 3,700,000 letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_page_over_the_limit_is_a_warning_naming_it_and_the_other_pages_are_read()
    {
        // Page 2 of 3 draws too much; the others are ordinary text.
        var normal = Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 700 Td (Lancashire County Council spent five million pounds on care.) Tj ET\n");
        var heavy = Repeat(s_run, 10_000);
        var bytes = PdfBytes.Build(
        [
            PdfBytes.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            PdfBytes.Ascii("<< /Type /Pages /Kids [4 0 R 6 0 R 8 0 R] /Count 3 >>"),
            PdfBytes.Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            .. Page(5, normal), .. Page(7, heavy), .. Page(9, normal),
        ]);
        var diagnostics = new DiagnosticBag();

        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes("mixed.pdf", bytes), diagnostics);

        Assert.NotNull(document);
        Assert.Equal([1, 3], document.Blocks.Select(b => b.Source.Page ?? 0).Distinct());
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("mixed.pdf(p.2): warning PM1015: page 2 over the reader's memory limit (it draws 450,000 letters, more than 200,000); skipped", warning.ToString());
    }

    [Fact]
    public void The_letters_of_a_content_stream_are_counted_from_its_strings()
    {
        var (letters, draws) = ContentScan.Scan("BT (Hello) Tj [(Wor) -20 (ld)] TJ <48656C6C6F> Tj (a\\)b (c)) Tj ET /Fm1 Do /Fm1 Do q /Im0 Do Q BI /W 1 ID (((( EI"u8);

        Assert.Equal(5 + 5 + 5 + 7, letters);
        Assert.Equal(new Dictionary<string, long> { ["Fm1"] = 2, ["Im0"] = 1 }, draws);
    }

    [SkippableFact]
    public void The_real_council_pdfs_are_read_with_no_page_over_a_limit()
    {
        SharedData.Require(Directory.Exists(RepoPaths.RealPdfs), "the real PDFs in ../shared/pdf-real");
        foreach (var path in Directory.EnumerateFiles(RepoPaths.RealPdfs, "*.pdf", SearchOption.AllDirectories))
        {
            var diagnostics = new DiagnosticBag();
            PdfDocumentReader.Default.Read(InputFile.Read(path), diagnostics);
            Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.PdfMemoryLimit);
        }
    }

    private static byte[][] Page(int contents, byte[] content) =>
    [
        PdfBytes.Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {contents} 0 R >>")),
        PdfBytes.Stream(PdfBytes.Deflate(content), "/Filter /FlateDecode"),
    ];

    private static byte[] Repeat(byte[] bytes, int times) => [.. Enumerable.Range(0, times).SelectMany(_ => bytes)];
}
