namespace ProfileMiner.Report;

/// <summary>An output format of the themes digest.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML file, <c>themes.html</c>.</summary>
    Html,

    /// <summary>Markdown, <c>themes.md</c>.</summary>
    Markdown,
}
