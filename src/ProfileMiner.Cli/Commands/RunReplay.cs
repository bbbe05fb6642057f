using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.IO;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// Lets a <c>run</c> over inputs that have not changed since the last run into the same folder finish
/// at once: the last run's summary and diagnostics are kept in
/// <c>&lt;out&gt;/.cache/run.json</c> with a fingerprint of everything its outputs depend on (the
/// program's build, the options, every input file's name and SHA-256, the manifests beside them, the
/// <c>models/</c> and <c>templates/</c> folders a run would read) and the size and time of every output
/// it wrote. When the fingerprint is the same and every output is still as written, nothing is read
/// or written again and the summary is printed as it was.
/// </summary>
internal static class RunReplay
{
    private const string FileName = "run.json";
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    /// <summary>The fingerprint of a run with <paramref name="settings"/>, or null when it cannot be taken (an input unreadable: the run will say so).</summary>
    public static string? Fingerprint(RunSettings settings, string command)
    {
        try
        {
            var text = new StringBuilder();
            text.AppendLine(typeof(RunReplay).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            text.AppendLine(typeof(ProfileMiner.Pipeline.Pipeline).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            text.AppendLine(JsonSerializer.Serialize(new { command, settings.Inputs, Output = Path.GetFullPath(settings.Output), settings.UseCache, settings.Extract, settings.Council, Cwd = Environment.CurrentDirectory }));
            var files = new PipelineBuilder().Build().ResolveInputs(settings.Inputs, new DiagnosticBag());
            foreach (var file in files)
            {
                Add(text, file);
            }

            // What a run reads besides its documents: manifests beside them, models and templates.
            var folders = settings.Inputs.Where(Directory.Exists)
                .SelectMany(d => Directory.EnumerateFiles(d, "profileminer.*", SearchOption.AllDirectories))
                .Concat(FilesOf(Path.Combine(Environment.CurrentDirectory, "models")))
                .Concat(FilesOf(Path.Combine(Environment.CurrentDirectory, "templates")))
                .Concat(FilesOf(Path.Combine(AppContext.BaseDirectory, "templates")));
            foreach (var file in folders.Order(StringComparer.Ordinal))
            {
                Add(text, file);
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The last run's record when it had <paramref name="fingerprint"/> and its outputs are as it left them.</summary>
    public static Record? TryLoad(string output, string fingerprint)
    {
        var path = Path.Combine(output, ".cache", FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var record = JsonSerializer.Deserialize<Record>(File.ReadAllText(path), s_json);
            if (record is null || !string.Equals(record.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                return null;
            }

            return record.Outputs.All(o => Stamp(o.Path) is { } now && now == (o.Bytes, o.Written)) ? record : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Keeps what a finished run printed, for the next run with the same fingerprint; a run that was cancelled or failed to write keeps nothing.</summary>
    public static void Save(string output, string fingerprint, RunSummary summary, IReadOnlyList<Diagnostic> diagnostics)
    {
        var outputs = new List<OutputStamp>();
        foreach (var file in summary.Outputs.SelectMany(Expand))
        {
            if (Stamp(file) is not { } stamp)
            {
                return;
            }

            outputs.Add(new OutputStamp(file, stamp.Bytes, stamp.Written));
        }

        try
        {
            var record = new Record(fingerprint, summary, [.. diagnostics], [.. outputs]);
            AtomicFile.Write(Path.Combine(output, ".cache", FileName), stream => JsonSerializer.Serialize(stream, record, s_json));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the next run's shortcut is lost.
        }
    }

    /// <summary>Forgets the last run (before a run that will replace its outputs).</summary>
    public static void Forget(string output)
    {
        try
        {
            File.Delete(Path.Combine(output, ".cache", FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static IEnumerable<string> Expand(string output) =>
        Directory.Exists(output) ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [output];

    private static (long Bytes, DateTime Written)? Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }

    private static IEnumerable<string> FilesOf(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories) : [];

    private static void Add(StringBuilder text, string file)
    {
        using var stream = File.OpenRead(file);
        text.Append(Path.GetFullPath(file)).Append('\t').AppendLine(Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    internal sealed record OutputStamp(string Path, long Bytes, DateTime Written);

    internal sealed record Record(string Fingerprint, RunSummary Summary, Diagnostic[] Diagnostics, OutputStamp[] Outputs);
}

/// <summary>What a run's summary says.</summary>
internal sealed record RunSummary(int Documents, int Unchanged, int Files, int Failed, int Pages, int Councils, int Sections, int Duplicates, string[] Unattributed, string[] ErrorFiles, int Errors, int Warnings, double Seconds, string[] Outputs, string? Generation)
{
    public static RunSummary Of(CorpusResult result) => new(
        result.Documents.Length,
        result.Cached,
        result.Files,
        result.Failed,
        result.Pages,
        result.Councils,
        result.Documents.Sum(d => d.Sections.Count(s => s.Council is not null)),
        result.Documents.Count(d => d.DuplicateOf is not null),
        [.. result.Documents.Where(d => d.Unattributed).Select(d => d.Source.File)],
        [.. result.Diagnostics.Where(d => d.Severity == Severity.Error && d.Code.StartsWith("PM1", StringComparison.Ordinal) && !string.IsNullOrEmpty(d.Where?.File))
            .Select(d => Path.GetFileName(d.Where!.Value.File)).Distinct(StringComparer.Ordinal)],
        result.Diagnostics.Count(d => d.Severity == Severity.Error),
        result.Diagnostics.Count(d => d.Severity == Severity.Warning),
        Math.Round(result.Elapsed.TotalSeconds, 3),
        [.. result.Outputs],
        result.Generation);
}
