namespace ProfileMiner.Tests.Report;

/// <summary>Compares text with a checked-in expected file; <c>PM_UPDATE_GOLDEN=1</c> rewrites it (refused on CI).</summary>
internal static class GoldenFile
{
    public static void Match(string expectedPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("PM_UPDATE_GOLDEN") == "1")
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "Golden files cannot be rewritten on CI.");
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"No golden file at {expectedPath}. Run once with PM_UPDATE_GOLDEN=1 and review the diff.");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{Path.GetFileName(expectedPath)} differs at line {line + 1}:\nexpected: {(line < e.Length ? e[line] : "<end>")}\nactual:   {(line < a.Length ? a[line] : "<end>")}\n(PM_UPDATE_GOLDEN=1 rewrites it; review the diff.)");
        }
    }
}
