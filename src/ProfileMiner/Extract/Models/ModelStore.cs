using System.Reflection;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Finds the trained models: <c>themes.zip</c> and <c>claims.zip</c> in a models folder (by
/// default <c>models/</c> under the working folder, as <c>profileminer train</c> writes it), else
/// the copies built into the library from the repository's <c>models/</c>, so a fresh checkout runs
/// without training. Loaded models are cached per store.
/// </summary>
public sealed class ModelStore
{
    /// <summary>The theme model's file name.</summary>
    public const string ThemesFile = "themes.zip";

    /// <summary>The claim model's file name.</summary>
    public const string ClaimsFile = "claims.zip";

    private static readonly Lazy<ModelStore> s_default = new(() => new ModelStore(Path.Combine(Environment.CurrentDirectory, "models")));
    private readonly Lazy<ThemeModel?> _themes;
    private readonly Lazy<ClaimModel?> _claims;

    /// <summary>A store that looks in <paramref name="folder"/> first (null: built-in models only).</summary>
    public ModelStore(string? folder, bool useEmbedded = true)
    {
        Folder = folder;
        UseEmbedded = useEmbedded;
        _themes = new(() => Load(ThemesFile, s => ThemeModel.Load(s, ThemeCatalogue.Default)));
        _claims = new(() => Load(ClaimsFile, s => ClaimModel.Load(s)));
    }

    /// <summary>The store over <c>models/</c> in the working folder and the built-in models.</summary>
    public static ModelStore Default => s_default.Value;

    /// <summary>The folder searched first, or null.</summary>
    public string? Folder { get; }

    /// <summary>Whether the models built into the library are used when the folder lacks a file.</summary>
    public bool UseEmbedded { get; }

    /// <summary>The theme model, or null when there is none.</summary>
    /// <exception cref="ProfileMinerException">The file exists but cannot be read as a theme model (PM3003).</exception>
    public ThemeModel? Themes => _themes.Value;

    /// <summary>The claim model, or null when there is none.</summary>
    /// <exception cref="ProfileMinerException">The file exists but cannot be read as a claim model (PM3003).</exception>
    public ClaimModel? Claims => _claims.Value;

    /// <summary>Where <paramref name="file"/> is loaded from: a path, <c>built-in</c>, or null when absent.</summary>
    public string? Locate(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Folder is not null && File.Exists(Path.Combine(Folder, file)))
        {
            return Path.Combine(Folder, file);
        }

        return UseEmbedded && Assembly.GetExecutingAssembly().GetManifestResourceInfo(ResourceName(file)) is not null ? "built-in" : null;
    }

    private static string ResourceName(string file) => "ProfileMiner.Resources.models." + file;

    private T? Load<T>(string file, Func<Stream, T> read)
        where T : class
    {
        var where = Locate(file);
        if (where is null)
        {
            return null;
        }

        try
        {
            using var stream = where == "built-in"
                ? Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName(file))!
                : File.OpenRead(where);
            return read(stream);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ProfileMinerException(DiagnosticCodes.ModelUnreadable,
                $"cannot read the model {(where == "built-in" ? "built-in " + file : where)} ({e.GetType().Name}: {e.Message}); run 'profileminer train' to make it again");
        }
    }
}
