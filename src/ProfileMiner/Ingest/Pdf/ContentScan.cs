namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// One pass over a decoded content stream: the bytes of the strings that text operators show (an
/// upper bound on the letters drawn: a two-byte font draws one letter for two), how often each
/// XObject is drawn (<c>/Name Do</c>), and the steps PdfPig's parser will take to recover from broken
/// operators. Inline images' data (<c>ID</c> ... <c>EI</c>) is skipped.
/// </summary>
/// <remarks>
/// PdfPig's content parser, for each operator it cannot build (an unknown name, or fewer operands
/// than the operator takes), looks back through the operations read so far to the last end of a text
/// object (<c>ET</c>) or inline image, in case the operator belongs to an inline image's data. Those
/// look-backs are the steps counted here: a text object of 80,000 operations with 16,000 broken ones
/// in it costs over a billion, some 20 s; a real page costs none or a few hundred.
/// </remarks>
internal static class ContentScan
{
    // The operand count of each operator PdfPig builds (PDF 32000-1, Annex A); -1: one or more.
    private static readonly Dictionary<string, int> s_operands = new(StringComparer.Ordinal)
    {
        ["b"] = 0, ["B"] = 0, ["b*"] = 0, ["B*"] = 0, ["BDC"] = 2, ["BI"] = 0, ["BMC"] = 1, ["BT"] = 0, ["BX"] = 0,
        ["c"] = 6, ["cm"] = 6, ["CS"] = 1, ["cs"] = 1, ["d"] = 2, ["d0"] = 2, ["d1"] = 6, ["Do"] = 1, ["DP"] = 2,
        ["EI"] = 0, ["EMC"] = 0, ["ET"] = 0, ["EX"] = 0, ["f"] = 0, ["F"] = 0, ["f*"] = 0, ["G"] = 1, ["g"] = 1,
        ["gs"] = 1, ["h"] = 0, ["i"] = 1, ["ID"] = 0, ["j"] = 1, ["J"] = 1, ["K"] = 4, ["k"] = 4, ["l"] = 2,
        ["m"] = 2, ["M"] = 1, ["MP"] = 1, ["n"] = 0, ["q"] = 0, ["Q"] = 0, ["re"] = 4, ["RG"] = 3, ["rg"] = 3,
        ["ri"] = 1, ["s"] = 0, ["S"] = 0, ["SC"] = -1, ["sc"] = -1, ["SCN"] = -1, ["scn"] = -1, ["sh"] = 1,
        ["T*"] = 0, ["Tc"] = 1, ["Td"] = 2, ["TD"] = 2, ["Tf"] = 2, ["Tj"] = 1, ["TJ"] = 1, ["TL"] = 1, ["Tm"] = 6,
        ["Tr"] = 1, ["Ts"] = 1, ["Tw"] = 1, ["Tz"] = 1, ["v"] = 4, ["w"] = 1, ["W"] = 0, ["W*"] = 0, ["y"] = 4,
        ["'"] = 1, ["\""] = 3,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_operands.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What <see cref="Scan"/> found.</summary>
    internal sealed record Result(long Letters, Dictionary<string, long> Draws, long ParseSteps);

    public static Result Scan(ReadOnlySpan<byte> content)
    {
        var letters = 0L;
        var draws = new Dictionary<string, long>(StringComparer.Ordinal);
        string? lastName = null;

        // Operands since the last operator; open arrays and dictionaries (their items are one operand);
        // operations since the last ET or inline image; the parser's look-back steps.
        var operands = 0;
        var arrays = 0;
        var dictionaries = 0;
        var run = 0L;
        var steps = 0L;
        Span<char> name = stackalloc char[4];
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            var nested = arrays > 0 || dictionaries > 0;
            switch (c)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    i = SkipString(content, i, ref letters);
                    lastName = null;
                    operands += nested ? 0 : 1;
                    break;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                    i += 2;
                    dictionaries++;
                    break;
                case (byte)'<':
                    var end = content[(i + 1)..].IndexOf((byte)'>');
                    end = end < 0 ? content.Length : i + 1 + end;
                    letters += (end - i) / 2;
                    i = end + 1;
                    lastName = null;
                    operands += nested ? 0 : 1;
                    break;
                case (byte)'>' when i + 1 < content.Length && content[i + 1] == '>' && dictionaries > 0:
                    i += 2;
                    operands += --dictionaries == 0 && arrays == 0 ? 1 : 0;
                    break;
                case (byte)'[':
                    i++;
                    arrays++;
                    break;
                case (byte)']' when arrays > 0:
                    i++;
                    operands += --arrays == 0 && dictionaries == 0 ? 1 : 0;
                    break;
                case (byte)'/':
                    var start = ++i;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    lastName = System.Text.Encoding.Latin1.GetString(content[start..i]);
                    operands += nested ? 0 : 1;
                    break;
                default:
                    if (!IsRegular(c))
                    {
                        i++;
                        break;
                    }

                    var word = i;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    var op = content[word..i];
                    if (IsNumber(op) || op.SequenceEqual("true"u8) || op.SequenceEqual("false"u8) || op.SequenceEqual("null"u8))
                    {
                        operands += nested ? 0 : 1;
                        break;
                    }

                    lastName = op.SequenceEqual("Do"u8) ? lastName : null;
                    if (nested)
                    {
                        break;
                    }

                    if (op.SequenceEqual("Do"u8) && lastName is not null)
                    {
                        draws[lastName] = draws.GetValueOrDefault(lastName) + 1;
                    }

                    if (Broken(op, operands, name))
                    {
                        steps = run > long.MaxValue - steps ? long.MaxValue : steps + run;
                    }

                    run++;
                    operands = 0;
                    if (op.SequenceEqual("ID"u8))
                    {
                        i = SkipInlineImage(content, i);
                        run = 0;
                    }
                    else if (op.SequenceEqual("ET"u8))
                    {
                        run = 0;
                    }

                    lastName = null;
                    break;
            }
        }

        return new Result(letters, draws, steps);
    }

    // An operator PdfPig cannot build: unknown, or without the operands it takes (the text-showing
    // ones take exactly theirs).
    private static bool Broken(ReadOnlySpan<byte> op, int operands, Span<char> name)
    {
        if (op.Length > name.Length)
        {
            return true;
        }

        for (var k = 0; k < op.Length; k++)
        {
            name[k] = (char)op[k];
        }

        if (!s_lookup.TryGetValue(name[..op.Length], out var takes))
        {
            return true;
        }

        return takes < 0 ? operands == 0
            : op is [(byte)'T', (byte)'j'] or [(byte)'\''] or [(byte)'"'] ? operands != takes
            : operands < takes;
    }

    private static int SkipString(ReadOnlySpan<byte> content, int i, ref long letters)
    {
        var depth = 0;
        for (; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\')
            {
                i++;
                letters++;
            }
            else if (c == '(')
            {
                if (depth++ > 0)
                {
                    letters++;
                }
            }
            else if (c == ')')
            {
                if (--depth == 0)
                {
                    return i + 1;
                }

                letters++;
            }
            else
            {
                letters++;
            }
        }

        return i;
    }

    // "ID", one white-space byte, the data, then "EI" between white space.
    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i)
    {
        for (var j = i + 1; j + 2 < content.Length; j++)
        {
            if (content[j] == 'E' && content[j + 1] == 'I' && IsWhite(content[j - 1]) && (j + 2 == content.Length || IsWhite(content[j + 2])))
            {
                return j + 2;
            }
        }

        return content.Length;
    }

    private static bool IsWhite(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsRegular(byte c) =>
        !IsWhite(c) && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static bool IsNumber(ReadOnlySpan<byte> word)
    {
        foreach (var c in word)
        {
            if (c is not ((>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+'))
            {
                return false;
            }
        }

        return true;
    }
}
