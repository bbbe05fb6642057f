namespace ProfileMiner.Index;

/// <summary>How passages are analysed and where the index lives. Change through <c>with</c>.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>The settings <c>run</c> and <c>index</c> use: Porter stemming and the shipped synonym list.</summary>
    public static SearchIndexOptions Default { get; } = new();

    /// <summary>The index's folder under the output folder.</summary>
    public const string FolderName = "index";

    /// <summary>The English stemmer applied to text and headings.</summary>
    public StemmerKind Stemmer { get; init; } = StemmerKind.Porter;

    /// <summary>Whether the domain synonym and acronym list is applied when indexing.</summary>
    public bool UseSynonyms { get; init; } = true;

    /// <summary>A synonym file in Solr format to use instead of the shipped list; null for the shipped one.</summary>
    public string? SynonymsFile { get; init; }

    /// <summary>The index folder for an output folder: <c>OUT/index</c>.</summary>
    public static string IndexFolder(string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        return Path.Combine(outputFolder, FolderName);
    }
}
