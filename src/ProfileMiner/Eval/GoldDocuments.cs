namespace ProfileMiner.Eval;

/// <summary>Which gold document an output document stands for: the document itself, or a PDF made from it.</summary>
internal static class GoldDocuments
{
    /// <summary>
    /// <c>"001_x.twocol.pdf"</c> → (<c>"001_x.txt"</c>, <c>".twocol.pdf"</c>); a gold document itself →
    /// (the document, its extension); any other → (null, empty).
    /// </summary>
    public static (string? GoldDoc, string Variant) Map(IEnumerable<string> goldDocs, string doc)
    {
        foreach (var gold in goldDocs)
        {
            if (doc == gold)
            {
                return (gold, Path.GetExtension(gold));
            }

            var stem = Path.GetFileNameWithoutExtension(gold) + ".";
            if (doc.StartsWith(stem, StringComparison.Ordinal))
            {
                return (gold, doc[(stem.Length - 1)..]);
            }
        }

        return (null, string.Empty);
    }
}
