using System.Buffers.Binary;
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
            "bomb.pdf: error PM1015: every page is over the reader's limits (it draws 4,500,000 letters, more than 200,000); skipped",
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
        Assert.Equal("mixed.pdf(p.2): warning PM1015: page 2 over the reader's limits (it draws 450,000 letters, more than 200,000); skipped", warning.ToString());
    }

    [Fact]
    public void The_letters_of_a_content_stream_are_counted_from_its_strings()
    {
        var (letters, draws, _) = ContentScan.Scan("BT (Hello) Tj [(Wor) -20 (ld)] TJ <48656C6C6F> Tj (a\\)b (c)) Tj ET /Fm1 Do /Fm1 Do q /Im0 Do Q BI /W 1 ID (((( EI"u8);

        Assert.Equal(5 + 5 + 5 + 7, letters);
        Assert.Equal(new Dictionary<string, long> { ["Fm1"] = 2, ["Im0"] = 1 }, draws);
    }

    [Fact]
    public void Parse_steps_are_each_broken_operator_times_the_operations_before_it_in_its_text_object()
    {
        var wellFormed = ContentScan.Scan("BT /F1 10 Tf 72 700 Td (Hello) Tj [(a) -20 (b)] TJ 0 Tc ET q 1 0 0 1 0 0 cm /Fm1 Do Q /P << /MCID 0 >> BDC 0.5 g 1 0 0 rg /Cs1 cs 0.1 0.2 0.3 sc 0 0 m 10 10 l S EMC"u8);
        Assert.Equal(0, wellFormed.ParseSteps);

        // BT; "1 Td" (one operand short) looks back over 1; "Td" over 2; "Tj" without its string over 4;
        // the unknown "foo" over 5; after ET, the broken "Tj" looks back over nothing.
        var broken = ContentScan.Scan("BT 1 Td Td (a) Tj Tj foo ET Tj"u8);
        Assert.Equal(1 + 2 + 4 + 5, broken.ParseSteps);
    }

    [Fact]
    public void A_page_of_broken_operators_in_one_long_text_object_is_skipped_before_pdfpig_parses_it()
    {
        var good = Repeat("72 700 Td (x) Tj\n"u8.ToArray(), 10_000);
        var content = (byte[])[.. "BT /F1 10 Tf\n"u8, .. good, .. Repeat("Tj\n"u8.ToArray(), 5_000), .. "ET\n"u8];
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes("broken.pdf", PdfBytes.Pages(1, content)), diagnostics);

        Assert.Null(document);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.PdfMemoryLimit, error.Code);
        Assert.Contains("its content has so many broken operators that parsing it would take 112,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_operators_each_after_the_end_of_a_text_object_cost_nothing_and_the_page_is_read()
    {
        var content = Repeat("BT /F1 10 Tf 72 700 Td (Lancashire) Tj ET Tj\n"u8.ToArray(), 5_000);
        var diagnostics = new DiagnosticBag();

        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes("after.pdf", PdfBytes.Pages(1, content)), diagnostics);

        Assert.NotNull(document);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.PdfMemoryLimit);
    }

    [Fact]
    public void A_truetype_font_claims_its_glyphs_points_as_pdfpig_will_hold_them()
    {
        Assert.Equal(2 * ((2L * 1) + (65_536L * TrueTypeGlyphCost.BytesPerPoint)), TrueTypeGlyphCost.Bytes(TrueType(glyphs: 2, lastPoint: 65_535)));
        Assert.Equal(3 * ((2L * 1) + (10L * TrueTypeGlyphCost.BytesPerPoint)), TrueTypeGlyphCost.Bytes(TrueType(glyphs: 3, lastPoint: 9)));
        Assert.Equal(0, TrueTypeGlyphCost.Bytes("not a font"u8));
        Assert.Equal(0, TrueTypeGlyphCost.Bytes(TrueType(glyphs: 3, lastPoint: 9).AsSpan(0, 40)));
    }

    [Fact]
    public void A_page_whose_embedded_font_claims_gigabytes_of_outlines_is_skipped_before_pdfpig_reads_it() =>
        Assert.Equal(
            "font.pdf: error PM1015: every page is over the reader's limits (a font it uses claims 2,000 MB of glyph outlines, more than 128 MB); skipped",
            ReadWithFont(TrueType(glyphs: 2_000, lastPoint: 65_535), maxAllocatedMb: 64));

    [Fact]
    public void A_page_whose_embedded_font_inflates_past_32_mb_is_skipped_without_inflating_it_all() =>
        Assert.Equal(
            "font.pdf: error PM1015: every page is over the reader's limits (a font it uses decodes to more than 32 MB); skipped",
            ReadWithFont(new byte[40 * 1024 * 1024], maxAllocatedMb: 200));

    [Fact]
    public void The_fuzzers_damaged_font_file_is_read_without_holding_its_outlines()
    {
        // A mutated corpus PDF whose font claims 700 MB of glyph outlines: PdfPig took 719 MB to read it.
        var path = Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Fuzz", "regressions", "memory-pdf-5fe4518290e1.pdf");
        var diagnostics = new DiagnosticBag();
        var before = GC.GetAllocatedBytesForCurrentThread();

        PdfDocumentReader.Default.Read(InputFile.Read(path), diagnostics);

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 100L * 1024 * 1024);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.PdfMemoryLimit && d.Message.Contains("a font it uses claims 717 MB of glyph outlines", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_embedded_font_file_is_measured_once_for_the_whole_document()
    {
        // 80 pages that all use the same few embedded fonts: PdfPig gives a new token each time a font
        // is resolved, so the fonts are known by object number, not by token.
        var path = Path.Combine(RepoPaths.Root, "corpus", "pdf", "001_791e1c115867365e.pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(path));
        var budget = PdfPageBudget.For(document);
        var fonts = 0L;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            fonts = Math.Max(fonts, budget.Measure(number, long.MaxValue).FontBytes);
        }

        Assert.Equal(80, document.NumberOfPages);
        Assert.True(fonts > 0);
        Assert.InRange(budget.FontFilesMeasured, 1, 6);
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

    // Reads the one-page PDF of WithFont: it must be skipped whole, within the allocations given; its one diagnostic.
    private static string ReadWithFont(byte[] font, long maxAllocatedMb)
    {
        var diagnostics = new DiagnosticBag();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes("font.pdf", WithFont(font)), diagnostics);

        Assert.Null(document);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, maxAllocatedMb * 1024 * 1024);
        return Assert.Single(diagnostics.Items).ToString();
    }

    // One page that shows a word in a TrueType font embedded (deflated) as font.
    private static byte[] WithFont(byte[] font) => PdfBytes.Build(
    [
        PdfBytes.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        PdfBytes.Ascii("<< /Type /Pages /Kids [4 0 R] /Count 1 >>"),
        PdfBytes.Ascii("<< /Type /Font /Subtype /TrueType /BaseFont /Damaged /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>"),
        PdfBytes.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"),
        PdfBytes.Stream(PdfBytes.Deflate("BT /F1 12 Tf 72 700 Td (Lancashire) Tj ET"u8.ToArray()), "/Filter /FlateDecode"),
        PdfBytes.Ascii("<< /Type /FontDescriptor /FontName /Damaged /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>"),
        PdfBytes.Stream(PdfBytes.Deflate(font), "/Filter /FlateDecode"),
    ]);

    // A TrueType font of head, maxp, loca (short offsets) and glyf tables only: each glyph one contour
    // whose end names point lastPoint, no instructions, no flags or coordinates.
    private static byte[] TrueType(int glyphs, int lastPoint)
    {
        const int GlyphBytes = 14;
        var loca = new byte[(glyphs + 1) * 2];
        for (var i = 0; i <= glyphs; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(i * 2), (ushort)(i * GlyphBytes / 2));
        }

        var glyph = new byte[GlyphBytes];
        BinaryPrimitives.WriteInt16BigEndian(glyph, 1);
        BinaryPrimitives.WriteUInt16BigEndian(glyph.AsSpan(10), (ushort)lastPoint);
        var maxp = new byte[6];
        BinaryPrimitives.WriteUInt32BigEndian(maxp, 0x00005000);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphs);
        (string Tag, byte[] Data)[] tables = [("glyf", [.. Enumerable.Range(0, glyphs).SelectMany(_ => glyph)]), ("head", new byte[54]), ("loca", loca), ("maxp", maxp)];

        var font = new byte[12 + (16 * tables.Length) + tables.Sum(t => t.Data.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tables.Length);
        var at = 12 + (16 * tables.Length);
        for (var t = 0; t < tables.Length; t++)
        {
            var record = font.AsSpan(12 + (16 * t), 16);
            Encoding.ASCII.GetBytes(tables[t].Tag).CopyTo(record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[t].Data.Length);
            tables[t].Data.CopyTo(font, at);
            at += tables[t].Data.Length;
        }

        return font;
    }

    private static byte[] Repeat(byte[] bytes, int times) => [.. Enumerable.Range(0, times).SelectMany(_ => bytes)];
}
