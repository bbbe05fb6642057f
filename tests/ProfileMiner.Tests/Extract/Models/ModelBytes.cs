using ProfileMiner.Extract.Models;

namespace ProfileMiner.Tests.Extract.Models;

/// <summary>The bytes a model saves, to compare two saves.</summary>
internal static class ModelBytes
{
    public static byte[] Of(ThemeModel model) => Of(model.Save);

    public static byte[] Of(ClaimModel model) => Of(model.Save);

    private static byte[] Of(Action<Stream> save)
    {
        using var stream = new MemoryStream();
        save(stream);
        return stream.ToArray();
    }
}
