using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ProfileMiner.Index;

/// <summary>
/// Folds hyphenated words so that every spelling finds the others: "co-ordination" is indexed as
/// <c>co</c>, <c>ordination</c> and, at the position of <c>co</c>, <c>coordination</c>; so
/// <c>coordination</c> finds "co-ordination", and <c>self directed</c> finds "self-directed".
/// <see cref="JoinHyphens"/> first turns a hyphen between two letters into an underscore, which the
/// standard tokenizer keeps inside a word (UAX #29 ExtendNumLet); this filter splits the token there,
/// so it runs first, on the tokenizer's output.
/// </summary>
internal sealed class HyphenatedWordFilter : TokenFilter
{
    /// <summary>The token type of the joined form (<c>coordination</c> of "co-ordination").</summary>
    public const string JoinedType = "<HYPHEN_JOINED>";

    /// <summary>The token type of the first part of a hyphenated word (<c>co</c>).</summary>
    public const string FirstPartType = "<HYPHEN_FIRST>";

    /// <summary>The token type of the other parts of a hyphenated word (<c>ordination</c>).</summary>
    public const string PartType = "<HYPHEN_PART>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly Queue<(string Text, int Start, int End, int Increment, string Type)> _pending = new();

    public HyphenatedWordFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The char filter that marks hyphens between letters for this filter (same length, so offsets stay true).</summary>
    public static TextReader JoinHyphens(TextReader reader) => new HyphenJoinCharFilter(reader);

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            Emit(_pending.Dequeue());
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = _term.ToString();
        if (!text.Contains('_', StringComparison.Ordinal))
        {
            return true;
        }

        var parts = new List<(string Text, int At)>();
        var at = 0;
        foreach (var part in text.Split('_'))
        {
            if (part.Length > 0)
            {
                parts.Add((part, at));
            }

            at += part.Length + 1;
        }

        if (parts.Count < 2)
        {
            _term.SetEmpty().Append(text.Replace("_", string.Empty, StringComparison.Ordinal));
            return true;
        }

        // The first part keeps the token's place; the joined form stands at the same position, the other parts follow.
        var start = _offset.StartOffset;
        var end = _offset.EndOffset;
        var exact = end - start == text.Length;
        int StartOf(int i) => exact ? start + parts[i].At : start;
        int EndOf(int i) => exact ? start + parts[i].At + parts[i].Text.Length : end;
        var first = (parts[0].Text, StartOf(0), EndOf(0), _position.PositionIncrement, FirstPartType);
        _pending.Enqueue((string.Concat(parts.Select(p => p.Text)), start, end, 0, JoinedType));
        for (var i = 1; i < parts.Count; i++)
        {
            _pending.Enqueue((parts[i].Text, StartOf(i), EndOf(i), 1, PartType));
        }

        Emit(first);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }

    private void Emit((string Text, int Start, int End, int Increment, string Type) token)
    {
        _term.SetEmpty().Append(token.Text);
        _offset.SetOffset(token.Start, token.End);
        _position.PositionIncrement = token.Increment;
        _type.Type = token.Type;
    }
}
