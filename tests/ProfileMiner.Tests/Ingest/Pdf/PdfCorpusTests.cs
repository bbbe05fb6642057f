using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Eval;
using ProfileMiner.Ingest;
using ProfileMiner.Ingest.Pdf;
using ProfileMiner.Tests.Support;
using Xunit.Abstractions;

namespace ProfileMiner.Tests.Ingest.Pdf;

/// <summary>The reader's text against the seed each corpus PDF was made from.</summary>
public sealed partial class PdfCorpusTests(ITestOutputHelper output)
{
    // Floors sit just under the similarity measured when they were set (docs/pdf-reader.md); raise them, never lower them.
    private static readonly Dictionary<string, double> s_floors = new(StringComparer.Ordinal)
    {
        ["000_18d39ee8c6ee3a66.pdf"] = 0.999,
        ["001_791e1c115867365e.pdf"] = 0.999,
        ["001_791e1c115867365e.twocol.pdf"] = 0.998,
        ["002_2e1cfd4eb5ee4315.pdf"] = 0.997,
        ["003_63d72fe446b3d631.pdf"] = 0.976,
        ["004_2d0e794e2305168e.pdf"] = 0.998,
    };

    private readonly ITestOutputHelper _output = output;

    public static TheoryData<string> CorpusPdfs() =>
        new(Directory.EnumerateFiles(RepoPaths.CorpusPdf, "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void Text_matches_the_seed(string name)
    {
        var document = Read(name, out var diagnostics);
        var seed = File.ReadAllText(RepoPaths.Seed(name[..name.IndexOf('.', StringComparison.Ordinal)]));

        var similarity = TextSimilarity.Ratio(TextSimilarity.StripSeedMarkup(seed), document.Text);

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: similarity {similarity:F4}, {document.Pages} pages, {document.Blocks.Length} blocks"));
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.True(s_floors.ContainsKey(name), $"no floor for {name}: add one to s_floors");
        Assert.True(similarity >= s_floors[name], string.Create(CultureInfo.InvariantCulture, $"{name}: similarity {similarity:F4} is below the floor {s_floors[name]}"));
    }

    [Fact]
    public void Two_column_pdf_keeps_the_council_order_of_the_seed()
    {
        const string name = "001_791e1c115867365e.twocol.pdf";
        var document = Read(name, out _);
        var seed = File.ReadAllText(RepoPaths.Seed("001_791e1c115867365e"));

        var expected = Councils(seed);
        var actual = Councils(document.Text);

        Assert.Equal(23, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Table_rows_of_the_indicator_tables_are_recovered()
    {
        var document = Read("003_63d72fe446b3d631.pdf", out _);

        // Seed: "1A\tSocial care related quality of life\t18.3\tBottom\t18.9\tSecond\t↑", rendered in
        // columns so narrow that the numbers wrap a character or two per line.
        var row = Assert.Single(document.Blocks, b => b.Kind == Model.BlockKind.TableRow && b.Cells.FirstOrDefault() == "1A");
        Assert.Equal(["1A", "Social care related quality of life", "18.3", "Bottom", "18.9", "Second", "↑"], row.Cells.ToArray());
    }

    // Each PDF is read once per test run: several tests look at the same one (the model is immutable).
    private static readonly ConcurrentDictionary<string, Lazy<(Model.SourceDocument? Document, DiagnosticBag Diagnostics)>> s_read = new(StringComparer.Ordinal);

    private static Model.SourceDocument Read(string name, out DiagnosticBag diagnostics)
    {
        var read = s_read.GetOrAdd(name, n => new Lazy<(Model.SourceDocument?, DiagnosticBag)>(() =>
        {
            var bag = new DiagnosticBag();
            return (PdfDocumentReader.Default.Read(InputFile.Read(Path.Combine(RepoPaths.CorpusPdf, n)), bag), bag);
        })).Value;
        diagnostics = read.Diagnostics;
        Assert.NotNull(read.Document);
        return read.Document;
    }

    // The council headings in order, each once (the seed repeats a council's heading on its pages).
    private static List<string> Councils(string text)
    {
        var councils = new List<string>();
        foreach (Match match in CouncilHeading().Matches(text))
        {
            var council = match.Groups[1].Value.Trim();
            if (councils.Count == 0 || councils[^1] != council)
            {
                councils.Add(council);
            }
        }

        return councils;
    }

    [GeneratedRegex(@"LOCAL AUTHORITY : ([A-Z][A-Z &.']+[A-Z.])")]
    private static partial Regex CouncilHeading();
}
