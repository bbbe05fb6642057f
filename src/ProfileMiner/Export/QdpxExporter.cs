using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>
/// Writes a REFI-QDA project, <c>profileminer.qdpx</c> (the exchange format NVivo, ATLAS.ti, MAXQDA and
/// QualCoder import): a zip holding <c>project.qde</c> (XML in the <c>urn:QDA-XML:project:1.0</c>
/// namespace) and <c>sources/&lt;guid&gt;.txt</c>, each document's normalised text. The themes are the
/// codebook (every theme of THEMES.md, with its description); each themed passage is a
/// <c>PlainTextSelection</c> of its source carrying one <c>Coding</c> per theme; each council is a
/// <c>Case</c> (with its GSS code and region as variables) that refers to its documents, or, in a
/// document about several councils, to its sections as selections. Positions count Unicode code points
/// of the source text. GUIDs are derived from names, so an unchanged corpus gives the same project.
/// </summary>
public sealed class QdpxExporter : IExporter
{
    /// <summary>The project's file name.</summary>
    public const string FileName = "profileminer.qdpx";

    /// <summary>The REFI-QDA project namespace.</summary>
    public const string Namespace = "urn:QDA-XML:project:1.0";

    private static readonly string[] s_palette =
    [
        "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF",
        "#393B79", "#637939", "#8C6D31", "#843C39", "#7B4173", "#3182BD", "#E6550D", "#31A354", "#756BB1", "#636363",
    ];

    /// <summary>The shared instance.</summary>
    public static QdpxExporter Default { get; } = new();

    /// <inheritdoc />
    public string Format => "qdpx";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(RunTables data, ExportTables tables, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var written = new List<string>();
        ExportFile.TryWrite(Path.Combine(folder, FileName), stream => Write(data, stream, DateTime.UtcNow, cancellationToken), diagnostics, written);
        return written;
    }

    internal static void Write(RunTables data, Stream stream, DateTime created, CancellationToken cancellationToken)
    {
        var user = DeterministicGuid.For("user", "ProfileMiner");
        var when = created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var codes = Codes(data);
        var cases = Cases(data);
        var themesByDoc = data.Themes.Where(t => t.Place.Block is not null).ToLookup(t => t.Place.DocId, StringComparer.Ordinal);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var entry = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
        using (var qde = entry.Open())
        using (var xml = XmlWriter.Create(qde, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Project", Namespace);
            xml.WriteAttributeString("name", "ProfileMiner export");
            xml.WriteAttributeString("origin", "ProfileMiner");
            xml.WriteAttributeString("creatingUserGUID", user);
            xml.WriteAttributeString("creationDateTime", when);

            xml.WriteStartElement("Users", Namespace);
            xml.WriteStartElement("User", Namespace);
            xml.WriteAttributeString("guid", user);
            xml.WriteAttributeString("name", "ProfileMiner");
            xml.WriteEndElement();
            xml.WriteEndElement();

            WriteCodeBook(xml, codes);
            WriteCases(xml, cases);
            if (data.SourceDocuments.Length > 0)
            {
                xml.WriteStartElement("Sources", Namespace);
                for (var d = 0; d < data.SourceDocuments.Length; d++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteSource(xml, data, d, themesByDoc, cases, user, when);
                }

                xml.WriteEndElement();
            }

            xml.WriteElementString("Description", Namespace,
                "Documents, council cases and theme codings exported by ProfileMiner. Selection positions count Unicode code points of each source's plain text.");
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        for (var d = 0; d < data.SourceDocuments.Length; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = zip.CreateEntry("sources/" + SourceGuid(data.Documents[d].Id) + ".txt", CompressionLevel.Optimal);
            using var text = new StreamWriter(source.Open(), new UTF8Encoding(false));
            text.Write(data.SourceDocuments[d].Source.Text);
        }
    }

    internal static string SourceGuid(string docId) => DeterministicGuid.For("source", docId);

    internal static string CodeGuid(string themeId) => DeterministicGuid.For("code", themeId);

    internal static string PassageGuid(string docId, int block) => DeterministicGuid.For("passage", string.Create(CultureInfo.InvariantCulture, $"{docId}:{block}"));

    /// <summary>Every theme of the codebook, then any theme the data uses that the codebook lacks.</summary>
    private static List<ThemeCode> Codes(RunTables data)
    {
        var codes = data.Codebook.Themes.ToList();
        var known = codes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in data.Themes.Where(r => known.Add(r.Theme)))
        {
            codes.Add(new ThemeCode(row.Theme, row.Theme, "A theme id that THEMES.md does not list."));
        }

        return codes;
    }

    private static void WriteCodeBook(XmlWriter xml, List<ThemeCode> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("CodeBook", Namespace);
        xml.WriteStartElement("Codes", Namespace);
        for (var i = 0; i < codes.Count; i++)
        {
            xml.WriteStartElement("Code", Namespace);
            xml.WriteAttributeString("guid", CodeGuid(codes[i].Id));
            xml.WriteAttributeString("name", Clean(codes[i].Name));
            xml.WriteAttributeString("isCodable", "true");
            xml.WriteAttributeString("color", s_palette[i % s_palette.Length]);
            xml.WriteElementString("Description", Namespace, Clean($"{codes[i].Id}: {codes[i].Covers}"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A council and what of the corpus is about it: whole documents, or sections of documents about several councils.</summary>
    private sealed record CouncilCase(Council Council, string Guid, List<string> Sources, List<(int Document, string DocId, Section Section)> Sections);

    private static List<CouncilCase> Cases(RunTables data)
    {
        var cases = new Dictionary<string, CouncilCase>(StringComparer.Ordinal);
        for (var d = 0; d < data.SourceDocuments.Length; d++)
        {
            var document = data.SourceDocuments[d];
            var councils = document.Councils.ToList();
            foreach (var section in document.Sections.Where(s => s.Council is not null))
            {
                var council = section.Council!;
                var key = council.GssCode ?? council.Name;
                if (!cases.TryGetValue(key, out var entry))
                {
                    entry = new CouncilCase(council, DeterministicGuid.For("case", key), [], []);
                    cases.Add(key, entry);
                }

                if (councils.Count > 1)
                {
                    entry.Sections.Add((d, data.Documents[d].Id, section));
                }
                else if (!entry.Sources.Contains(data.Documents[d].Id))
                {
                    entry.Sources.Add(data.Documents[d].Id);
                }
            }
        }

        return [.. cases.Values];
    }

    private static string SectionGuid(string docId, Section section) =>
        DeterministicGuid.For("section", string.Create(CultureInfo.InvariantCulture, $"{docId}#{section.Index}"));

    private static void WriteCases(XmlWriter xml, List<CouncilCase> cases)
    {
        if (cases.Count == 0)
        {
            return;
        }

        var gss = DeterministicGuid.For("variable", "gss_code");
        var region = DeterministicGuid.For("variable", "region");
        xml.WriteStartElement("Variables", Namespace);
        foreach (var (guid, name, description) in new[] { (gss, "GSS code", "The council's ONS GSS code."), (region, "Region", "The council's ONS region.") })
        {
            xml.WriteStartElement("Variable", Namespace);
            xml.WriteAttributeString("guid", guid);
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("typeOfVariable", "Text");
            xml.WriteElementString("Description", Namespace, description);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("Cases", Namespace);
        foreach (var entry in cases)
        {
            xml.WriteStartElement("Case", Namespace);
            xml.WriteAttributeString("guid", entry.Guid);
            xml.WriteAttributeString("name", Clean(entry.Council.Name));
            xml.WriteElementString("Description", Namespace, Clean(entry.Council.Known
                ? $"{entry.Council.Name} ({entry.Council.GssCode}, {entry.Council.Region})"
                : $"{entry.Council.Name} (not in the council registry)"));
            foreach (var (guid, value) in new[] { (gss, entry.Council.GssCode), (region, entry.Council.Region) })
            {
                if (value is null)
                {
                    continue;
                }

                xml.WriteStartElement("VariableValue", Namespace);
                xml.WriteStartElement("VariableRef", Namespace);
                xml.WriteAttributeString("targetGUID", guid);
                xml.WriteEndElement();
                xml.WriteElementString("TextValue", Namespace, Clean(value));
                xml.WriteEndElement();
            }

            foreach (var source in entry.Sources)
            {
                xml.WriteStartElement("SourceRef", Namespace);
                xml.WriteAttributeString("targetGUID", SourceGuid(source));
                xml.WriteEndElement();
            }

            foreach (var (_, docId, section) in entry.Sections)
            {
                xml.WriteStartElement("SelectionRef", Namespace);
                xml.WriteAttributeString("targetGUID", SectionGuid(docId, section));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteSource(XmlWriter xml, RunTables data, int d, ILookup<string, ThemeRow> themesByDoc, List<CouncilCase> cases, string user, string when)
    {
        var document = data.SourceDocuments[d];
        var row = data.Documents[d];
        var text = document.Source.Text;
        var position = CodePointCounter(text);
        var guid = SourceGuid(row.Id);
        xml.WriteStartElement("TextSource", Namespace);
        xml.WriteAttributeString("guid", guid);
        xml.WriteAttributeString("name", Clean(row.File));
        xml.WriteAttributeString("plainTextPath", "internal://" + guid + ".txt");
        xml.WriteAttributeString("creatingUser", user);
        xml.WriteAttributeString("creationDateTime", when);
        var description = new StringBuilder();
        description.Append(CultureInfo.InvariantCulture, $"{row.Title ?? row.File}. Kind: {row.Kind}.");
        if (row.Period is not null)
        {
            description.Append(CultureInfo.InvariantCulture, $" Period: {row.Period}.");
        }

        description.Append(CultureInfo.InvariantCulture, $" Read from {row.Path} (SHA-256 {row.Sha256}).");
        xml.WriteElementString("Description", Namespace, Clean(description.ToString()));

        var selections = new List<(int Start, int End, Action Write)>();
        var blocks = document.Source.Blocks;
        foreach (var entry in cases)
        {
            foreach (var (_, _, section) in entry.Sections.Where(s => s.Document == d && s.Section.BlockCount > 0))
            {
                var start = blocks[section.FirstBlock].Source.Start;
                var end = blocks[section.EndBlock - 1].Source.End;
                var sectionGuid = SectionGuid(row.Id, section);
                selections.Add((start, end, () =>
                {
                    StartSelection(xml, sectionGuid, Clean($"{entry.Council.Name}: section {section.Index} of {row.File}"), position(start), position(end), user, when);
                    xml.WriteElementString("Description", Namespace, Clean($"The {entry.Council.Name} section of {row.File} (blocks {section.FirstBlock}-{section.EndBlock - 1})."));
                    xml.WriteEndElement();
                }));
            }
        }

        foreach (var passage in themesByDoc[row.Id].GroupBy(t => t.Place.Block!.Value))
        {
            var first = passage.First();
            var themes = passage.OrderBy(t => t.Rank).ToList();
            var selectionGuid = PassageGuid(row.Id, passage.Key);
            selections.Add((first.Place.Start, first.Place.End, () =>
            {
                var where = first.Place.Page is { } page ? $"p.{page}" : first.Place.Line is { } line ? $"line {line}" : $"block {passage.Key}";
                StartSelection(xml, selectionGuid, Clean($"{row.File} {where}"), position(first.Place.Start), position(first.Place.End), user, when);
                xml.WriteElementString("Description", Namespace, Clean(
                    "Themes: " + string.Join(", ", themes.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Theme} {t.Score:0.###}"))) + $" ({first.Place.Extractor})."));
                foreach (var theme in themes)
                {
                    xml.WriteStartElement("Coding", Namespace);
                    xml.WriteAttributeString("guid", DeterministicGuid.For("coding", string.Create(CultureInfo.InvariantCulture, $"{row.Id}:{passage.Key}:{theme.Theme}")));
                    xml.WriteAttributeString("creatingUser", user);
                    xml.WriteAttributeString("creationDateTime", when);
                    xml.WriteStartElement("CodeRef", Namespace);
                    xml.WriteAttributeString("targetGUID", CodeGuid(theme.Theme));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }));
        }

        foreach (var selection in selections.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            selection.Write();
        }

        xml.WriteEndElement();
    }

    private static void StartSelection(XmlWriter xml, string guid, string name, int start, int end, string user, string when)
    {
        xml.WriteStartElement("PlainTextSelection", Namespace);
        xml.WriteAttributeString("guid", guid);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("startPosition", start.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("endPosition", end.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("creatingUser", user);
        xml.WriteAttributeString("creationDateTime", when);
    }

    /// <summary>Maps a UTF-16 offset of <paramref name="text"/> to the number of Unicode code points before it (REFI-QDA counts characters, not code units).</summary>
    internal static Func<int, int> CodePointCounter(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return offset => offset;
        }

        var before = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            before[i + 1] = before[i] + (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0 : 1);
        }

        return offset => before[Math.Clamp(offset, 0, text.Length)];
    }

    /// <summary>Drops characters XML 1.0 cannot hold (control characters, lone surrogates).</summary>
    internal static string Clean(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = XmlConvert.IsXmlChar(text[i]) || (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]) && ++i > 0);
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }

        return builder.ToString();
    }
}
