using System.Collections.Immutable;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ProfileMiner.Diagnostics;
using ProfileMiner.Export;
using ProfileMiner.Model;
using ProfileMiner.Tables;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Export;

/// <summary>The REFI-QDA project: a zip that validates against the published project schema, whose selections cite the passages.</summary>
public sealed class QdpxExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static readonly XNamespace s_ns = QdpxExporter.Namespace;

    private static string SchemaPath => Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.Tests", "Export", "Project-mrt2019.xsd");

    private static List<string> Validate(Stream qde)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(QdpxExporter.Namespace, SchemaPath);
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(qde, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XDocument Project(ZipArchive zip)
    {
        using var stream = zip.GetEntry("project.qde")!.Open();
        return XDocument.Load(stream);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("themed")]
    public void The_project_validates_against_the_refi_qda_schema(string folder)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.OutputFolder, folder, QdpxExporter.FileName));
        using var qde = zip.GetEntry("project.qde")!.Open();
        var errors = Validate(qde);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_schema_check_rejects_a_broken_project()
    {
        // The validation above can fail: a selection without its required positions does not pass.
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.ThemedFolder, QdpxExporter.FileName));
        var project = Project(zip);
        project.Descendants(s_ns + "PlainTextSelection").First().Attribute("startPosition")!.Remove();
        using var broken = new MemoryStream();
        project.Save(broken);
        broken.Position = 0;
        Assert.NotEmpty(Validate(broken));
    }

    [Fact]
    public void Sources_hold_each_documents_text_and_coded_selections_cite_the_themed_passages()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.ThemedFolder, QdpxExporter.FileName));
        var project = Project(zip);
        var sources = project.Descendants(s_ns + "TextSource").ToList();
        Assert.Equal(fixture.Themed.Documents.Length, sources.Count);
        var codes = project.Descendants(s_ns + "Code").ToDictionary(c => c.Attribute("guid")!.Value, c => c.Attribute("name")!.Value);
        Assert.Equal(ThemeCodebook.Default.Themes.Length, codes.Count);

        var byFile = fixture.Themed.Documents.ToDictionary(d => d.Source.File, StringComparer.Ordinal);
        var coded = 0;
        foreach (var source in sources)
        {
            var guid = source.Attribute("guid")!.Value;
            Assert.Equal("internal://" + guid + ".txt", source.Attribute("plainTextPath")!.Value);
            var document = byFile[source.Attribute("name")!.Value];
            using var entry = new StreamReader(zip.GetEntry("sources/" + guid + ".txt")!.Open());
            var text = entry.ReadToEnd();
            Assert.Equal(document.Source.Text, text);

            var assignments = fixture.Assignments.Where(a => a.Doc == document.Source.File).ToDictionary(a => a.Source.Start);
            foreach (var selection in source.Elements(s_ns + "PlainTextSelection").Where(s => s.Elements(s_ns + "Coding").Any()))
            {
                var start = int.Parse(selection.Attribute("startPosition")!.Value, System.Globalization.CultureInfo.InvariantCulture);
                var end = int.Parse(selection.Attribute("endPosition")!.Value, System.Globalization.CultureInfo.InvariantCulture);
                var assignment = assignments[start];
                Assert.Equal(assignment.Sentence, text[start..end]);
                var named = selection.Elements(s_ns + "Coding").Select(c => codes[c.Element(s_ns + "CodeRef")!.Attribute("targetGUID")!.Value]).ToList();
                Assert.Equal(assignment.Themes.Select(t => ThemeCodebook.Default.Find(t)!.Name), named);
                coded++;
            }
        }

        Assert.Equal(fixture.Assignments.Length, coded);
    }

    [Fact]
    public void Councils_are_cases_whose_references_resolve()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.ExportFolder, QdpxExporter.FileName));
        var project = Project(zip);
        var cases = project.Descendants(s_ns + "Case").ToList();
        var councils = fixture.Content.Documents.SelectMany(d => d.Sections).Select(s => s.Council).OfType<Council>()
            .Select(c => c.GssCode ?? c.Name).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(councils, cases.Count);
        Assert.Contains(cases, c => c.Attribute("name")!.Value == "Lancashire");

        var sources = project.Descendants(s_ns + "TextSource").Select(s => s.Attribute("guid")!.Value).ToHashSet(StringComparer.Ordinal);
        var selections = project.Descendants(s_ns + "PlainTextSelection").Select(s => s.Attribute("guid")!.Value).ToHashSet(StringComparer.Ordinal);
        var variables = project.Descendants(s_ns + "Variable").Select(s => s.Attribute("guid")!.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in cases)
        {
            var refs = entry.Elements(s_ns + "SourceRef").Select(r => r.Attribute("targetGUID")!.Value).ToList();
            var selected = entry.Elements(s_ns + "SelectionRef").Select(r => r.Attribute("targetGUID")!.Value).ToList();
            Assert.True(refs.Count + selected.Count > 0, entry.ToString());
            Assert.All(refs, r => Assert.Contains(r, sources));
            Assert.All(selected, r => Assert.Contains(r, selections));
            Assert.All(entry.Descendants(s_ns + "VariableRef"), v => Assert.Contains(v.Attribute("targetGUID")!.Value, variables));
        }

        var guids = project.Descendants().Attributes("guid").Select(a => a.Value).ToList();
        Assert.Equal(guids.Count, guids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Positions_count_code_points_and_xml_invalid_characters_are_dropped()
    {
        var count = QdpxExporter.CodePointCounter("a\U0001F600b c");
        Assert.Equal(0, count(0));
        Assert.Equal(1, count(1));
        Assert.Equal(2, count(3));
        Assert.Equal(4, count(5));
        Assert.Equal(3, QdpxExporter.CodePointCounter("abc")(3));
        Assert.Equal("ab\U0001F600", QdpxExporter.Clean("a\u0001b\U0001F600\uD800"));
    }

    [Fact]
    public void A_theme_the_codebook_lacks_becomes_a_code_under_its_id_with_a_warning()
    {
        var document = fixture.Content.Documents.First(d => d.Source.Format == DocumentFormat.Text);
        var passage = ProfileMiner.Segment.PassageEnumerator.Of(document).First(p => p.Block.Kind == BlockKind.Paragraph);
        var odd = new ThemeAssignment
        {
            Doc = passage.Doc,
            Council = passage.Council,
            Source = passage.Block.Source,
            Sentence = passage.Block.Text,
            Extractor = "themes.test",
            Themes = ["not_a_theme"],
            Scores = [0.5],
            BlockIndex = passage.BlockIndex,
            SectionId = passage.SectionId,
        };
        var diagnostics = new DiagnosticBag();
        var data = RunTables.Create(new CorpusContent([document], [odd]), ThemeCodebook.Default, diagnostics);
        Assert.Equal("not_a_theme", Assert.Single(data.Themes).ThemeName);
        Assert.Equal(DiagnosticCodes.ExportUnknownTheme, Assert.Single(diagnostics.Items).Code);

        using var stream = new MemoryStream();
        QdpxExporter.Write(data, stream, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), default);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        Assert.Contains(Project(zip).Descendants(s_ns + "Code"), c => c.Attribute("name")!.Value == "not_a_theme");
        using var qde = zip.GetEntry("project.qde")!.Open();
        Assert.Empty(Validate(qde));
    }

    [Fact]
    public void The_codebook_reads_the_themes_table()
    {
        var codebook = ThemeCodebook.Default;
        Assert.Equal(19, codebook.Themes.Length);
        Assert.Equal("Carers", codebook.Find("carers")!.Name);
        Assert.Contains("DoLS", codebook.Find("safeguarding")!.Covers, StringComparison.Ordinal);
        Assert.Null(codebook.Find("Carers"));
        var parsed = ThemeCodebook.Parse("| id | theme | covers |\n| --- | --- | --- |\n| `a_b` | A and B | x, y |\nnot a row");
        Assert.Equal([new ThemeCode("a_b", "A and B", "x, y")], parsed.Themes.ToArray());
        _ = ImmutableArray<int>.Empty;
    }
}
