using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileMiner.Report;

/// <summary>
/// Parses a digest template and renders it over a <see cref="ReportModel"/> to a string. A template that does not
/// parse or fails while rendering gives one diagnostic naming the file, line and column, and no text.
/// </summary>
internal static class ReportRenderer
{
    /// <summary>Output past this many characters stops the render (a runaway template), far above any real digest.</summary>
    private const int OutputLimit = 512 * 1024 * 1024;

    /// <summary>Parses the template at <paramref name="path"/> (a path from <see cref="ReportTemplateLoader.Resolve"/>), or adds PM5001.</summary>
    public static Template? Parse(string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = ReportTemplateLoader.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateNotFound, $"cannot read the template ({e.Message})", Provenance.ForFile(ReportTemplateLoader.Display(path))));
            return null;
        }

        var template = Template.Parse(text, ReportTemplateLoader.Display(path));
        if (template.HasErrors)
        {
            var error = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) ?? template.Messages[0];
            diagnostics.Add(At(DiagnosticCodes.TemplateParseError, error.Span, "template does not parse", error.Message, path));
            return null;
        }

        return template;
    }

    /// <summary>Renders <paramref name="template"/>; on failure adds PM5002 and returns null.</summary>
    public static string? Render(Template template, string path, ReportModel model, ReportFormat format, ReportTemplateLoader loader, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        globals["report"] = model;
        globals["format"] = format == ReportFormat.Html ? "html" : "md";
        var functions = new ScriptObject();
        functions.Import(typeof(ReportTemplateFunctions), renamer: StandardMemberRenamer.Default);
        globals["pm"] = functions;

        // Deviation: Scriban's defaults cap loops at 1,000 iterations in all and output at 1 MiB, sized for
        // web snippets; a digest of a large corpus loops over thousands of passages.
        var context = new TemplateContext
        {
            TemplateLoader = loader,
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = OutputLimit,
            RecursiveLimit = 100,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(At(DiagnosticCodes.TemplateRenderError, e.Span, "template failed", e.OriginalMessage, path));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or OverflowException or NullReferenceException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRenderError,
                $"template failed ({e.GetType().Name}: {e.Message}); no report written", Provenance.ForFile(ReportTemplateLoader.Display(path))));
            return null;
        }
    }

    private static Diagnostic At(string code, SourceSpan span, string what, string message, string fallbackPath)
    {
        // Scriban counts lines and columns from 0; editors and compilers from 1.
        var file = string.IsNullOrEmpty(span.FileName) ? ReportTemplateLoader.Display(fallbackPath) : span.FileName;
        var line = span.Start.Line + 1;
        var column = span.Start.Column + 1;
        var text = string.Create(CultureInfo.InvariantCulture, $"{what} at line {line}, column {column}: {message.Trim()}; no report written");
        return new Diagnostic(Severity.Error, code, text, new Provenance(file, null, line, 0, 0));
    }
}
