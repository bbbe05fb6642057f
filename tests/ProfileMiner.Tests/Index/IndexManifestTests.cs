using ProfileMiner.Index;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Index;

/// <summary>An index's manifest: written by the serializer, read back by a plain JSON reader.</summary>
public sealed class IndexManifestTests
{
    [Fact]
    public void A_written_manifest_reads_back_equal_and_a_damaged_one_reads_as_none()
    {
        using var temp = new TempDirectory();
        var written = new IndexManifest
        {
            Format = IndexManifest.CurrentFormat, Passages = 1915, Groups = 1158, Documents = 6, Stemmer = "kstem", Synonyms = true,
            Fingerprint = "1860be2de639ee3c", Built = new DateTimeOffset(2026, 12, 7, 21, 58, 57, 754, TimeSpan.Zero).AddTicks(9198),
        };
        written.Write(temp.Path);

        Assert.Equal(written, IndexManifest.Read(temp.Path));

        var path = Path.Combine(temp.Path, IndexManifest.FileName);
        File.WriteAllText(path, "{\"format\": 4, \"later\": {\"a\": [1, 2]}, \"stemmer\": \"none\"}");
        Assert.Equal(new IndexManifest { Format = 4, Stemmer = "none" }, IndexManifest.Read(temp.Path));

        foreach (var damaged in new[] { "{\"format\": 4, \"passages\": ", "{\"format\": \"four\"}", "[4]", string.Empty })
        {
            File.WriteAllText(path, damaged);
            Assert.Null(IndexManifest.Read(temp.Path));
        }

        File.Delete(path);
        Assert.Null(IndexManifest.Read(temp.Path));
    }
}
