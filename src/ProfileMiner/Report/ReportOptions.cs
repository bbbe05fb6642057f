using System.Collections.Immutable;
using ProfileMiner.Model;

namespace ProfileMiner.Report;

/// <summary>Settings of the themes digest (<see cref="ReportPublisher"/>).</summary>
public sealed record ReportOptions
{
    /// <summary>Both formats from the shipped templates, every council, theme, period and kind, within <see cref="DefaultPageBudget"/> pages.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The printed length the digest aims at by default: A4 pages of the HTML digest.</summary>
    public const int DefaultPageBudget = 25;

    /// <summary>The digest's title, shown as its first heading.</summary>
    public string Title { get; init; } = "Adult social care: what councils say";

    /// <summary>The formats to write, in order.</summary>
    public ImmutableArray<ReportFormat> Formats { get; init; } = [ReportFormat.Html, ReportFormat.Markdown];

    /// <summary>
    /// Only these councils: any spelling the council registry knows (<c>Lancashire County Council</c>, <c>St. Helens</c>,
    /// <c>KCC</c>), the name as written, or a GSS code, any case; empty for all. An unknown name is one warning naming the
    /// closest registry names.
    /// </summary>
    public ImmutableArray<string> Councils { get; init; } = [];

    /// <summary>Only councils of these regions (e.g. <c>North West</c>, any case); empty for all.</summary>
    public ImmutableArray<string> Regions { get; init; } = [];

    /// <summary>Only these themes (id such as <c>carers</c>, or name, any case); empty for all.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>
    /// Only documents whose period overlaps one of these: a financial year (<c>2016/17</c>), a year (<c>2016</c>), a span
    /// of years (<c>2015-2017</c>), a month range or a date, or a period label as <c>documents.jsonl</c> writes it;
    /// empty for all. A document that states no period is left out when any is given.
    /// </summary>
    public ImmutableArray<string> Periods { get; init; } = [];

    /// <summary>Only documents of these kinds (<c>improvement_profile</c>, <c>committee_report</c>, ... any spelling the kind table knows); empty for all.</summary>
    public ImmutableArray<string> Kinds { get; init; } = [];

    /// <summary>
    /// The length budget: the A4 pages the printed HTML digest should fit in. Quotes and claims per theme are cut, most
    /// representative kept, until the estimate fits; the appendices (every benchmark claim, the comparable metrics, the
    /// councils) are never cut, so a very large corpus may still need more. 0 for no budget (<see cref="QuotesPerTheme"/>
    /// and <see cref="ClaimsPerTheme"/> alone decide).
    /// </summary>
    public int PageBudget { get; init; } = DefaultPageBudget;

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

    /// <summary>The most quotes a theme shows (the most representative passages, one per council while others remain); the budget may show fewer.</summary>
    public int QuotesPerTheme { get; init; } = 4;

    /// <summary>The most rows of claims a theme shows (a positive and a negative sentence side by side, or one sentence that says both); the budget may show fewer.</summary>
    public int ClaimsPerTheme { get; init; } = 4;

    /// <summary>The most quotes a theme shows in the Markdown digest, which is meant to be pasted into an email or a wiki.</summary>
    public int MarkdownQuotesPerTheme { get; init; } = 2;

    /// <summary>The most rows of claims a theme shows in the Markdown digest.</summary>
    public int MarkdownClaimsPerTheme { get; init; } = 2;

    /// <summary>
    /// The least confidence of a metric or claim the digest shows; the default leaves out the lowest
    /// band (<see cref="Extraction.HalfParsedConfidence"/> and below: half-parsed figures, unchecked OCR),
    /// which the exports keep.
    /// </summary>
    public double MinConfidence { get; init; } = 0.6;

    /// <summary>Characters of a passage shown in a quote: whole sentences up to this length, else cut at a word.</summary>
    public int QuoteLength { get; init; } = 320;
}
