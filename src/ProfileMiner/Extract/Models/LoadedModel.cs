namespace ProfileMiner.Extract.Models;

/// <summary>A model a <see cref="ModelStore"/> loaded: which file, where from, and a hash of its bytes to tell two copies apart.</summary>
/// <param name="File">The model's file name (<see cref="ModelStore.ThemesFile"/> or <see cref="ModelStore.ClaimsFile"/>).</param>
/// <param name="From">The path it was read from (relative to the working folder when below it), or <c>built-in</c>.</param>
/// <param name="Sha256">The SHA-256 of the zip's bytes, lower-case hex.</param>
public sealed record LoadedModel(string File, string From, string Sha256);
