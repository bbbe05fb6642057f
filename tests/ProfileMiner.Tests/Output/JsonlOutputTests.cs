using System.Text.Json;
using ProfileMiner.Model;
using ProfileMiner.Output;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Output;

/// <summary>The field names and values of documents.jsonl and passages.jsonl, parsed with System.Text.Json.</summary>
public sealed class JsonlOutputTests(SeedRunFixture run) : IClassFixture<SeedRunFixture>
{
    private static readonly string[] s_requiredDocumentFields = ["id", "file", "path", "sha256", "format", "kind", "title", "period", "councils", "pages", "blocks"];

    private static readonly string[] s_documentFields = [.. s_requiredDocumentFields, "period_start", "period_end", "period_source", "meeting_date", "furniture", "sections", "duplicate_of", "issuer", "issuer_evidence", "mentions", "unattributed"];

    private static readonly string[] s_requiredPassageFields = ["doc", "council", "gss_code", "section", "kind", "text", "page", "line", "start", "end"];

    private static readonly string[] s_passageFields = [.. s_requiredPassageFields, "region", "section_id", "sentences", "ocr", "topic", "duplicate_of"];

    [Fact]
    public void Documents_have_exactly_the_documented_fields()
    {
        var documents = ReadLines(run.DocumentsJsonl);

        Assert.Equal(5, documents.Count);
        Assert.All(documents, d =>
        {
            var names = d.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            Assert.Superset(s_requiredDocumentFields.ToHashSet(StringComparer.Ordinal), names.ToHashSet(StringComparer.Ordinal));
            Assert.Equal(s_documentFields.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Passages_have_exactly_the_documented_fields()
    {
        var passages = ReadLines(run.PassagesJsonl);

        Assert.Equal(run.Result.Documents.Sum(d => d.Source.Blocks.Length), passages.Count);
        Assert.All(passages, p =>
        {
            var names = p.EnumerateObject().Select(q => q.Name).ToList();
            var expected = p.GetProperty("kind").GetString() == "table_row" ? [.. s_passageFields, "cells"] : s_passageFields;
            Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Document_values_match_the_run()
    {
        var documents = ReadLines(run.DocumentsJsonl).ToList();

        Assert.Equal(run.Result.Documents.Select(d => d.Source.File), documents.Select(d => d.GetProperty("file").GetString()));
        foreach (var (json, document) in documents.Zip(run.Result.Documents))
        {
            Assert.Equal(document.Source.Sha256, json.GetProperty("sha256").GetString());
            Assert.Equal(64, document.Source.Sha256.Length);
            Assert.Equal(document.Source.StableId(), json.GetProperty("id").GetString());
            Assert.Equal(DocumentKinds.Name(document.Kind), json.GetProperty("kind").GetString());
            Assert.Equal(document.Source.Blocks.Length, json.GetProperty("blocks").GetInt32());
            Assert.Equal(JsonValueKind.Null, json.GetProperty("pages").ValueKind);
            Assert.Equal(document.Title, json.GetProperty("title").GetString());
            Assert.Equal(document.Period?.Label, json.GetProperty("period").GetString());
            Assert.DoesNotContain('\\', json.GetProperty("path").GetString()!);
            Assert.Contains(json.GetProperty("format").GetString(), new[] { "text", "markdown" });
            Assert.Equal(document.Sections.Length, json.GetProperty("sections").GetArrayLength());
            var councils = json.GetProperty("councils").EnumerateArray().ToList();
            Assert.Equal(document.Councils.Select(c => c.GssCode), councils.Select(c => c.GetProperty("gss_code").GetString()));
            Assert.All(councils, c => Assert.Equal(["gss_code", "known", "name", "region"], c.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        }

        var regional = documents[1];
        Assert.Equal("2016/17", regional.GetProperty("period").GetString());
        Assert.Equal("2016-04-01", regional.GetProperty("period_start").GetString());
        Assert.Equal("2017-03-31", regional.GetProperty("period_end").GetString());
        Assert.Equal(23, regional.GetProperty("councils").GetArrayLength());
        Assert.Equal("improvement_profile", regional.GetProperty("kind").GetString());
    }

    [Fact]
    public void Passage_text_and_offsets_match_the_documents_text()
    {
        var texts = run.Result.Documents.ToDictionary(d => d.Source.File, d => d.Source.Text, StringComparer.Ordinal);

        foreach (var line in ReadLines(run.PassagesJsonl))
        {
            var text = texts[line.GetProperty("doc").GetString()!];
            var start = line.GetProperty("start").GetInt32();
            var end = line.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], line.GetProperty("text").GetString());
            Assert.True(line.GetProperty("line").GetInt32() >= 1);
            Assert.Equal(JsonValueKind.Null, line.GetProperty("page").ValueKind);
            Assert.Equal(JsonValueKind.Array, line.GetProperty("section").ValueKind);
            Assert.All(line.GetProperty("section").EnumerateArray(), h => Assert.Equal(JsonValueKind.String, h.ValueKind));
            Assert.Contains(line.GetProperty("kind").GetString(), new[] { "heading", "paragraph", "list_item", "table_row" });
            foreach (var sentence in line.GetProperty("sentences").EnumerateArray())
            {
                Assert.InRange(sentence[0].GetInt32(), start, end);
                Assert.InRange(sentence[1].GetInt32(), start, end);
            }
        }
    }

    [Fact]
    public void Passages_carry_their_council_and_code_and_front_matter_has_none()
    {
        var passages = ReadLines(run.PassagesJsonl).ToList();
        var regional = passages.Where(p => p.GetProperty("doc").GetString()!.StartsWith("001", StringComparison.Ordinal)).ToList();

        var contents = regional.First(p => p.GetProperty("text").GetString() == "CONTENTS");
        Assert.Equal(JsonValueKind.Null, contents.GetProperty("council").ValueKind);
        Assert.Equal(JsonValueKind.Null, contents.GetProperty("gss_code").ValueKind);

        var sthelens = regional.Where(p => p.GetProperty("council").GetString() == "St Helens").ToList();
        Assert.NotEmpty(sthelens);
        Assert.All(sthelens, p => Assert.Equal("E08000013", p.GetProperty("gss_code").GetString()));

        var lancashire = regional.First(p => p.GetProperty("council").GetString() == "Lancashire");
        Assert.Equal(SeedFiles.Name("000") + "#0", lancashire.GetProperty("duplicate_of").GetString());
    }

    [Fact]
    public void The_heading_path_holds_the_headings_above_a_passage()
    {
        var passages = ReadLines(run.PassagesJsonl).ToList();

        var item = passages.First(p => p.GetProperty("doc").GetString()!.StartsWith("000", StringComparison.Ordinal) && p.GetProperty("kind").GetString() == "list_item");

        // The council line is a plain paragraph in the seed, but it heads what follows.
        Assert.Equal(["Council Improvement Profiles", "LOCAL AUTHORITY : LANCASHIRE"], item.GetProperty("section").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public void Non_ascii_text_is_written_readably()
    {
        var text = File.ReadAllText(run.PassagesJsonl);

        Assert.Contains("£", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00A3", text, StringComparison.OrdinalIgnoreCase);
        Assert.All(File.ReadLines(run.PassagesJsonl), l => Assert.StartsWith("{", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BlockKind.Heading, "heading")]
    [InlineData(BlockKind.Paragraph, "paragraph")]
    [InlineData(BlockKind.ListItem, "list_item")]
    [InlineData(BlockKind.TableRow, "table_row")]
    public void Block_kind_names(BlockKind kind, string name)
    {
        Assert.Equal(name, BlockKinds.Name(kind));
    }

    private static List<JsonElement> ReadLines(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(Parse)];

    private static JsonElement Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }
}
