using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileMiner.Report;

/// <summary>
/// Finds the digest's templates and the partials they include: beside a user's own template first, then in the
/// shipped template folder (<c>templates/</c> in the current directory, else beside the application), then among the
/// copies built into the library, so the report works from any directory and from a fresh clone.
/// </summary>
internal sealed class ReportTemplateLoader : ITemplateLoader
{
    private const string EmbeddedPrefix = "ProfileMiner.Templates/";
    private const string EmbeddedScheme = "embedded:";
    private static readonly Assembly s_assembly = typeof(ReportTemplateLoader).Assembly;
    private static readonly HashSet<string> s_embedded = s_assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        .Select(n => n[EmbeddedPrefix.Length..].Replace('\\', '/'))
        .ToHashSet(StringComparer.Ordinal);

    private readonly string[] _folders;

    // Every include asks for its path again (a citation partial is included once per row), so lookups are cached.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _resolved = new(StringComparer.Ordinal);

    /// <param name="userFolder">The folder of a user's own template, searched first; or null.</param>
    /// <param name="shippedFolder">The shipped templates' folder; null to look for <c>templates/</c> here, then beside the application.</param>
    public ReportTemplateLoader(string? userFolder, string? shippedFolder)
    {
        var folders = new List<string>();
        if (userFolder is not null)
        {
            folders.Add(Path.GetFullPath(userFolder));
        }

        var shipped = shippedFolder ?? FindShippedFolder();
        if (shipped is not null)
        {
            folders.Add(Path.GetFullPath(shipped));
        }

        _folders = [.. folders.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The main template of a format as the shipped set names it.</summary>
    public static string MainName(ReportFormat format) => format == ReportFormat.Html ? "themes.html.scriban" : "themes.md.scriban";

    /// <summary>The path (a file path, or <c>embedded:name</c>) a template name resolves to, or null.</summary>
    public string? Resolve(string name) => _resolved.GetOrAdd(name, Find);

    private string? Find(string name)
    {
        var relative = name.Replace('\\', '/').TrimStart('/');
        foreach (var folder in _folders)
        {
            var path = Path.GetFullPath(Path.Combine(folder, relative));
            if (File.Exists(path))
            {
                return path;
            }
        }

        return s_embedded.Contains(relative) ? EmbeddedScheme + relative : null;
    }

    /// <summary>Reads a path returned by <see cref="Resolve"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string Read(string path)
    {
        if (path.StartsWith(EmbeddedScheme, StringComparison.Ordinal))
        {
            using var stream = s_assembly.GetManifestResourceStream(EmbeddedPrefix + path[EmbeddedScheme.Length..])
                ?? throw new FileNotFoundException("no built-in template " + path);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        return File.ReadAllText(path);
    }

    /// <summary>The path as error messages show it: relative to the current directory when below it, <c>templates/x</c> for a built-in copy.</summary>
    public static string Display(string path)
    {
        if (path.StartsWith(EmbeddedScheme, StringComparison.Ordinal))
        {
            return "templates/" + path[EmbeddedScheme.Length..];
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Resolve(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"no template '{templateName}' to include (looked in {string.Join(", ", _folders.Select(Display).Append("the built-in templates"))})");

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Read(templatePath));

    private static string? FindShippedFolder()
    {
        foreach (var root in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var folder = Path.Combine(root, "templates");
            if (File.Exists(Path.Combine(folder, MainName(ReportFormat.Html))))
            {
                return folder;
            }
        }

        return null;
    }
}
