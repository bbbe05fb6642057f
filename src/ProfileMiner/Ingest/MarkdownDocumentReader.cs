using System.Globalization;
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
        var limits = new NestingLimits();
        ReadTabTables(lines, items, limits);
        ReadWidePipeTables(lines, items);
        cancellationToken.ThrowIfCancellationRequested();
        ReadMarkdown(lines, items, limits, cancellationToken);
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
            var breakLines = format == DocumentFormat.Text ? 1 : 2;
            var afterBreak = BlankLinesBefore(lines, item.Line, breakLines) >= breakLines;
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

        limits.Report(file.Name, diagnostics);
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

    // Counted up to `enough` only: the lines of a tab table are blanked once read, and counting all
    // of them again before each of its rows made a table of 86,000 rows take a minute.
    private static int BlankLinesBefore(string[] lines, int line, int enough)
    {
        var count = 0;
        for (var i = line - 1; i >= 0 && count < enough && string.IsNullOrWhiteSpace(lines[i]); i--)
        {
            count++;
        }

        return count;
    }

    private static bool LooksLikeMarkdown(string[] lines) =>
        lines.Any(l => l.StartsWith("# ", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal) || l.Contains("**", StringComparison.Ordinal));

    // The most cells a pipe table may have, counted as Markdig lays it out (every row as wide as the
    // widest): past it the table is split into cells here. Real tables have hundreds to a few
    // thousand; 500,000 cells took Markdig about 60 MB.
    private const long MaxPipeTableCells = 500_000;

    /// <summary>
    /// Reads the pipe tables that Markdig would lay out past <see cref="MaxPipeTableCells"/> as table
    /// rows split at their pipes, and blanks them out for Markdig. Markdig gives every row of a table as
    /// many cells as its widest row: 3,000 rows under one row of 1,428 cells became four million cells
    /// and 800 MB. Their cells keep their text as written (stars dropped, <c>\|</c> read as a pipe): no
    /// Markdown inside them is followed.
    /// </summary>
    private static void ReadWidePipeTables(string[] lines, List<Item> items)
    {
        var start = 0;
        while (start < lines.Length)
        {
            if (!lines[start].Contains('|', StringComparison.Ordinal))
            {
                start++;
                continue;
            }

            // A run of lines that each hold a pipe: the most Markdig can take for one table.
            var end = start;
            var widest = 0L;
            while (end < lines.Length && lines[end].Contains('|', StringComparison.Ordinal))
            {
                widest = Math.Max(widest, lines[end].AsSpan().Count('|') + 1);
                end++;
            }

            if ((end - start) * widest > MaxPipeTableCells)
            {
                for (var i = start; i < end; i++)
                {
                    var cells = PipeCells(lines[i]);
                    if (!cells.All(c => c.Length == 0 || SeparatorCell().IsMatch(c)))
                    {
                        items.Add(new Item(i, 0, BlockKind.TableRow, string.Empty, 0, cells, 2_000_000 + start));
                    }

                    lines[i] = string.Empty;
                }
            }

            start = end;
        }
    }

    // "| a | b\|c |" -> ["a", "b|c"]: the outer pipes dropped, split at pipes not escaped.
    private static string[] PipeCells(string line)
    {
        var row = line.Trim();
        row = row.StartsWith('|') ? row[1..] : row;
        row = row.EndsWith('|') && !row.EndsWith("\\|", StringComparison.Ordinal) ? row[..^1] : row;
        return [.. UnescapedPipe().Split(row).Select(c => Stars().Replace(c, string.Empty).Replace("\\|", "|", StringComparison.Ordinal).Trim())];
    }

    /// <summary>Reads runs of tab-separated lines as table rows; blanks them out for Markdig.</summary>
    private static void ReadTabTables(string[] lines, List<Item> items, NestingLimits limits)
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
                var plain = isHtml ? DocumentBuilder.Fold(HtmlFragmentConverter.ToPlainText(cell, limits.At(i))) : cell;
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
                foreach (var (kind, text) in ConvertCell(cell, limits.At(i)))
                {
                    items.Add(new Item(i, order++, kind, text, 0, null, -1));
                }
            }

            lines[i] = string.Empty;
        }
    }

    private static List<(BlockKind Kind, string Text)> ConvertCell(string cell, Action onTooDeep)
    {
        if (HtmlFragmentConverter.LooksLikeHtml(cell))
        {
            return HtmlFragmentConverter.Convert(cell, onTooDeep);
        }

        var match = LeadingMarker().Match(cell);
        return match.Success && cell.StartsWith('•')
            ? [(BlockKind.ListItem, cell[match.Length..])]
            : [(BlockKind.Paragraph, match.Success ? cell[match.Length..] : cell)];
    }

    /// <summary>
    /// Parses the text with Markdig. Markdig refuses blocks nested deeper than its limit (lists, quotes,
    /// a very wide table) with an exception for the whole text; then each stretch between blank lines
    /// is parsed on its own, and a stretch Markdig still refuses is read as plain text with its
    /// markers dropped, so one bad stretch costs its markup, not the file.
    /// </summary>
    private static void ReadMarkdown(string[] lines, List<Item> items, NestingLimits limits, CancellationToken cancellationToken)
    {
        // Markdig turns down containers nested past its depth limit (64 lists, 128 quotes), but only
        // after reading the whole line, in time that grows with the square of its markers (135,000
        // list markers on one line took 41 s). A line with more markers than any container may nest
        // is too deep before it is parsed: its paragraph is plain text from the start.
        var tooDeep = new HashSet<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (LeadingContainers(lines[i]) > MaxContainers)
            {
                tooDeep.Add(i);
            }
        }

        if (tooDeep.Count == 0 && TryParse(string.Join('\n', lines), 0, items, limits))
        {
            return;
        }

        var start = 0;
        while (start < lines.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (start < lines.Length && string.IsNullOrWhiteSpace(lines[start]))
            {
                start++;
            }

            var end = start;
            while (end < lines.Length && !string.IsNullOrWhiteSpace(lines[end]))
            {
                end++;
            }

            if (end > start && (tooDeep.Any(i => i >= start && i < end) || !TryParse(string.Join('\n', lines[start..end]), start, items, limits)))
            {
                limits.At(start)();
                var plain = string.Join(' ', lines[start..end].Select(l => ContainerMarkers().Replace(l, string.Empty)));
                items.Add(new Item(start, 0, BlockKind.Paragraph, Stars().Replace(plain, string.Empty), 0, null, -1));
            }

            start = end;
        }
    }

    // The most containers (quotes, lists) Markdig nests: past this a line is always too deep.
    private const int MaxContainers = 128;

    /// <summary>How many quote and list markers open <paramref name="line"/>, counted up to one past <see cref="MaxContainers"/>.</summary>
    private static int LeadingContainers(string line)
    {
        var count = 0;
        for (var marker = ContainerMarker().Match(line); marker.Success && count <= MaxContainers; marker = marker.NextMatch())
        {
            count++;
        }

        return count;
    }

    private static bool TryParse(string text, int firstLine, List<Item> items, NestingLimits limits)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, s_pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return false;
        }

        var visitor = new Visitor(items, limits, firstLine);
        foreach (var block in document)
        {
            visitor.Visit(block);
        }

        return true;
    }

    /// <summary>Turns Markdig's blocks into items, their lines counted from <c>firstLine</c>.</summary>
    private sealed class Visitor(List<Item> items, NestingLimits limits, int firstLine)
    {
        public void Visit(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    items.Add(new Item(firstLine + heading.Line, 0, BlockKind.Heading, InlineText(heading.Inline), heading.Level, null, -1));
                    break;
                case ParagraphBlock paragraph:
                    items.Add(new Item(firstLine + paragraph.Line, 0, BlockKind.Paragraph, InlineText(paragraph.Inline), 0, null, -1));
                    break;
                case ListBlock list:
                    foreach (var child in list)
                    {
                        if (child is ListItemBlock listItem)
                        {
                            VisitListItem(listItem);
                        }
                    }

                    break;
                case Table table:
                    VisitTable(table);
                    break;
                case HtmlBlock html:
                    var order = 0;
                    foreach (var (kind, text) in HtmlFragmentConverter.Convert(html.Lines.ToString(), limits.At(firstLine + html.Line)))
                    {
                        items.Add(new Item(firstLine + html.Line, order++, kind, text, 0, null, -1));
                    }

                    break;
                case CodeBlock code:
                    items.Add(new Item(firstLine + code.Line, 0, BlockKind.Paragraph, code.Lines.ToString(), 0, null, -1));
                    break;
                case ContainerBlock container:
                    // Markdig nests blocks at most to its own depth limit, so this recursion is bounded.
                    foreach (var child in container)
                    {
                        Visit(child);
                    }

                    break;
                default:
                    // Thematic breaks and link reference definitions carry no text.
                    break;
            }
        }

        private void VisitListItem(ListItemBlock listItem)
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
                    Visit(child);
                }
            }

            var itemText = text.ToString().Trim();
            var marker = LeadingMarker().Match(itemText);
            if (marker.Success)
            {
                itemText = itemText[marker.Length..];
            }

            items.Add(new Item(firstLine + listItem.Line, 0, BlockKind.ListItem, itemText, 0, null, -1));
        }

        private void VisitTable(Table table)
        {
            var id = 1_000_000 + firstLine + table.Line;
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = row.OfType<TableCell>()
                    .Select(cell => string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))
                    .ToArray();
                items.Add(new Item(firstLine + row.Line, 0, BlockKind.TableRow, string.Empty, 0, cells, id));
            }
        }
    }

    /// <summary>
    /// The text of a paragraph's inlines, walked with a stack of its own: Markdig nests emphasis as
    /// deep as the stars go (50,000 in a row are 25,000 levels), far past what a recursive walk's
    /// thread stack holds.
    /// </summary>
    private static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var pending = new Stack<Inline>();
        pending.Push(container);
        while (pending.TryPop(out var inline))
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
                case ContainerInline parent:
                    // Children pushed last first, so they come off the stack in reading order.
                    for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }

                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The places of a file where markup nested past a limit (Markdig's, or
    /// <see cref="HtmlFragmentConverter.MaxDepth"/> for HTML) was read as plain text: one warning per file.
    /// </summary>
    private sealed class NestingLimits
    {
        private readonly List<int> _lines = [];

        /// <summary>What to call when the markup starting on 0-based line <paramref name="line"/> is too deep.</summary>
        public Action At(int line) => () => _lines.Add(line + 1);

        public void Report(string file, DiagnosticBag diagnostics)
        {
            if (_lines.Count == 0)
            {
                return;
            }

            var lines = _lines.Distinct().Order().ToList();
            var where = lines.Count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{lines.Count} places, the first here: ");
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.NestedTooDeep,
                $"{where}lists, quotes or HTML nested too deep to follow; read as plain text, the rest of the file as usual",
                new Provenance(file, null, lines[0], 0, 0)));
        }
    }

    /// <summary>A list marker left in an item's text: <c>i.</c>, <c>(a)</c>, <c>2)</c>, <c>•</c>, <c>*</c>.</summary>
    [GeneratedRegex(@"^(?:\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})[.)]|[•●▪*o–-])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"(?<!\w)\*+(?=\S)|(?<=\S)\*+(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Stars();

    /// <summary>One quote or list marker, where the last one ended (the first at the line's start).</summary>
    [GeneratedRegex(@"\G\s*(?:>|[-*+•](?=\s)|\d{1,9}[.)](?=\s))", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerMarker();

    /// <summary>The quote and list markers at a line's start, however many: <c>&gt; &gt; - * 1. </c>.</summary>
    [GeneratedRegex(@"^(?:\s*(?:>|[-*+•](?=\s)|\d{1,9}[.)](?=\s)))+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerMarkers();

    [GeneratedRegex(@"^[-:=_\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorCell();

    [GeneratedRegex(@"(?<!\\)\|", RegexOptions.CultureInvariant)]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"<(?:p|li|ul|ol|div)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockHtml();

    private sealed record Item(int Line, int Order, BlockKind Kind, string Text, int Level, string[]? Cells, int Table);
}
