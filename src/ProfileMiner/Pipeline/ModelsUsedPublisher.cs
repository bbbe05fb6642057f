using System.Collections.Immutable;
using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Extract.Models;
using ProfileMiner.IO;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Pipeline;

/// <summary>
/// Writes <c>models-used.json</c> beside a run's outputs: which model files the run's extractors
/// loaded, from where, and the SHA-256 of each, so a reader of <c>themes.jsonl</c> or
/// <c>claims.jsonl</c> can tell which model made them, and <c>eval</c> can tell whether it scores
/// the same claim model the run used.
/// </summary>
/// <example>
/// <code>{"models":[{"file":"claims.zip","from":"models/claims.zip","sha256":"3f…"},{"file":"themes.zip","from":"built-in","sha256":"a9…"}]}</code>
/// </example>
public sealed class ModelsUsedPublisher(ModelStore store) : ICorpusPublisher
{
    /// <summary>The file name under the output folder.</summary>
    public const string FileName = "models-used.json";

    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    private readonly ModelStore _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <inheritdoc />
    public string Name => "models";

    /// <inheritdoc />
    public IReadOnlyList<string> Publish(RunTables tables, string outputFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var path = Path.Combine(outputFolder, FileName);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, new ModelsUsed([.. _store.Loaded]), s_json));
        return [path];
    }

    /// <summary>
    /// The models a run in <paramref name="outputFolder"/> recorded, or null when it recorded none (a
    /// run from before this file, or with <c>ingest</c> only). A file that cannot be read is one
    /// warning in <paramref name="diagnostics"/>, and null.
    /// </summary>
    public static IReadOnlyList<LoadedModel>? Read(string outputFolder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var used = JsonSerializer.Deserialize<ModelsUsed>(File.ReadAllText(path), s_json);
            if (used?.Models is { } models && models.All(m => m is { File: not null, From: not null, Sha256: not null }))
            {
                return models;
            }

            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.BadJsonLine, "not the list of models a run writes (each with file, from and sha256); ignored (write it again with 'profileminer run')", Provenance.ForFile(path)));
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.BadJsonLine, $"not the list of models a run writes (line {(e.LineNumber ?? 0) + 1}); ignored (write it again with 'profileminer run')", Provenance.ForFile(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.BadJsonLine, $"cannot be read ({e.Message.TrimEnd('.')}); ignored", Provenance.ForFile(path)));
        }

        return null;
    }

    private sealed record ModelsUsed(ImmutableArray<LoadedModel> Models);
}
