using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Reads a PDF's text layer with PdfPig into headings, paragraphs, list items and table rows in
/// reading order. Steps, in order: words per page (PdfPig's default word extractor); running
/// headers, footers and page numbers dropped (they are known only across pages, so this runs before
/// layout); columns found by a whitespace-histogram X-Y cut; tables found as lines whose cells keep to
/// the same columns; the remaining lines grouped into blocks by spacing, indentation, font and list
/// markers; hyphen breaks at line ends resolved against the whole document's words. Pages without a
/// text layer and noisy OCR layers are reported as warnings; encrypted, truncated and corrupt files
/// become one error each and <see cref="Read"/> returns null. The reader holds no state between calls
/// and is safe to share across threads.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    private readonly PdfReaderOptions _options;

    /// <summary>Creates a reader with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PdfReaderOptions.MaxPages"/> is less than 1.</exception>
    public PdfDocumentReader(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPages, 1, nameof(options));
        _options = options;
    }

    /// <summary>A reader with <see cref="PdfReaderOptions.Default"/>.</summary>
    public static PdfDocumentReader Default { get; } = new(PdfReaderOptions.Default);

    /// <summary>The options this reader uses.</summary>
    public PdfReaderOptions Options => _options;

    /// <inheritdoc />
    public string Name => "pdf";

    /// <summary>True when the file's bytes start like a PDF (<see cref="ContentKind.Pdf"/>), whatever its name.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Kind == ContentKind.Pdf;
    }

    /// <summary>
    /// Reads the PDF. Returns null after adding one error when the file is encrypted
    /// (<see cref="DiagnosticCodes.PdfEncrypted"/>), truncated or corrupt (<see cref="DiagnosticCodes.PdfCorrupt"/>),
    /// or has no text on any page (<see cref="DiagnosticCodes.NoTextLayer"/>). Otherwise returns the
    /// document, adding at most one warning each for pages without text, pages with a noisy text layer,
    /// pages that could not be read, and pages beyond <see cref="PdfReaderOptions.MaxPages"/>.
    /// No PdfPig exception escapes.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="diagnostics"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested; checked between pages.</exception>
    public SourceDocument? Read(InputFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var where = Provenance.ForFile(file.Name);
        if (!HasEndMarker(file.Bytes.Span))
        {
            diagnostics.Add(new(Severity.Error, DiagnosticCodes.PdfCorrupt, "the PDF is truncated or corrupt (no end-of-file marker); skipped", where));
            return null;
        }

        var pages = new List<PdfPageContent>();
        var ocr = _options.Ocr is { IsAvailable: true } engine ? engine : null;
        var ocrFailures = new List<(int Page, string Reason)>();
        var failedPages = new List<int>();
        var overBudget = new List<int>();
        string? budgetReason = null;
        var fileLetters = 0L;
        var unreadForLetters = 0;
        string? pageFailure = null;
        int pageCount;
        try
        {
            using var document = PdfDocument.Open(file.Bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
            var budget = PdfPageBudget.For(document);
            pageCount = document.NumberOfPages;
            if (pageCount == 0)
            {
                diagnostics.Add(new(Severity.Error, DiagnosticCodes.PdfCorrupt, "the PDF is truncated or corrupt (no pages); skipped", where));
                return null;
            }

            var toRead = Math.Min(pageCount, _options.MaxPages);
            for (var number = 1; number <= toRead; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    // What the page will cost is measured first: past a limit it is not handed to PdfPig.
                    if (OverBudget(budget, number, ref fileLetters) is { } reason)
                    {
                        if (reason.Length == 0)
                        {
                            unreadForLetters = toRead - number + 1;
                            break;
                        }

                        overBudget.Add(number);
                        budgetReason ??= reason;
                        continue;
                    }

                    var page = document.GetPage(number);
                    var content = PdfPageExtractor.Extract(page);
                    pages.Add(content);
                    if (!content.HasText && content.HasImages && ocr is not null)
                    {
                        ReadScan(page, content, ocr, ocrFailures, cancellationToken);
                    }
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or PdfDocumentEncryptedException or OutOfMemoryException))
                {
                    failedPages.Add(number);
                    pageFailure ??= ShortReason(ex);
                }
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(new(Severity.Error, DiagnosticCodes.PdfEncrypted, "the PDF is encrypted; skipped", where));
            return null;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            diagnostics.Add(new(Severity.Error, DiagnosticCodes.PdfCorrupt, $"the PDF is truncated or corrupt ({ShortReason(ex)}); skipped", where));
            return null;
        }

        if (pages.Count == 0 && overBudget.Count > 0)
        {
            diagnostics.Add(new(Severity.Error, DiagnosticCodes.PdfMemoryLimit, $"every page is over the reader's limits ({budgetReason}); skipped", where));
            return null;
        }

        if (pages.Count == 0)
        {
            diagnostics.Add(new(Severity.Error, DiagnosticCodes.PdfCorrupt, $"the PDF is truncated or corrupt ({pageFailure ?? "no readable page"}); skipped", where));
            return null;
        }

        var textless = pages.Where(p => !p.HasText).Select(p => p.Number).ToList();
        if (textless.Count == pages.Count)
        {
            var state = pages.Exists(p => p.HasImages) ? OcrState(ocrFailures) : "no scanned image either";
            diagnostics.Add(new(Severity.Error, DiagnosticCodes.NoTextLayer, $"no text layer on any page; {state}; skipped", where));
            return null;
        }

        var fonts = FontStatistics.Measure(pages, _options.HeadingSizeRatio);
        RunningTextFilter.Apply(pages, _options, fonts.BodySize);

        // After the furniture is gone: the separators and leaders of a contents page are no OCR noise.
        var noisy = pages.Where(p => !p.Ocr && NoisyTextDetector.IsNoisy(p, _options)).Select(p => p.Number).ToList();

        var blocks = new List<PdfBlock>();
        var tables = 0;
        var unlaid = new List<int>();
        string? layoutFailure = null;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = blocks.Count;
            try
            {
                LayOut(page, fonts, blocks, ref tables);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // A layout bug costs the page, not the document.
                blocks.RemoveRange(count, blocks.Count - count);
                unlaid.Add(page.Number);
                layoutFailure ??= ExceptionText.Bug(ex);
            }
        }

        var builder = new DocumentBuilder(file.Name) { FromLayout = true };
        Emit(blocks, builder);

        if (failedPages.Count > 0)
        {
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.PdfCorrupt, $"{FormatPages(failedPages)} could not be read ({pageFailure}); skipped", Provenance.ForPage(file.Name, failedPages[0])));
        }

        if (overBudget.Count > 0)
        {
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.PdfMemoryLimit, $"{FormatPages(overBudget)} over the reader's limits ({budgetReason}); skipped", Provenance.ForPage(file.Name, overBudget[0])));
        }

        if (unreadForLetters > 0)
        {
            var first = pages[^1].Number + 1;
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.PdfMemoryLimit,
                string.Create(CultureInfo.InvariantCulture, $"the file draws more than {_options.MaxFileLetters:N0} letters, the reader's limit for one file; the last {unreadForLetters} page(s) were not read"),
                Provenance.ForPage(file.Name, first)));
        }

        if (unlaid.Count > 0)
        {
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.InternalError, $"{FormatPages(unlaid)}: layout failed ({layoutFailure}); skipped", Provenance.ForPage(file.Name, unlaid[0])));
        }

        // A text-less page that draws an image is a scan whose words are lost; one that draws nothing
        // is blank (a section divider, the back of a cover) and costs nothing, so it is only noted.
        var scanned = pages.Where(p => !p.HasText && p.HasImages).Select(p => p.Number).ToList();
        var read = pages.Where(p => p.Ocr).Select(p => p.Number).ToList();
        var blank = textless.Except(scanned).ToList();
        if (read.Count > 0)
        {
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.NoTextLayer, $"{FormatPages(read)}: no text layer (scanned image); read by OCR ({_options.Ocr!.Name}), unchecked", Provenance.ForPage(file.Name, read[0])));
        }

        if (scanned.Count > 0)
        {
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.NoTextLayer, $"{FormatPages(scanned)}: no text layer (scanned image); {OcrState(ocrFailures)}", Provenance.ForPage(file.Name, scanned[0])));
        }

        if (blank.Count > 0)
        {
            diagnostics.Add(new(Severity.Info, DiagnosticCodes.NoTextLayer, $"{FormatPages(blank)}: blank, no text or image", Provenance.ForPage(file.Name, blank[0])));
        }

        if (noisy.Count > 0)
        {
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.NoisyText, $"{FormatPages(noisy)}: the text layer looks like unchecked OCR (stray symbols in words); kept as it is", Provenance.ForPage(file.Name, noisy[0])));
        }

        if (pageCount > _options.MaxPages)
        {
            diagnostics.Add(new(Severity.Warning, DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"only the first {_options.MaxPages} of {pageCount} pages were read"), Provenance.ForPage(file.Name, _options.MaxPages + 1)));
        }

        var furniture = new int[pageCount];
        foreach (var page in pages)
        {
            furniture[page.Number - 1] = page.Furniture;
        }

        return builder.ToDocument(file, DocumentFormat.Pdf, pageCount) with
        {
            UncheckedOcrPages = [.. noisy.Concat(read).Order()],
            OcrPages = [.. read],
            PageFurniture = [.. furniture],
        };
    }

    /// <summary>
    /// Null when page <paramref name="number"/> is within the limits of <see cref="PdfReaderOptions"/>;
    /// else why not, or an empty string when the file's letters so far and this page's pass the file's limit.
    /// A page that cannot be measured is read (PdfPig then says what is wrong with it).
    /// </summary>
    private string? OverBudget(PdfPageBudget budget, int number, ref long fileLetters)
    {
        PdfPageBudget.PageCost cost;
        try
        {
            cost = budget.Measure(number, _options.MaxPageContentBytes);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or PdfDocumentEncryptedException))
        {
            return null;
        }

        if (cost.OverBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its content decodes to more than {_options.MaxPageContentBytes / (1024 * 1024)} MB");
        }

        if (cost.Letters > _options.MaxPageLetters)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it draws {cost.Letters:N0} letters, more than {_options.MaxPageLetters:N0}");
        }

        if (cost.FontBytes > _options.MaxFontGlyphBytes)
        {
            return cost.FontBytes == long.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"a font it uses decodes to more than {PdfPageBudget.MaxFontFileBytes / (1024 * 1024)} MB")
                : string.Create(CultureInfo.InvariantCulture, $"a font it uses claims {cost.FontBytes / (1024 * 1024):N0} MB of glyph outlines, more than {_options.MaxFontGlyphBytes / (1024 * 1024)} MB");
        }

        if (cost.ParseSteps > _options.MaxPageParseSteps)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its content has so many broken operators that parsing it would take {cost.ParseSteps:N0} look-back steps, more than {_options.MaxPageParseSteps:N0}");
        }

        fileLetters += cost.Letters;
        return fileLetters > _options.MaxFileLetters ? string.Empty : null;
    }

    // Why scanned pages stayed unread, for the diagnostics: one clear line.
    private string OcrState(List<(int Page, string Reason)> failures) => _options.Ocr switch
    {
        null => "OCR is turned off",
        { IsAvailable: false } => "OCR is not installed (install Tesseract, Debian package tesseract-ocr, to read them)",
        _ when failures.Count > 0 => $"OCR failed ({failures[0].Reason})",
        _ => "OCR read no text from them",
    };

    private static void ReadScan(UglyToad.PdfPig.Content.Page page, PdfPageContent content, IPageOcr ocr, List<(int Page, string Reason)> failures, CancellationToken cancellationToken)
    {
        try
        {
            ScannedPageReader.Read(page, content, ocr, cancellationToken);
        }
        catch (OcrException ex)
        {
            content.Words.Clear();
            content.HasText = false;
            content.Ocr = false;
            failures.Add((page.Number, ShortReason(ex)));
        }
    }

    private void LayOut(PdfPageContent page, FontStatistics fonts, List<PdfBlock> blocks, ref int tables)
    {
        if (page.Words.Count == 0)
        {
            return;
        }

        var runs = FigureGutter.Split(LineGrouper.ByBaseline(page.Words), _options.CellGapEm);

        var firstOnPage = blocks.Count;
        var assembler = new BlockAssembler(page.Number, fonts, page.Marks);
        var next = tables;
        foreach (var region in ColumnSplitter.Split(runs, _options))
        {
            var items = TableDetector.Detect(LeafLine.Group(region), _options.CellGapEm, page.Rules);
            assembler.Assemble(items, region.Min(r => r.Left), region.Max(r => r.Right), () => next++, blocks);
        }

        tables = next;
        if (blocks.Count > firstOnPage)
        {
            blocks[firstOnPage] = blocks[firstOnPage] with { FirstOnPage = true };
        }
    }

    private static void Emit(List<PdfBlock> blocks, DocumentBuilder builder)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            HyphenResolver.CountWords(block.Text, vocabulary);
        }

        var tableMap = new Dictionary<int, int>();
        PdfBlock? previous = null;
        var pending = new List<PdfBlock>();
        foreach (var block in DropRepeats(blocks))
        {
            if (block.FirstOnPage && block.Kind == BlockKind.Paragraph && previous is { Kind: BlockKind.Paragraph or BlockKind.ListItem } p
                && p.Text.Length > 1 && p.Text[^1] == '-' && char.IsLetter(p.Text[^2]) && block.Text.Length > 0 && char.IsLower(block.Text[0]))
            {
                // A word hyphenated across the page break.
                pending[^1] = p with { Text = string.Concat(p.Text.AsSpan(0, p.Text.Length - 1), PdfPageExtractor.HyphenBreak.ToString(), block.Text) };
                previous = pending[^1];
                continue;
            }

            pending.Add(block);
            previous = block;
        }

        // A PDF printed in one font and size (text sent to a printer) marks no heading by its type:
        // there the plain-text rule applies to short paragraphs of a line or two.
        var flat = !pending.Any(b => b.Kind == BlockKind.Heading);
        var previousTable = -1;
        var previousCells = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var block = pending[i];
            if (block.Kind == BlockKind.TableRow)
            {
                // Prose in a cell is written after the row as paragraphs and list items, as the text reader does.
                var (cells, content) = CellContent.Split(block.Cells!.Select(c => Resolve(c, vocabulary)).ToList());
                content = [.. content.Where(c => HasWord(c.Text))];
                if (cells.Count > 0 && !cells.Any(HasWord))
                {
                    cells = [];
                }

                if (cells.Count > 0)
                {
                    if (!tableMap.TryGetValue(block.Table, out var index))
                    {
                        // A table that runs on over a page break, with the same number of columns, stays one table.
                        index = block.FirstOnPage && previousTable >= 0 && previousCells == cells.Count ? previousTable : builder.NewTable();
                        tableMap.Add(block.Table, index);
                    }

                    builder.AddTableRow(index, cells, block.Page, null);
                    previousTable = index;
                    previousCells = cells.Count;
                }

                var first = cells.Count == 0 && block.FirstOnPage;
                foreach (var (kind, text) in content)
                {
                    builder.Add(kind, text, block.Page, null, afterBreak: first);
                    first = false;
                }

                if (content.Count > 0)
                {
                    previousTable = -1;
                }

                continue;
            }

            previousTable = -1;
            var resolved = Resolve(block.Text, vocabulary);
            if (block.Kind is BlockKind.Paragraph or BlockKind.ListItem && CellContent.HasInlineBullet(resolved))
            {
                // A list flattened into one paragraph ("Intro: • first • second").
                var parts = new List<(BlockKind Kind, string Text)>();
                CellContent.SplitBullets(resolved, block.Kind, parts);
                var first = true;
                foreach (var (kind, text) in parts)
                {
                    builder.Add(kind, text, block.Page, null, afterBreak: first);
                    first = false;
                }

                continue;
            }

            if (!HasWord(resolved))
            {
                // No word at all: a bullet drawn on a line of its own above a numbered item (the item
                // carries the text), a row of dashes, a stray "%" left over from a table's header.
                continue;
            }

            if (flat && block.Kind == BlockKind.Paragraph && block.LineCount <= 2 && HeadingText.Looks(resolved) && !ContinuesInto(pending, i))
            {
                builder.Add(BlockKind.Heading, resolved, block.Page, null, HeadingText.Level(resolved));
                continue;
            }

            // Every block the layout drew may go on with the one before (page and column breaks, table cells drawn a line at a time).
            builder.Add(block.Kind, resolved, block.Page, null, block.HeadingLevel, afterBreak: true);
        }
    }

    // A block (or cell) with no letter or digit holds no word: dashes, a lone bullet or "%".
    private static bool HasWord(string text) => text.Any(char.IsLetterOrDigit);

    // The next block goes on in lower case: this one is the broken-off start of a sentence, not a heading.
    private static bool ContinuesInto(List<PdfBlock> blocks, int index) =>
        index + 1 < blocks.Count && blocks[index + 1] is { Kind: BlockKind.Paragraph or BlockKind.ListItem, Text: [var first, ..] } && char.IsLower(first);

    /// <summary>
    /// Drops long blocks (and table cells) at the start of a page that repeat, word for word, a block
    /// of the previous page: running text the header band did not catch, or a table cell a renderer
    /// drew again on every page it spans. Repeats further down a page are kept: documents do repeat
    /// paragraphs.
    /// </summary>
    private static IEnumerable<PdfBlock> DropRepeats(List<PdfBlock> blocks)
    {
        const int MinLength = 80;
        var previousPage = new HashSet<string>(StringComparer.Ordinal);
        var currentPage = new HashSet<string>(StringComparer.Ordinal);
        var page = 0;
        var promote = false;
        var startRow = -1;
        foreach (var block in blocks)
        {
            if (block.Page != page)
            {
                (previousPage, currentPage) = (currentPage, previousPage);
                currentPage.Clear();
                page = block.Page;
                promote = false;
            }

            var result = promote ? block with { FirstOnPage = true } : block;
            var atPageStart = block.FirstOnPage || promote || (block.Kind == BlockKind.TableRow && startRow == block.Table);
            promote = false;
            if (block.FirstOnPage && block.Kind == BlockKind.TableRow)
            {
                startRow = block.Table;
            }
            else if (block.Kind != BlockKind.TableRow)
            {
                startRow = -1;
            }

            if (!atPageStart)
            {
                foreach (var c in block.Cells ?? [block.Text])
                {
                    if (c.Length >= MinLength)
                    {
                        currentPage.Add(c);
                    }
                }

                yield return result;
                continue;
            }

            if (block.Cells is { } cells)
            {
                var kept = cells.Select(c => c.Length >= MinLength && previousPage.Contains(c) ? string.Empty : c).ToList();
                foreach (var c in cells.Where(c => c.Length >= MinLength))
                {
                    currentPage.Add(c);
                }

                yield return result with { Cells = kept };
                continue;
            }

            if (block.Text.Length >= MinLength)
            {
                currentPage.Add(block.Text);
                if (previousPage.Contains(block.Text))
                {
                    promote = block.FirstOnPage;
                    continue;
                }
            }

            yield return result;
        }
    }

    private static string Resolve(string text, Dictionary<string, int> vocabulary) =>
        HyphenResolver.Contains(text) ? HyphenResolver.Resolve(text, vocabulary) : text;

    private static bool HasEndMarker(ReadOnlySpan<byte> bytes)
    {
        var tail = bytes[Math.Max(0, bytes.Length - 4096)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>
    /// Why PdfPig could not read the file or page: its own exception's first line ("could not find
    /// the object 12 0 R"), or, for a .NET exception from inside it, the exception's kind, never
    /// .NET's sentence ("value cannot be null. (Parameter 'key')").
    /// </summary>
    private static string ShortReason(Exception ex)
    {
        if (ex.GetType().Namespace?.StartsWith("UglyToad", StringComparison.Ordinal) != true && ex is not OcrException)
        {
            return $"{ex.GetType().Name} while following its structure";
        }

        var message = ex.Message;
        var line = message.AsSpan();
        var newline = line.IndexOfAny('\r', '\n');
        if (newline >= 0)
        {
            line = line[..newline];
        }

        var text = line.Trim().TrimEnd('.').ToString();
        if (text.Length > 100)
        {
            text = string.Concat(text.AsSpan(0, 97), "...");
        }

        return text.Length == 0 ? ex.GetType().Name : char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>Formats page numbers as "page 4", "pages 4-18" or "pages 2, 5-7".</summary>
    internal static string FormatPages(IReadOnlyList<int> pages)
    {
        var sb = new StringBuilder(pages.Count == 1 ? "page " : "pages ");
        var i = 0;
        while (i < pages.Count)
        {
            var j = i;
            while (j + 1 < pages.Count && pages[j + 1] == pages[j] + 1)
            {
                j++;
            }

            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(pages[i].ToString(CultureInfo.InvariantCulture));
            if (j > i)
            {
                sb.Append('-').Append(pages[j].ToString(CultureInfo.InvariantCulture));
            }

            i = j + 1;
        }

        return sb.ToString();
    }
}
