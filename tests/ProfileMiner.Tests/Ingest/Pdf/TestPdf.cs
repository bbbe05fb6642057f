using System.Globalization;
using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>Builds small PDFs with PdfPig's <see cref="PdfDocumentBuilder"/>, and reads PDFs with the default reader.</summary>
internal sealed class TestPdf : IDisposable
{
    private readonly PdfDocumentBuilder _builder = new();

    public TestPdf()
    {
        Regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        Bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }

    public PdfDocumentBuilder.AddedFont Bold { get; }

    public PdfPageBuilder AddPage() => _builder.AddPage(PageSize.A4);

    /// <summary>Writes lines top down from <paramref name="top"/> with the given leading; returns the baseline below the last line.</summary>
    public double Lines(PdfPageBuilder page, double x, double top, double size, double leading, params string[] lines) =>
        Lines(page, Regular, x, top, size, leading, lines);

    public static double Lines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double x, double top, double size, double leading, params string[] lines)
    {
        var y = top;
        foreach (var line in lines)
        {
            page.AddText(line, size, new PdfPoint(x, y), font);
            y -= leading;
        }

        return y;
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    public static (SourceDocument? Document, DiagnosticBag Diagnostics) Read(string name, byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var document = PdfDocumentReader.Default.Read(InputFile.FromBytes(name, bytes), diagnostics);
        return (document, diagnostics);
    }

    /// <summary>
    /// A minimal hand-written PDF whose trailer names a standard security handler (RC4, revision 2)
    /// with a user password that is not empty, so it cannot be opened without the password.
    /// PdfDocumentBuilder cannot encrypt.
    /// </summary>
    public static byte[] Encrypted()
    {
        var hex32 = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37) + 11 & 0xFF).ToString("X2", CultureInfo.InvariantCulture)));
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
            "<< /Length 10 >>\nstream\n0123456789\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{hex32}> /U <{hex32}> /P -44 >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
