namespace ProfileMiner.Tests.Support;

/// <summary>Locates the repository's folders from the test binary, and the shared data beside the checkout.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding ProfileMiner.sln.</summary>
    public static string Root => s_root.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string CorpusPdf => Path.Combine(Root, "corpus", "pdf");

    /// <summary>The shared data folder beside the checkout (gold labels, real PDFs); may be absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string RealPdfs => Path.Combine(Shared, "pdf-real");

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Seeds, prefix + "*").Single();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProfileMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ProfileMiner.sln not found above " + AppContext.BaseDirectory);
    }
}
