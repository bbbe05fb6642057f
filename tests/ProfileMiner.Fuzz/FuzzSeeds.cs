namespace ProfileMiner.Fuzz;

/// <summary>
/// The files a campaign mutates: the corpus PDFs, the seed and real-document texts, and the
/// repository's own Markdown (its docs), all from the checkout; with <c>--shared</c>, also the real
/// council PDFs in <c>../shared/pdf-real</c> when they are there.
/// </summary>
internal sealed class FuzzSeeds
{
    private FuzzSeeds(IReadOnlyList<(string Name, byte[] Bytes)> pdfs, IReadOnlyList<(string Name, byte[] Bytes)> texts, IReadOnlyList<(string Name, byte[] Bytes)> markdown)
    {
        Pdfs = pdfs;
        Texts = texts;
        Markdown = markdown;
    }

    public IReadOnlyList<(string Name, byte[] Bytes)> Pdfs { get; }

    public IReadOnlyList<(string Name, byte[] Bytes)> Texts { get; }

    public IReadOnlyList<(string Name, byte[] Bytes)> Markdown { get; }

    /// <summary>Loads the seeds under the repository root <paramref name="root"/> (the folder holding ProfileMiner.sln).</summary>
    public static FuzzSeeds Load(string root, bool shared, int maxTextBytes = int.MaxValue, long maxPdfBytes = 4 * 1024 * 1024)
    {
        var pdfFolders = new List<string> { Path.Combine(root, "corpus", "pdf") };
        if (shared)
        {
            pdfFolders.Add(Path.Combine(root, "..", "shared", "pdf-real"));
        }

        var pdfs = Read(pdfFolders, "*.pdf", maxBytes: maxPdfBytes);
        var texts = Cut(Read([Path.Combine(root, "seeds"), Path.Combine(root, "corpus", "real", "docs")], "*.txt", maxBytes: 512 * 1024), maxTextBytes);
        var markdown = Cut(Read([Path.Combine(root, "docs")], "*.md", maxBytes: 256 * 1024), maxTextBytes);
        if (pdfs.Count == 0 || texts.Count == 0 || markdown.Count == 0)
        {
            throw new InvalidOperationException($"no seeds under {root} (corpus/pdf, seeds, docs)");
        }

        return new FuzzSeeds(pdfs, texts, markdown);
    }

    /// <summary>The repository root above <paramref name="start"/>.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProfileMiner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProfileMiner.sln not found above " + start);
    }

    // A short campaign mutates the start of each text: the same kinds of damage, less text to read.
    private static List<(string Name, byte[] Bytes)> Cut(List<(string Name, byte[] Bytes)> seeds, int maxBytes) =>
        [.. seeds.Select(s => (s.Name, s.Bytes.Length <= maxBytes ? s.Bytes : s.Bytes[..maxBytes]))];

    private static List<(string Name, byte[] Bytes)> Read(IEnumerable<string> folders, string pattern, long maxBytes) =>
        [.. folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, pattern, SearchOption.AllDirectories))
            .Where(f => new FileInfo(f).Length <= maxBytes)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
}
