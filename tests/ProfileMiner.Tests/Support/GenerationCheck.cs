using System.Security.Cryptography;
using ProfileMiner.Output;

namespace ProfileMiner.Tests.Support;

/// <summary>Checks that an output folder shows one whole generation of a run's outputs.</summary>
internal static class GenerationCheck
{
    /// <summary>
    /// The id of the generation the folder shows, after checking that every output it shows (every
    /// file under its top-level outputs) is named by that generation's manifest with the same
    /// SHA-256, and that every file the manifest names is shown: no mix of two runs, nothing missing.
    /// </summary>
    public static string AssertWhole(string outputFolder, params string[] ignore)
    {
        var manifest = OutputGeneration.ReadManifest(outputFolder);
        Assert.True(manifest is not null, "no generation.json in " + outputFolder);
        var listed = manifest.Files.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var shown = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(outputFolder))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || OutputGeneration.StateFiles.Contains(name) || ignore.Contains(name))
            {
                continue;
            }

            var files = Directory.Exists(entry) ? Directory.EnumerateFiles(entry, "*", SearchOption.AllDirectories) : [entry];
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(outputFolder, file).Replace(Path.DirectorySeparatorChar, '/');
                if (relative == OutputGeneration.ManifestName)
                {
                    continue;
                }

                shown.Add(relative);
                Assert.True(listed.TryGetValue(relative, out var sha), $"{relative} is not in generation {manifest.Id}: a mix of two runs");
                using var stream = File.OpenRead(file);
                Assert.True(sha == Convert.ToHexStringLower(SHA256.HashData(stream)), $"{relative} is not generation {manifest.Id}'s: a mix of two runs");
            }
        }

        Assert.Equal(listed.Keys.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        return manifest.Id;
    }
}
