using System.Text.RegularExpressions;
using Lucene.Net.Analysis;

namespace ProfileMiner.Index;

/// <summary>
/// Turns a hyphen between two letters into an underscore, which the standard tokenizer keeps inside
/// a word (UAX #29 ExtendNumLet), so <see cref="HyphenatedWordFilter"/> sees "co-ordination" as one
/// token. One character for one, so offsets need no correction.
/// </summary>
/// <remarks>
/// Deviation: written here rather than using Lucene.Net's PatternReplaceCharFilter, which in
/// 4.8.0-beta00017 passed this pattern's text through unchanged.
/// </remarks>
internal sealed partial class HyphenJoinCharFilter : CharFilter
{
    private readonly StringReader _joined;

    public HyphenJoinCharFilter(TextReader input)
        : base(input) => _joined = new StringReader(Hyphen().Replace(input.ReadToEnd(), "_"));

    public override int Read(char[] buffer, int index, int count) => _joined.Read(buffer, index, count);

    public override int Read() => _joined.Read();

    protected override int Correct(int currentOff) => currentOff;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _joined.Dispose();
        }

        base.Dispose(disposing);
    }

    [GeneratedRegex(@"(?<=\p{L})[\-\u2010\u2011](?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Hyphen();
}
