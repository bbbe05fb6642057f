using System.Reflection;

namespace ProfileMiner.IO;

/// <summary>Reads the text files embedded in the library (the registry, lexicons, word lists).</summary>
internal static class EmbeddedText
{
    /// <summary>The UTF-8 text of the embedded resource <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The build did not embed it.</exception>
    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
