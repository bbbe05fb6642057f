using System.Collections.Immutable;
using System.Text;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Ingest;

/// <summary>
/// Collects the blocks a reader finds, in reading order, and turns them into a document: folds
/// whitespace, re-joins paragraphs that a page break cut in two, lays the blocks out in one
/// normalised text with offsets, and splits each block into sentences. Every reader uses it, so
/// every format gets the same normalisation.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly string _file;
    private readonly SentenceSplitter _splitter;
    private readonly List<PendingBlock> _blocks = [];
    private int _tables;

    /// <summary>Creates a builder for the file with the given name.</summary>
    public DocumentBuilder(string file, SentenceSplitter? splitter = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        _file = file;
        _splitter = splitter ?? SentenceSplitter.Default;
    }

    /// <summary>
    /// A paragraph carried on over breaks stops taking more text at this length: real paragraphs are a
    /// few hundred characters, and a text cut at a comma a hundred thousand times is no paragraph.
    /// </summary>
    public const int MaxJoinedLength = 20_000;

    /// <summary>
    /// The longest sentence: a longer stretch without a sentence end (a list of a hundred thousand
    /// parts, a table flattened into one line) is cut at a space before this length, so the rules that
    /// read a sentence around each figure read a bounded stretch.
    /// </summary>
    public const int MaxSentenceLength = 1_000;

    /// <summary>Number of blocks added so far (after joins).</summary>
    public int Count => _blocks.Count;

    /// <summary>
    /// Whether the blocks come from a page layout (a PDF), which cuts sentences at page and column
    /// breaks and draws some table cells a line at a time: then a block after a break also goes on
    /// with the one before when that one ends on a word such as "the" or "by". In text such a line
    /// before blank lines is where a block really ends (a form's cell), so the rule is not used there.
    /// </summary>
    public bool FromLayout { get; init; }

    /// <summary>Reserves the index of a new table; pass it to <see cref="AddTableRow"/>.</summary>
    public int NewTable() => _tables++;

    /// <summary>
    /// Adds a heading, paragraph or list item. Whitespace is folded; empty text is ignored.
    /// When <paramref name="afterBreak"/> is set (the block follows a page break, or several blank
    /// lines in text; a PDF reader sets it for every block its layout drew) or the previous block
    /// ends with a comma, the block is a paragraph starting in lower case (or, with
    /// <see cref="FromLayout"/>, the previous block ends on a word such as "the" or "by"), and the
    /// previous paragraph or list item ends without a full stop, the two are joined into one block.
    /// </summary>
    public void Add(BlockKind kind, string text, int? page, int? line, int headingLevel = 0, bool afterBreak = false)
    {
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return;
        }

        // A part ending in a comma is cut mid-sentence wherever it stands; otherwise only a page break
        // (several blank lines in text) is trusted, since headings and labels also end without a stop.
        if (kind == BlockKind.Paragraph && _blocks.Count > 0 && (afterBreak || _blocks[^1].EndsWith(',')) && _blocks[^1].Length < MaxJoinedLength)
        {
            var previous = _blocks[^1];
            if (previous.Kind is BlockKind.Paragraph or BlockKind.ListItem
                && !EndsSentence(previous)
                && ((char.IsLower(folded[0]) && !IsWebAddress(folded)) || (FromLayout && HeadingText.EndsOpen(previous.LastWords()))))
            {
                // Joined in place: a text of many thousand parts each cut at a comma stays linear to build.
                previous.Append(folded);
                return;
            }
        }

        _blocks.Add(new PendingBlock(kind, folded, page, line, kind == BlockKind.Heading ? Math.Clamp(headingLevel, 1, 6) : 0, [], -1));
    }

    /// <summary>"www.council.gov.uk" under a running head starts in lower case but carries nothing on.</summary>
    internal static bool IsWebAddress(string text) =>
        text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds one table row. Cells are folded; empty cells are dropped; a row with no text is ignored.</summary>
    public void AddTableRow(int table, IEnumerable<string> cells, int? page, int? line)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var kept = cells.Select(Fold).Where(c => c.Length > 0).ToImmutableArray();
        if (kept.Length == 0)
        {
            return;
        }

        _blocks.Add(new PendingBlock(BlockKind.TableRow, string.Join(" | ", kept), page, line, 0, kept, table));
    }

    /// <summary>Lays the blocks out in one text (blank line between blocks) and splits sentences.</summary>
    public (string Text, ImmutableArray<TextBlock> Blocks) Build()
    {
        var text = new StringBuilder();
        var blocks = ImmutableArray.CreateBuilder<TextBlock>(_blocks.Count);
        foreach (var pending in _blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var start = text.Length;
            var blockText = pending.Text;
            text.Append(blockText);
            var sentences = _splitter.Split(blockText)
                .SelectMany(r => Bounded(blockText, r.Start, r.End))
                .Select(r => new Sentence(blockText[r.Start..r.End], start + r.Start, start + r.End))
                .ToImmutableArray();
            blocks.Add(new TextBlock
            {
                Kind = pending.Kind,
                Text = blockText,
                Source = new Provenance(_file, pending.Page, pending.Line, start, text.Length),
                HeadingLevel = pending.HeadingLevel,
                Cells = pending.Cells,
                TableIndex = pending.TableIndex,
                Sentences = sentences,
            });
        }

        return (text.ToString(), blocks.MoveToImmutable());
    }

    /// <summary>The range [start, end) of <paramref name="text"/> cut into pieces of at most <see cref="MaxSentenceLength"/>, each ending at a space where there is one.</summary>
    private static IEnumerable<(int Start, int End)> Bounded(string text, int start, int end)
    {
        while (end - start > MaxSentenceLength)
        {
            var space = text.LastIndexOf(' ', start + MaxSentenceLength - 1, MaxSentenceLength / 2);
            var cut = space > start ? space : start + MaxSentenceLength;
            yield return (start, cut);
            start = cut;
            while (start < end && text[start] == ' ')
            {
                start++;
            }
        }

        if (end > start)
        {
            yield return (start, end);
        }
    }

    /// <summary>Builds the document of <paramref name="file"/>: its identity from the file, text and blocks from <see cref="Build"/>.</summary>
    public SourceDocument ToDocument(InputFile file, DocumentFormat format, int? pages = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (text, blocks) = Build();
        return new SourceDocument
        {
            File = file.Name,
            Path = file.Path,
            Sha256 = file.Sha256,
            Format = format,
            Text = text,
            Blocks = blocks,
            Pages = pages,
            Bytes = file.Bytes.Length,
        };
    }

    /// <summary>Folds runs of whitespace (including non-breaking and zero-width spaces) to one space and trims.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' || char.IsControl(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static bool EndsSentence(PendingBlock block) =>
        block.EndsWith('.') || block.EndsWith('!') || block.EndsWith('?') || block.EndsWith(':') || block.EndsWith(';')
        || block.EndsWith('"') || block.EndsWith('”') || block.EndsWith('’') || block.EndsWith(')');

    /// <summary>A block being collected; a paragraph carried on is appended to, not copied.</summary>
    private sealed class PendingBlock(BlockKind kind, string text, int? page, int? line, int headingLevel, ImmutableArray<string> cells, int tableIndex)
    {
        private readonly StringBuilder _text = new(text);

        public BlockKind Kind => kind;

        public string Text => _text.ToString();

        public int? Page => page;

        public int? Line => line;

        public int HeadingLevel => headingLevel;

        public ImmutableArray<string> Cells => cells;

        public int TableIndex => tableIndex;

        public int Length => _text.Length;

        public bool EndsWith(char c) => _text.Length > 0 && _text[^1] == c;

        public void Append(string more) => _text.Append(' ').Append(more);

        /// <summary>The end of the text, enough for its last word.</summary>
        public string LastWords()
        {
            var start = Math.Max(0, _text.Length - 64);
            return _text.ToString(start, _text.Length - start);
        }
    }
}
