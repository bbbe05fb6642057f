namespace ProfileMiner.Extract.Themes;

/// <summary>
/// The lexicon's raw scores of the texts of one batch, each text scored once: a passage's
/// neighbours and lead-in are other passages of the same batch.
/// </summary>
internal sealed class LexiconScoreCache(ThemeLexicon lexicon)
{
    private readonly Dictionary<string, double[]> _raw = new(StringComparer.Ordinal);
    private readonly double[] _zero = new double[lexicon.Catalogue.Count];

    public ThemeLexicon Lexicon => lexicon;

    /// <summary>The raw scores of <paramref name="text"/> (all zero for an empty text); do not modify.</summary>
    public double[] Raw(string text)
    {
        if (text.Length == 0)
        {
            return _zero;
        }

        if (!_raw.TryGetValue(text, out var scores))
        {
            scores = lexicon.Score(text);
            _raw[text] = scores;
        }

        return scores;
    }

    /// <summary>The passage's raw scores plus its context's, weighted by <paramref name="weights"/>.</summary>
    public double[] Raw(ThemePassage passage, ThemeContextWeights weights)
    {
        var own = Raw(passage.Text);
        if (weights.IsNone)
        {
            return own;
        }

        var heading = Raw(passage.Heading);
        var previous = Raw(passage.Previous);
        var next = Raw(passage.Next);
        var leadIn = Raw(passage.LeadIn);
        var result = new double[own.Length];
        for (var k = 0; k < own.Length; k++)
        {
            result[k] = own[k] + (weights.Heading * heading[k]) + (weights.Neighbours * (previous[k] + next[k])) + (weights.LeadIn * leadIn[k]);
        }

        return result;
    }

    /// <summary>The normalised scores (<c>s / (s + 1)</c>) of <paramref name="text"/>.</summary>
    public double[] Normalised(string text) => LexiconThemeScorer.Normalise(Raw(text));

    /// <summary>The normalised sum of the raw scores of two texts.</summary>
    public double[] Normalised(string first, string second)
    {
        var a = Raw(first);
        var b = Raw(second);
        return LexiconThemeScorer.Normalise([.. a.Zip(b, (x, y) => x + y)]);
    }
}
