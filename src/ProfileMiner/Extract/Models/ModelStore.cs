using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Themes;
using ProfileMiner.Model;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Finds the trained models: <c>themes.zip</c> and <c>claims.zip</c> in a models folder (by
/// default <c>models/</c> under the working folder, as <c>profileminer train</c> writes it), else
/// the copies built into the library from the repository's <c>models/</c>, so a fresh checkout runs
/// without training. Loaded models are cached per store.
/// </summary>
/// <remarks>
/// A file in the folder that cannot be loaded (not a zip, a model of the other kind, one made for
/// other themes or columns) is an error for a store made for a folder the caller chose, and a
/// warning for <see cref="Default"/> (or a store made with <c>fallBackOnError</c>): the warning is
/// kept in <see cref="Diagnostics"/> and the built-in model is used instead.
/// </remarks>
public sealed class ModelStore
{
    /// <summary>The theme model's file name.</summary>
    public const string ThemesFile = "themes.zip";

    /// <summary>The claim model's file name.</summary>
    public const string ClaimsFile = "claims.zip";

    private const string BuiltIn = "built-in";

    private static readonly Lazy<ModelStore> s_default = new(() => new ModelStore(Path.Combine(Environment.CurrentDirectory, "models"), fallBackOnError: true));
    private readonly Lazy<ThemeModel?> _themes;
    private readonly Lazy<ClaimModel?> _claims;
    private readonly Lock _gate = new();
    private ImmutableArray<Diagnostic> _diagnostics = [];
    private ImmutableHashSet<string> _rejected = ImmutableHashSet<string>.Empty;
    private ImmutableDictionary<string, LoadedModel> _loaded = ImmutableDictionary<string, LoadedModel>.Empty;

    /// <summary>A store that looks in <paramref name="folder"/> first (null: built-in models only).</summary>
    /// <param name="folder">The models folder searched first, or null.</param>
    /// <param name="useEmbedded">Whether the built-in models are used when the folder lacks a file.</param>
    /// <param name="fallBackOnError">
    /// False: a file in <paramref name="folder"/> that cannot be loaded throws a PM3003 error. True: it
    /// becomes one PM3003 warning in <see cref="Diagnostics"/> and the built-in model (or, without
    /// <paramref name="useEmbedded"/>, none) is used instead.
    /// </param>
    public ModelStore(string? folder, bool useEmbedded = true, bool fallBackOnError = false)
    {
        Folder = folder;
        UseEmbedded = useEmbedded;
        FallBackOnError = fallBackOnError;
        _themes = new(() => Load(ThemesFile, "theme", s => ThemeModel.Load(s, ThemeCatalogue.Default), TryThemes));
        _claims = new(() => Load(ClaimsFile, "claim", s => ClaimModel.Load(s), TryClaims));
    }

    /// <summary>
    /// The store over <c>models/</c> in the working folder and the built-in models, as <c>run</c> uses
    /// it: a file there that cannot be loaded is a warning and the built-in model is used instead.
    /// </summary>
    public static ModelStore Default => s_default.Value;

    /// <summary>The folder searched first, or null.</summary>
    public string? Folder { get; }

    /// <summary>Whether the models built into the library are used when the folder lacks a file.</summary>
    public bool UseEmbedded { get; }

    /// <summary>Whether a file in <see cref="Folder"/> that cannot be loaded is a warning (and the built-in model is used) rather than an error.</summary>
    public bool FallBackOnError { get; }

    /// <summary>
    /// Warnings about model files in <see cref="Folder"/> that could not be loaded and were passed
    /// over (only with <see cref="FallBackOnError"/>), one per file, in file name order, once
    /// <see cref="Themes"/> or <see cref="Claims"/> has been read.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. _diagnostics.OrderBy(d => d.Where?.File, StringComparer.Ordinal)];

    /// <summary>The theme model, or null when there is none.</summary>
    /// <exception cref="ProfileMinerException">The file exists but cannot be read as a theme model (PM3003), and the store does not fall back.</exception>
    public ThemeModel? Themes => _themes.Value;

    /// <summary>The claim model, or null when there is none.</summary>
    /// <exception cref="ProfileMinerException">The file exists but cannot be read as a claim model (PM3003), and the store does not fall back.</exception>
    public ClaimModel? Claims => _claims.Value;

    /// <summary>
    /// The models this store has loaded so far (<see cref="Themes"/> and <see cref="Claims"/> load on
    /// first use), by file name, each with where it came from and the SHA-256 of its bytes.
    /// </summary>
    public IReadOnlyList<LoadedModel> Loaded => [.. _loaded.Values.OrderBy(m => m.File, StringComparer.Ordinal)];

    /// <summary>The SHA-256 of the model loaded from <paramref name="file"/> (<see cref="ThemesFile"/>, <see cref="ClaimsFile"/>), or null when none is.</summary>
    public string? Sha256Of(string file) => Loaded.FirstOrDefault(m => string.Equals(m.File, file, StringComparison.Ordinal))?.Sha256;

    /// <summary>What <see cref="Locate"/> gives, a path shown relative to the working folder when it lies below it.</summary>
    public string? Describe(string file)
    {
        var where = Locate(file);
        return where is null || where == BuiltIn ? where : Display(where);
    }

    /// <summary>
    /// Where <paramref name="file"/> is loaded from: a path, <c>built-in</c>, or null when absent. A
    /// folder file that was passed over as unreadable is not named.
    /// </summary>
    public string? Locate(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Folder is not null && File.Exists(Path.Combine(Folder, file)) && !_rejected.Contains(file))
        {
            return Path.Combine(Folder, file);
        }

        return UseEmbedded && Assembly.GetExecutingAssembly().GetManifestResourceInfo(ResourceName(file)) is not null ? BuiltIn : null;
    }

    private static string ResourceName(string file) => "ProfileMiner.Resources.models." + file;

    /// <summary>Scores one passage, so that a theme model which loads but cannot score is caught when it is loaded.</summary>
    private static void TryThemes(ThemeModel model) => _ = model.Score(["Carers were offered an assessment."], ThemeLexicon.Default);

    /// <summary>Classifies one sentence, so that a claim model which loads but cannot score is caught when it is loaded.</summary>
    private static void TryClaims(ClaimModel model) => _ = model.Predict(["Delayed transfers of care fell in 2016/17."]);

    private T? Load<T>(string file, string kind, Func<Stream, T> read, Action<T> check)
        where T : class
    {
        var where = Locate(file);
        if (where is null)
        {
            return null;
        }

        try
        {
            return Read(where, file, kind, read, check);
        }
        catch (ProfileMinerException e) when (where != BuiltIn && FallBackOnError)
        {
            lock (_gate)
            {
                _rejected = _rejected.Add(file);
            }

            var fallback = Locate(file);
            var instead = fallback is null ? $"running without a {kind} model" : $"using the built-in {kind} model instead";
            lock (_gate)
            {
                _diagnostics = _diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ModelUnreadable,
                    $"cannot load the {kind} model: {e.Diagnostics[0].Message}; {instead} (run 'profileminer train' to make it again)",
                    Provenance.ForFile(Display(where))));
            }

            return fallback is null ? null : Read(fallback, file, kind, read, check);
        }
        catch (ProfileMinerException e)
        {
            throw new ProfileMinerException(DiagnosticCodes.ModelUnreadable,
                $"cannot load the {kind} model {(where == BuiltIn ? "built into ProfileMiner" : Display(where))}: {e.Diagnostics[0].Message}; run 'profileminer train' to make it again");
        }
    }

    /// <summary>Loads and tries one model; any failure becomes a <see cref="ProfileMinerException"/> whose message says what is wrong, in words a user can act on.</summary>
    private T Read<T>(string where, string file, string kind, Func<Stream, T> read, Action<T> check)
    {
        T model;
        string sha256;
        try
        {
            using var bytes = new MemoryStream();
            using (var stream = where == BuiltIn
                ? Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName(file))!
                : File.OpenRead(where))
            {
                stream.CopyTo(bytes);
            }

            sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)));
            bytes.Position = 0;
            model = read(bytes);
        }
        catch (Exception e) when (e is (IOException and not EndOfStreamException) or UnauthorizedAccessException)
        {
            throw Problem($"the file cannot be read ({Message(e)})");
        }
        catch (Exception e) when (Find<InvalidDataException>(e) is { } zip)
        {
            throw Problem($"not a readable zip file ({Message(zip)})");
        }
        catch (ModelFormatException e)
        {
            throw Problem(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Problem($"not an ML.NET model this version of ProfileMiner can load ({Message(e)})");
        }

        try
        {
            check(model);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Problem($"not a {kind} model this version of ProfileMiner can use: it loads, but scoring a test sentence failed ({Message(e)})");
        }

        lock (_gate)
        {
            _loaded = _loaded.SetItem(file, new LoadedModel(file, where == BuiltIn ? BuiltIn : Display(where), sha256));
        }

        return model;

        ProfileMinerException Problem(string message) => new(DiagnosticCodes.ModelUnreadable, message);
        static string Message(Exception e) => e.Message.TrimEnd('.', ' ');
        static TException? Find<TException>(Exception? e)
            where TException : Exception
        {
            for (; e is not null; e = e.InnerException)
            {
                if (e is TException found)
                {
                    return found;
                }
            }

            return null;
        }
    }

    /// <summary>A path as the user would type it: relative to the working folder when it lies below it.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
