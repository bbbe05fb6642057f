namespace ProfileMiner.Tests.Support;

internal static class PathExtensions
{
    /// <summary>Creates the folder of <paramref name="path"/> and returns the path.</summary>
    public static string EnsureFolder(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
