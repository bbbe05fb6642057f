using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Directory = System.IO.Directory;

namespace ProfileMiner.EndToEnd.Tests;

/// <summary>
/// Every output of a run over the default corpus (seeds/ and corpus/), byte for byte against the
/// SHA-256s in <c>Fixtures/default-run.sha256</c>. A change inside the pipeline that should not change
/// what users get (a refactor, a faster path) must leave this passing. A change that means to change an
/// output (a better rule, a new column) rewrites the fixture on purpose:
/// <c>PROFILEMINER_UPDATE_FIXTURES=1 dotnet test tests/ProfileMiner.EndToEnd.Tests -c Release --filter DefaultRunOutputTests</c>,
/// and the diff of the fixture shows which files it changed.
/// </summary>
/// <remarks>
/// Only what a run stamps with the time, the build or the machine is left out or blanked:
/// <c>generation.json</c>; in <c>index/index.json</c> the <c>built</c> time and the <c>fingerprint</c>
/// (a cache key that holds the build's id); the creation time in the .qdpx's project (whose zip entries
/// are compared by content, not by their zip dates). The Lucene index is compared by what it holds
/// (every stored field of every passage and every term with its document frequency, the checkout's
/// folder written as <c>&lt;root&gt;</c> in the absolute source paths), not by its segment files.
/// </remarks>
public sealed partial class DefaultRunOutputTests
{
    private static readonly string s_fixture = Path.Combine(RepoPaths.Root, "tests", "ProfileMiner.EndToEnd.Tests", "Fixtures", "default-run.sha256");

    [Fact]
    public async Task A_run_over_the_default_corpus_writes_the_outputs_of_the_fixture_byte_for_byte()
    {
        // Inside the repository, so the digest's relative links to the source PDFs are the same on every machine.
        var output = Path.Combine(RepoPaths.Root, ".test-out-" + Guid.NewGuid().ToString("N")[..12]);
        SortedDictionary<string, string> actual;
        try
        {
            var run = await ChildCli.RunAsync(RepoPaths.Root, "run", "--out", output);
            Assert.True(run.ExitCode == 0, run.ToString());
            actual = Fingerprint(output);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }

        if (Environment.GetEnvironmentVariable("PROFILEMINER_UPDATE_FIXTURES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(s_fixture)!);
            File.WriteAllLines(s_fixture, actual.Select(p => $"{p.Value}  {p.Key}"));
            return;
        }

        var expected = File.ReadAllLines(s_fixture)
            .Where(l => l.Length > 0)
            .Select(l => l.Split("  ", 2))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        var missing = expected.Keys.Except(actual.Keys, StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(expected.Keys, StringComparer.Ordinal).ToList();
        var changed = expected.Keys.Intersect(actual.Keys, StringComparer.Ordinal).Where(k => expected[k] != actual[k]).ToList();
        Assert.True(missing.Count + extra.Count + changed.Count == 0,
            $"outputs differ from the fixture: changed [{string.Join(", ", changed)}], missing [{string.Join(", ", missing)}], new [{string.Join(", ", extra)}]. " +
            "If the change is meant, rewrite the fixture with PROFILEMINER_UPDATE_FIXTURES=1 (see this class's summary).");
    }

    [Fact]
    public void The_fingerprint_sees_a_changed_byte_and_ignores_only_the_run_time()
    {
        using var temp = new TempDirectory();
        var folder = temp.File("out");
        Directory.CreateDirectory(Path.Combine(folder, "index"));
        File.WriteAllText(Path.Combine(folder, "metrics.jsonl"), "{\"value\":41}\n");
        File.WriteAllText(Path.Combine(folder, "generation.json"), "{\"built\":\"2026-01-01\"}");
        File.WriteAllText(Path.Combine(folder, "index", "index.json"), "{\"built\":\"2026-01-01T00:00:00Z\",\"passages\":3}");
        var before = Fingerprint(folder);

        File.WriteAllText(Path.Combine(folder, "generation.json"), "{\"built\":\"2026-02-02\"}");
        File.WriteAllText(Path.Combine(folder, "index", "index.json"), "{\"built\":\"2026-02-02T00:00:00Z\",\"passages\":3}");
        Assert.Equal(before, Fingerprint(folder));

        File.WriteAllText(Path.Combine(folder, "index", "index.json"), "{\"built\":\"2026-02-02T00:00:00Z\",\"passages\":4}");
        Assert.NotEqual(before["index/index.json"], Fingerprint(folder)["index/index.json"]);
        File.WriteAllText(Path.Combine(folder, "metrics.jsonl"), "{\"value\":42}\n");
        Assert.NotEqual(before["metrics.jsonl"], Fingerprint(folder)["metrics.jsonl"]);
    }

    /// <summary>SHA-256 of each output file under <paramref name="output"/> (the dot-named bookkeeping left out), by path with '/'.</summary>
    private static SortedDictionary<string, string> Fingerprint(string output)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(output).Where(e => !Path.GetFileName(e).StartsWith('.')))
        {
            var files = Directory.Exists(entry) ? Directory.EnumerateFiles(entry, "*", SearchOption.AllDirectories) : [entry];
            foreach (var file in files)
            {
                var name = Path.GetRelativePath(output, file).Replace('\\', '/');
                if (name == "generation.json" || (name.StartsWith("index/", StringComparison.Ordinal) && name != "index/index.json"))
                {
                    continue;
                }

                result[name] = Convert.ToHexStringLower(Content(name, file));
            }
        }

        if (IndexContent(Path.Combine(output, "index")) is { } index)
        {
            result["index/ (what it holds)"] = Convert.ToHexStringLower(index);
        }

        return result;
    }

    private static byte[]? IndexContent(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        using var reader = DirectoryReader.Open(directory);
        var text = new StringBuilder();
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            foreach (var field in reader.Document(i).Fields)
            {
                var value = field.GetStringValue(CultureInfo.InvariantCulture);
                text.Append(field.Name).Append('=').Append(value?.Replace(RepoPaths.Root, "<root>", StringComparison.Ordinal)).Append('\n');
            }

            text.Append('\n');
        }

        var fields = MultiFields.GetFields(reader);
        foreach (var name in fields)
        {
            var terms = fields.GetTerms(name).GetEnumerator();
            while (terms.MoveNext())
            {
                var term = terms.Term;
                var bytes = Encoding.UTF8.GetString(term.Bytes, term.Offset, term.Length).Replace(RepoPaths.Root, "<root>", StringComparison.Ordinal);
                text.Append(name).Append(':').Append(bytes).Append(' ').Append(terms.DocFreq).Append('\n');
            }
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static byte[] Content(string name, string file)
    {
        if (name.EndsWith(".qdpx", StringComparison.Ordinal))
        {
            using var zip = ZipFile.OpenRead(file);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var reader = new StreamReader(entry.Open());
                var body = CreationTime().Replace(reader.ReadToEnd(), "creationDateTime=\"\"");
                text.Append(entry.FullName).Append('\n').Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))).Append('\n');
            }

            return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        }

        if (name == "index/index.json")
        {
            var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            json.Remove("built");
            json.Remove("fingerprint");
            return SHA256.HashData(Encoding.UTF8.GetBytes(json.ToJsonString()));
        }

        using var stream = File.OpenRead(file);
        return SHA256.HashData(stream);
    }

    [GeneratedRegex("creationDateTime=\"[^\"]*\"")]
    private static partial Regex CreationTime();
}
