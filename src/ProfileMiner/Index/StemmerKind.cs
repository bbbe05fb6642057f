namespace ProfileMiner.Index;

/// <summary>Which English stemmer the passage analyzer applies after case folding.</summary>
public enum StemmerKind
{
    /// <summary>No stemming: only case folding.</summary>
    None,

    /// <summary>Lucene's minimal English stemmer (plurals only).</summary>
    Minimal,

    /// <summary>Krovetz's KStem: dictionary-checked, conservative.</summary>
    KStem,

    /// <summary>The Porter stemmer: aggressive, most recall.</summary>
    Porter,
}
