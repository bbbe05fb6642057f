namespace ProfileMiner.Index;

/// <summary>How passages are analysed and where the index lives. Change through <c>with</c>.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>The settings <c>run</c> and <c>index</c> use: Porter stemming, no index-time synonyms (the thesaurus applies when searching).</summary>
    public static SearchIndexOptions Default { get; } = new();

    /// <summary>The index's folder under the output folder.</summary>
    public const string FolderName = "index";

    /// <summary>The English stemmer applied to text and headings.</summary>
    public StemmerKind Stemmer { get; init; } = StemmerKind.Porter;

    /// <summary>
    /// Whether a synonym list is applied when indexing (<see cref="SynonymsFile"/>, or the shipped
    /// thesaurus' entries). Off by default: the thesaurus is applied when searching, so it can grow
    /// without a rebuild and snippets mark only what matched.
    /// </summary>
    public bool UseSynonyms { get; init; }

    /// <summary>A synonym file in Solr format to apply when indexing (with <see cref="UseSynonyms"/>); null for the shipped thesaurus' entries.</summary>
    public string? SynonymsFile { get; init; }

    /// <summary>The index folder for an output folder: <c>OUT/index</c>.</summary>
    public static string IndexFolder(string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        return Path.Combine(outputFolder, FolderName);
    }
}
