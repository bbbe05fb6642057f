using System.Collections.Immutable;
using ProfileMiner.Tables;

namespace ProfileMiner.Export;

/// <summary>
/// The columns of every exported table, in order, with their snake_case names (those of the JSON Lines
/// outputs where they exist). CSV, Parquet and SQLite all write these.
/// </summary>
internal static class ExportSchema
{
    private static decimal Rounded(double value) => Math.Round((decimal)value, 3);

    public static readonly ImmutableArray<ExportColumn<DocumentRow>> Documents =
    [
        ExportColumn<DocumentRow>.Text("id", r => r.Id, nullable: false),
        ExportColumn<DocumentRow>.Text("file", r => r.File, nullable: false),
        ExportColumn<DocumentRow>.Text("path", r => r.Path, nullable: false),
        ExportColumn<DocumentRow>.Text("sha256", r => r.Sha256, nullable: false),
        ExportColumn<DocumentRow>.Text("format", r => r.Format, nullable: false),
        ExportColumn<DocumentRow>.Text("kind", r => r.Kind, nullable: false),
        ExportColumn<DocumentRow>.Text("title", r => r.Title),
        ExportColumn<DocumentRow>.Text("period", r => r.Period),
        ExportColumn<DocumentRow>.Text("period_start", r => r.PeriodStart),
        ExportColumn<DocumentRow>.Text("period_end", r => r.PeriodEnd),
        ExportColumn<DocumentRow>.Text("councils", r => r.Councils),
        ExportColumn<DocumentRow>.Text("issuer_kind", r => r.IssuerKind, nullable: false),
        ExportColumn<DocumentRow>.Text("issuer", r => r.Issuer),
        ExportColumn<DocumentRow>.Integer("pages", r => r.Pages, nullable: true),
        ExportColumn<DocumentRow>.Integer("blocks", r => r.Blocks),
        ExportColumn<DocumentRow>.Integer("furniture", r => r.Furniture),
        ExportColumn<DocumentRow>.Integer("ocr_pages", r => r.OcrPages),
        ExportColumn<DocumentRow>.Text("duplicate_of", r => r.DuplicateOf),
    ];

    public static readonly ImmutableArray<ExportColumn<PassageRow>> Passages =
    [
        ExportColumn<PassageRow>.Text("doc_id", r => r.DocId, nullable: false),
        ExportColumn<PassageRow>.Text("document", r => r.Document, nullable: false),
        ExportColumn<PassageRow>.Integer("block", r => r.Block),
        ExportColumn<PassageRow>.Text("council", r => r.Council),
        ExportColumn<PassageRow>.Text("gss_code", r => r.GssCode),
        ExportColumn<PassageRow>.Text("region", r => r.Region),
        ExportColumn<PassageRow>.Text("section", r => r.Section),
        ExportColumn<PassageRow>.Text("section_id", r => r.SectionId, nullable: false),
        ExportColumn<PassageRow>.Text("kind", r => r.Kind, nullable: false),
        ExportColumn<PassageRow>.Text("text", r => r.Text, nullable: false),
        ExportColumn<PassageRow>.Integer("page", r => r.Page, nullable: true),
        ExportColumn<PassageRow>.Integer("line", r => r.Line, nullable: true),
        ExportColumn<PassageRow>.Integer("start", r => r.Start),
        ExportColumn<PassageRow>.Integer("end", r => r.End),
        ExportColumn<PassageRow>.Integer("ocr", r => r.Ocr ? 1 : 0),
        ExportColumn<PassageRow>.Text("topic", r => r.Topic, nullable: false),
        ExportColumn<PassageRow>.Text("duplicate_of", r => r.DuplicateOf),
    ];

    public static readonly ImmutableArray<ExportColumn<MetricRow>> Metrics =
    [
        ExportColumn<MetricRow>.Integer("id", r => r.Id),
        ExportColumn<MetricRow>.Text("council", r => r.Place.Council),
        ExportColumn<MetricRow>.Text("gss_code", r => r.Place.GssCode),
        ExportColumn<MetricRow>.Text("region", r => r.Place.Region),
        ExportColumn<MetricRow>.Text("document", r => r.Place.Document, nullable: false),
        ExportColumn<MetricRow>.Text("kind", r => r.Place.Kind, nullable: false),
        ExportColumn<MetricRow>.Text("period", r => r.Metric.Period),
        ExportColumn<MetricRow>.Text("measure", r => r.Metric.Measure, nullable: false),
        ExportColumn<MetricRow>.Text("indicator", r => r.Metric.Indicator),
        ExportColumn<MetricRow>.Number("value", r => r.Metric.Value),
        ExportColumn<MetricRow>.Text("unit", r => r.Metric.Unit, nullable: false),
        ExportColumn<MetricRow>.Text("role", r => r.Metric.Role, nullable: false),
        ExportColumn<MetricRow>.Text("scope", r => r.Metric.Scope, nullable: false),
        ExportColumn<MetricRow>.Integer("page", r => r.Place.Page, nullable: true),
        ExportColumn<MetricRow>.Integer("line", r => r.Place.Line, nullable: true),
        ExportColumn<MetricRow>.Text("sentence", r => r.Metric.Sentence, nullable: false),
        ExportColumn<MetricRow>.Integer("start", r => r.Place.Start),
        ExportColumn<MetricRow>.Integer("end", r => r.Place.End),
        ExportColumn<MetricRow>.Text("text", r => r.Metric.Text, nullable: false),
        ExportColumn<MetricRow>.Text("indicator_edition", r => r.Metric.IndicatorEdition),
        ExportColumn<MetricRow>.Text("doc_id", r => r.Place.DocId, nullable: false),
        ExportColumn<MetricRow>.Integer("block", r => r.Place.Block, nullable: true),
        ExportColumn<MetricRow>.Text("section_id", r => r.Metric.SectionId),
        ExportColumn<MetricRow>.Text("extractor", r => r.Place.Extractor, nullable: false),
        ExportColumn<MetricRow>.Number("confidence", r => Rounded(r.Metric.Confidence)),
        ExportColumn<MetricRow>.Text("topic", r => r.Place.Topic, nullable: false),
        ExportColumn<MetricRow>.Text("duplicate_of", r => r.Place.DuplicateOf),
    ];

    public static readonly ImmutableArray<ExportColumn<ClaimRow>> Claims =
    [
        ExportColumn<ClaimRow>.Integer("id", r => r.Id),
        ExportColumn<ClaimRow>.Text("council", r => r.Place.Council),
        ExportColumn<ClaimRow>.Text("gss_code", r => r.Place.GssCode),
        ExportColumn<ClaimRow>.Text("region", r => r.Place.Region),
        ExportColumn<ClaimRow>.Text("document", r => r.Place.Document, nullable: false),
        ExportColumn<ClaimRow>.Text("kind", r => r.Place.Kind, nullable: false),
        ExportColumn<ClaimRow>.Text("period", r => r.Claim.Period),
        ExportColumn<ClaimRow>.Text("type", r => r.Claim.Type, nullable: false),
        ExportColumn<ClaimRow>.Text("polarity", r => r.Claim.Polarity, nullable: false),
        ExportColumn<ClaimRow>.Integer("count", r => r.Claim.Count, nullable: true),
        ExportColumn<ClaimRow>.Integer("total", r => r.Claim.Total, nullable: true),
        ExportColumn<ClaimRow>.Text("framework", r => r.Claim.Framework),
        ExportColumn<ClaimRow>.Text("comparator", r => r.Claim.Comparator),
        ExportColumn<ClaimRow>.Text("indicator", r => r.Claim.Indicator),
        ExportColumn<ClaimRow>.Integer("page", r => r.Place.Page, nullable: true),
        ExportColumn<ClaimRow>.Integer("line", r => r.Place.Line, nullable: true),
        ExportColumn<ClaimRow>.Text("sentence", r => r.Claim.Sentence, nullable: false),
        ExportColumn<ClaimRow>.Integer("start", r => r.Place.Start),
        ExportColumn<ClaimRow>.Integer("end", r => r.Place.End),
        ExportColumn<ClaimRow>.Text("doc_id", r => r.Place.DocId, nullable: false),
        ExportColumn<ClaimRow>.Integer("block", r => r.Place.Block, nullable: true),
        ExportColumn<ClaimRow>.Text("section_id", r => r.Claim.SectionId),
        ExportColumn<ClaimRow>.Text("extractor", r => r.Place.Extractor, nullable: false),
        ExportColumn<ClaimRow>.Number("confidence", r => Rounded(r.Claim.Confidence)),
        ExportColumn<ClaimRow>.Text("topic", r => r.Place.Topic, nullable: false),
        ExportColumn<ClaimRow>.Text("duplicate_of", r => r.Place.DuplicateOf),
    ];

    public static readonly ImmutableArray<ExportColumn<ThemeRow>> Themes =
    [
        ExportColumn<ThemeRow>.Integer("id", r => r.Id),
        ExportColumn<ThemeRow>.Text("council", r => r.Place.Council),
        ExportColumn<ThemeRow>.Text("gss_code", r => r.Place.GssCode),
        ExportColumn<ThemeRow>.Text("region", r => r.Place.Region),
        ExportColumn<ThemeRow>.Text("document", r => r.Place.Document, nullable: false),
        ExportColumn<ThemeRow>.Text("kind", r => r.Place.Kind, nullable: false),
        ExportColumn<ThemeRow>.Text("theme", r => r.Theme, nullable: false),
        ExportColumn<ThemeRow>.Text("theme_name", r => r.ThemeName, nullable: false),
        ExportColumn<ThemeRow>.Integer("rank", r => r.Rank),
        ExportColumn<ThemeRow>.Number("score", r => Rounded(r.Score)),
        ExportColumn<ThemeRow>.Integer("page", r => r.Place.Page, nullable: true),
        ExportColumn<ThemeRow>.Integer("line", r => r.Place.Line, nullable: true),
        ExportColumn<ThemeRow>.Text("text", r => r.Text, nullable: false),
        ExportColumn<ThemeRow>.Integer("start", r => r.Place.Start),
        ExportColumn<ThemeRow>.Integer("end", r => r.Place.End),
        ExportColumn<ThemeRow>.Text("doc_id", r => r.Place.DocId, nullable: false),
        ExportColumn<ThemeRow>.Integer("block", r => r.Place.Block, nullable: true),
        ExportColumn<ThemeRow>.Text("section_id", r => r.SectionId, nullable: false),
        ExportColumn<ThemeRow>.Text("extractor", r => r.Place.Extractor, nullable: false),
        ExportColumn<ThemeRow>.Text("topic", r => r.Place.Topic, nullable: false),
        ExportColumn<ThemeRow>.Text("duplicate_of", r => r.Place.DuplicateOf),
    ];
}
