using System.Collections.Immutable;
using ProfileMiner.Model;

namespace ProfileMiner.Report;

/// <summary>Settings of the themes digest (<see cref="ReportPublisher"/>).</summary>
public sealed record ReportOptions
{
    /// <summary>Both formats from the shipped templates, every council and theme.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The digest's title, shown as its first heading.</summary>
    public string Title { get; init; } = "Adult social care: what councils say";

    /// <summary>The formats to write, in order.</summary>
    public ImmutableArray<ReportFormat> Formats { get; init; } = [ReportFormat.Html, ReportFormat.Markdown];

    /// <summary>Only these councils (canonical name, name as written or GSS code, any case); empty for all.</summary>
    public ImmutableArray<string> Councils { get; init; } = [];

    /// <summary>Only councils of these regions (e.g. <c>North West</c>, any case); empty for all.</summary>
    public ImmutableArray<string> Regions { get; init; } = [];

    /// <summary>Only these themes (id such as <c>carers</c>, or name, any case); empty for all.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>
    /// A template of the user's own, used instead of the shipped one for every format in <see cref="Formats"/>;
    /// its <c>include</c>s are looked up beside it first, then among the shipped templates. Null for the shipped templates.
    /// </summary>
    public string? TemplateFile { get; init; }

    /// <summary>
    /// The folder of the shipped templates. Null looks for <c>templates/</c> in the current directory, then beside
    /// the application, then uses the copies built into the library.
    /// </summary>
    public string? TemplateFolder { get; init; }

    /// <summary>The subfolder of the output folder the digest is written to.</summary>
    public string OutputSubfolder { get; init; } = "report";

    /// <summary>Quotes shown per theme (the most representative passages), at most one per council while others remain.</summary>
    public int QuotesPerTheme { get; init; } = 5;

    /// <summary>Metrics, and claims of each polarity, listed per theme (the total is always given).</summary>
    public int ItemsPerTheme { get; init; } = 12;

    /// <summary>
    /// The least confidence of a metric or claim the digest shows; the default leaves out the lowest
    /// band (<see cref="Extraction.HalfParsedConfidence"/> and below: half-parsed figures, unchecked OCR),
    /// which the exports keep.
    /// </summary>
    public double MinConfidence { get; init; } = 0.6;

    /// <summary>Characters of a passage shown in a quote before it is cut at a word (the full text is in the appendix).</summary>
    public int QuoteLength { get; init; } = 320;
}
