using System.Text;
using ProfileMiner.IO;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_whose_callback_throws_leaves_the_old_file_and_no_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("out/data.jsonl", "old content\n");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half of the new con"u8);
            stream.Flush();
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("writer failed", error.Message);
        Assert.Equal("old content\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.File("out")));
    }

    [Fact]
    public void A_failed_first_write_creates_no_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("new/data.jsonl");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, _ => throw new IOException("disk full")));

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(temp.File("new")));
    }

    [Fact]
    public void A_successful_write_replaces_the_file_and_leaves_no_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("data.jsonl", "old content that is longer than the new one\n");

        AtomicFile.Write(path, stream => stream.Write("new\n"u8));

        Assert.Equal("new\n", File.ReadAllText(path, Encoding.UTF8));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Missing_folders_are_created()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "a", "b", "c.txt");

        AtomicFile.Write(path, stream => stream.WriteByte((byte)'x'));

        Assert.Equal("x", File.ReadAllText(path));
    }

    [Fact]
    public void The_temp_name_is_hidden_beside_the_target_and_unique()
    {
        var target = Path.Combine(Path.GetTempPath(), "documents.jsonl");

        var first = AtomicFile.TempPathFor(target);
        var second = AtomicFile.TempPathFor(target);

        Assert.Equal(Path.GetDirectoryName(target), Path.GetDirectoryName(first));
        Assert.StartsWith(".documents.jsonl.", Path.GetFileName(first), StringComparison.Ordinal);
        Assert.EndsWith(".tmp", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }
}
