using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace ProfileMiner.Index;

/// <summary>
/// The analysis chain of passages: Unicode word tokens, hyphenated words folded (<c>co-ordination</c>
/// also as <c>coordination</c>, <c>self-directed</c> also as <c>self directed</c>), English possessives
/// dropped, case folded, American spellings folded into British ones, an English stemmer, then (when
/// indexing) the domain synonym and acronym map, so that <c>DToC</c> and <c>delayed transfers of care</c>
/// index the same terms. Stop words are kept, so phrases keep their words. Keyword fields (council,
/// doc, kind, ...) are one lower-cased term.
/// </summary>
public sealed class PassageAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility version the index is written with.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly StemmerKind _stemmer;
    private readonly SynonymMap? _synonyms;

    /// <summary>Creates the chain with <paramref name="stemmer"/>; <paramref name="synonyms"/> null for none (queries, or a plain index).</summary>
    public PassageAnalyzer(StemmerKind stemmer, SynonymMap? synonyms)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _stemmer = stemmer;
        _synonyms = synonyms;
    }

    /// <summary>The stemmer applied to text fields.</summary>
    public StemmerKind Stemmer => _stemmer;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (IndexFields.KeywordFields.Contains(fieldName))
        {
            var keyword = new KeywordTokenizer(reader);
            return new TokenStreamComponents(keyword, new LowerCaseFilter(Version, keyword));
        }

        var (source, stream) = TextChain(reader, _stemmer);
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        }

        return new TokenStreamComponents(source, stream);
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        IndexFields.KeywordFields.Contains(fieldName) ? reader : HyphenatedWordFilter.JoinHyphens(reader);

    /// <summary>
    /// The chain of a text field up to the stemmer; its reader must come through
    /// <see cref="HyphenatedWordFilter.JoinHyphens"/>. Spellings are folded before stemming, which
    /// would otherwise stem "organization" and "organisation" apart.
    /// </summary>
    internal static (Tokenizer Source, TokenStream Stream) TextChain(TextReader reader, StemmerKind stemmer)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new HyphenatedWordFilter(source);
        stream = new LowerCaseFilter(Version, new EnglishPossessiveFilter(Version, stream));
        stream = Stem(new SpellingVariantFilter(stream), stemmer);
        return (source, stream);
    }

    /// <summary>Applies <paramref name="stemmer"/> to a lower-cased token stream.</summary>
    internal static TokenStream Stem(TokenStream stream, StemmerKind stemmer) => stemmer switch
    {
        StemmerKind.Porter => new PorterStemFilter(stream),
        StemmerKind.KStem => new KStemFilter(stream),
        StemmerKind.Minimal => new EnglishMinimalStemFilter(stream),
        _ => stream,
    };
}
