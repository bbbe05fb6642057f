using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ProfileMiner.Index;

/// <summary>Folds American spellings into British ones (<see cref="SpellingVariants"/>); runs on lower-cased tokens, before the stemmer.</summary>
internal sealed class SpellingVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public SpellingVariantFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        var folded = SpellingVariants.Fold(word);
        if (!ReferenceEquals(folded, word))
        {
            _term.SetEmpty().Append(folded);
        }

        return true;
    }
}
