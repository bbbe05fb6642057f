using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Ingest;

/// <summary>
/// Reads plain text and Markdown through Markdig: headings, paragraphs, bullet lists, pipe tables,
/// emphasis stripped. Lines holding tabs are table rows (as exported forms write them); HTML
/// fragments in cells (<c>&lt;p&gt;</c>, <c>&lt;ul&gt;</c>, <c>•</c>) become paragraphs and list items.
/// Provenance is the 1-based line where each block starts.
/// </summary>
public sealed partial class MarkdownDocumentReader : IDocumentReader
{
    /// <summary>The reader with Markdig's pipe tables enabled.</summary>
    public static MarkdownDocumentReader Default { get; } = new();

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Build();

    // An HTML cell longer than this, or holding several blocks, is content rather than a label; it
    // is read as paragraphs and list items after its row.
    private const int MaxLabelCellLength = 160;

    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Kind == ContentKind.Text;
    }

    /// <inheritdoc />
    public SourceDocument? Read(InputFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var text = FileSniffer.Decode(file.Bytes.Span, out var encoding, out var usedFallback).ReplaceLineEndings("\n");
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.EmptyFile, "the file holds no text; skipped", Provenance.ForFile(file.Name)));
            return null;
        }

        var lines = text.Split('\n');
        var items = new List<Item>();
        ReadTabTables(lines, items);
        ReadMarkdown(lines, items);
        cancellationToken.ThrowIfCancellationRequested();

        // Plain text has no heading markup: there, a short stand-alone line that does not end like a
        // sentence is taken as a heading (ALL CAPS as level 1, else level 2).
        var plainText = !items.Any(i => i.Kind == BlockKind.Heading);
        var format = file.Extension is ".md" or ".markdown" || LooksLikeMarkdown(lines) ? DocumentFormat.Markdown : DocumentFormat.Text;
        var builder = new DocumentBuilder(file.Name);
        var tableIds = new Dictionary<int, int>();
        foreach (var item in items.OrderBy(i => i.Line).ThenBy(i => i.Order))
        {
            // Markdown separates paragraphs with one blank line; text copied out of a PDF or a web page
            // also breaks a sentence with one ("... showed", "", "that we are above ..."), so in plain
            // text one blank line is a possible break too, and the builder joins what carries on.
            var afterBreak = BlankLinesBefore(lines, item.Line) >= (format == DocumentFormat.Text ? 1 : 2);
            if (item.Kind == BlockKind.TableRow)
            {
                if (!tableIds.TryGetValue(item.Table, out var id))
                {
                    id = builder.NewTable();
                    tableIds[item.Table] = id;
                }

                builder.AddTableRow(id, item.Cells!, null, item.Line + 1);
            }
            else if (plainText && item.Kind == BlockKind.Paragraph && LooksLikeHeading(lines, item))
            {
                var heading = item.Text.Trim();
                builder.Add(BlockKind.Heading, heading, null, item.Line + 1, HeadingText.Level(heading));
            }
            else
            {
                builder.Add(item.Kind, item.Text, null, item.Line + 1, item.Level, afterBreak);
            }
        }

        if (builder.Count == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.EmptyFile, "the file holds no readable text; skipped", Provenance.ForFile(file.Name)));
            return null;
        }

        if (usedFallback)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.LegacyEncoding,
                $"the text is not valid UTF-8; read as {encoding}", Provenance.ForFile(file.Name)));
        }

        return builder.ToDocument(file, format);
    }

    private static bool LooksLikeHeading(string[] lines, Item item)
    {
        var text = item.Text.Trim();
        var nextLine = item.Line + 1 < lines.Length ? lines[item.Line + 1] : string.Empty;
        return lines[item.Line].Trim() == text
            && string.IsNullOrWhiteSpace(nextLine)
            && HeadingText.Looks(text)
            && !CarriesOn(lines, item.Line + 1);
    }

    // The next text after the blank lines goes on in lower case: the line was a sentence broken off, not a heading.
    private static bool CarriesOn(string[] lines, int from)
    {
        var next = lines.Skip(from).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.TrimStart();
        return next is { Length: > 0 } && char.IsLower(next[0]) && !DocumentBuilder.IsWebAddress(next);
    }

    private static bool IsTabRow(string line) => line.Contains('\t', StringComparison.Ordinal);

    private static int BlankLinesBefore(string[] lines, int line)
    {
        var count = 0;
        for (var i = line - 1; i >= 0 && string.IsNullOrWhiteSpace(lines[i]); i--)
        {
            count++;
        }

        return count;
    }

    private static bool LooksLikeMarkdown(string[] lines) =>
        lines.Any(l => l.StartsWith("# ", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal) || l.Contains("**", StringComparison.Ordinal));

    /// <summary>Reads runs of tab-separated lines as table rows; blanks them out for Markdig.</summary>
    private static void ReadTabTables(string[] lines, List<Item> items)
    {
        var table = 0;
        var previousWasRow = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!IsTabRow(line))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    if (previousWasRow)
                    {
                        table++;
                    }

                    previousWasRow = false;
                }

                continue;
            }

            previousWasRow = true;
            // Cells are not parsed as Markdown, so stray emphasis and footnote stars ("82.4%*") go here.
            var cells = line.Split('\t').Select(c => Stars().Replace(c, string.Empty).Trim()).ToArray();
            if (cells.All(c => c.Length == 0 || SeparatorCell().IsMatch(c)))
            {
                continue;
            }

            var labels = new List<string>();
            var content = new List<string>();
            foreach (var cell in cells.Where(c => c.Length > 0))
            {
                var isHtml = HtmlFragmentConverter.LooksLikeHtml(cell);
                var plain = isHtml ? DocumentBuilder.Fold(HtmlFragmentConverter.ToPlainText(cell)) : cell;
                var isBlockContent = isHtml && (plain.Length > MaxLabelCellLength || BlockHtml().Count(cell) > 1);
                if (isBlockContent || (content.Count > 0))
                {
                    content.Add(cell);
                }
                else
                {
                    labels.Add(plain);
                }
            }

            var order = 0;
            if (labels.Count >= 2)
            {
                items.Add(new Item(i, order++, BlockKind.TableRow, string.Empty, 0, labels.ToArray(), table));
            }
            else if (labels.Count == 1)
            {
                // A row with one short cell is a caption, a field label or a footnote, not a row.
                content.Insert(0, labels[0]);
            }

            foreach (var cell in content)
            {
                foreach (var (kind, text) in ConvertCell(cell))
                {
                    items.Add(new Item(i, order++, kind, text, 0, null, -1));
                }
            }

            lines[i] = string.Empty;
        }
    }

    private static List<(BlockKind Kind, string Text)> ConvertCell(string cell)
    {
        if (HtmlFragmentConverter.LooksLikeHtml(cell))
        {
            return HtmlFragmentConverter.Convert(cell);
        }

        var match = LeadingMarker().Match(cell);
        return match.Success && cell.StartsWith('•')
            ? [(BlockKind.ListItem, cell[match.Length..])]
            : [(BlockKind.Paragraph, match.Success ? cell[match.Length..] : cell)];
    }

    private static void ReadMarkdown(string[] lines, List<Item> items)
    {
        var document = Markdown.Parse(string.Join('\n', lines), s_pipeline);
        foreach (var block in document)
        {
            Visit(block, items);
        }
    }

    private static void Visit(Block block, List<Item> items)
    {
        switch (block)
        {
            case HeadingBlock heading:
                items.Add(new Item(heading.Line, 0, BlockKind.Heading, InlineText(heading.Inline), heading.Level, null, -1));
                break;
            case ParagraphBlock paragraph:
                items.Add(new Item(paragraph.Line, 0, BlockKind.Paragraph, InlineText(paragraph.Inline), 0, null, -1));
                break;
            case ListBlock list:
                foreach (var child in list)
                {
                    if (child is ListItemBlock listItem)
                    {
                        VisitListItem(listItem, items);
                    }
                }

                break;
            case Table table:
                VisitTable(table, items);
                break;
            case HtmlBlock html:
                var order = 0;
                foreach (var (kind, text) in HtmlFragmentConverter.Convert(html.Lines.ToString()))
                {
                    items.Add(new Item(html.Line, order++, kind, text, 0, null, -1));
                }

                break;
            case CodeBlock code:
                items.Add(new Item(code.Line, 0, BlockKind.Paragraph, code.Lines.ToString(), 0, null, -1));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child, items);
                }

                break;
            default:
                // Thematic breaks and link reference definitions carry no text.
                break;
        }
    }

    private static void VisitListItem(ListItemBlock listItem, List<Item> items)
    {
        var text = new StringBuilder();
        foreach (var child in listItem)
        {
            if (child is ParagraphBlock paragraph)
            {
                text.Append(InlineText(paragraph.Inline)).Append(' ');
            }
            else
            {
                Visit(child, items);
            }
        }

        var itemText = text.ToString().Trim();
        var marker = LeadingMarker().Match(itemText);
        if (marker.Success)
        {
            itemText = itemText[marker.Length..];
        }

        items.Add(new Item(listItem.Line, 0, BlockKind.ListItem, itemText, 0, null, -1));
    }

    private static void VisitTable(Table table, List<Item> items)
    {
        var id = 1_000_000 + table.Line;
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>()
                .Select(cell => string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))
                .ToArray();
            items.Add(new Item(row.Line, 0, BlockKind.TableRow, string.Empty, 0, cells, id));
        }
    }

    private static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendInline(container, text);
        return text.ToString();
    }

    private static void AppendInline(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlInline html:
                if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append(' ');
                }

                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(child, text);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>A list marker left in an item's text: <c>i.</c>, <c>(a)</c>, <c>2)</c>, <c>•</c>, <c>*</c>.</summary>
    [GeneratedRegex(@"^(?:\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})[.)]|[•●▪*o–-])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"(?<!\w)\*+(?=\S)|(?<=\S)\*+(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Stars();

    [GeneratedRegex(@"^[-:=_\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorCell();

    [GeneratedRegex(@"<(?:p|li|ul|ol|div)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockHtml();

    private sealed record Item(int Line, int Order, BlockKind Kind, string Text, int Level, string[]? Cells, int Table);
}
