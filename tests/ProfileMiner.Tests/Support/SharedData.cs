namespace ProfileMiner.Tests.Support;

/// <summary>
/// Skips a test whose shared data (gold labels, real PDFs) is absent, with the reason; on CI
/// (<c>CI=true</c>) the data must be there, so the test fails instead of hiding behind a skip.
/// </summary>
internal static class SharedData
{
    public static void Require(bool present, string what)
    {
        if (present)
        {
            return;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"{what} is missing on CI: the shared data must sit beside the checkout (../shared)");
        Skip.If(true, $"{what} is not here: it is shared data, not part of the repository");
    }

    /// <summary>
    /// The names of the PDFs in a shared folder, in ordinal order, as theory data; when the folder is
    /// absent or empty, the one name <paramref name="absent"/>, so the theory runs once and skips.
    /// </summary>
    public static TheoryData<string> PdfNames(string folder, string absent)
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        if (data.Count == 0)
        {
            data.Add(absent);
        }

        return data;
    }
}
